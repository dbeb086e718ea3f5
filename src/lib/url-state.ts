/**
 * View state in the URL query string, so any filtered view can be linked,
 * bookmarked and embedded. Multi-valued facets are comma-separated; values
 * are kept in the order the facet lists them, so one state has one URL.
 * Input from a URL is untrusted: unknown facets and values are ignored.
 */
export interface FacetSpec {
  /** Allowed values, in canonical order. */
  values: readonly string[];
  multi: boolean;
  /** Value of a single-valued facet when the URL has none (left out of the URL). */
  fallback?: string;
}

export type StateSpec = Record<string, FacetSpec>;

export type ViewState<S extends StateSpec> = { [K in keyof S]: string[] };

export function emptyState<S extends StateSpec>(spec: S): ViewState<S> {
  return Object.fromEntries(
    Object.entries(spec).map(([k, f]) => [k, f.fallback !== undefined ? [f.fallback] : []]),
  ) as ViewState<S>;
}

export function decodeState<S extends StateSpec>(search: string, spec: S): ViewState<S> {
  const params = new URLSearchParams(search);
  const state = emptyState(spec) as Record<string, string[]>;
  for (const [key, facet] of Object.entries(spec)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const wanted = new Set(raw.split(',').map((v) => v.trim()));
    const values = facet.values.filter((v) => wanted.has(v));
    if (values.length === 0) continue;
    state[key] = facet.multi ? values : values.slice(0, 1);
  }
  return state as ViewState<S>;
}

/** The query string for a state ('' when everything is at its default), with a leading '?'. */
export function encodeState<S extends StateSpec>(state: ViewState<S>, spec: S): string {
  const params: string[] = [];
  for (const [key, facet] of Object.entries(spec)) {
    const chosen = new Set(state[key] ?? []);
    const values = facet.values.filter((v) => chosen.has(v));
    if (values.length === 0) continue;
    if (!facet.multi && facet.fallback !== undefined && values[0] === facet.fallback) continue;
    params.push(`${encodeURIComponent(key)}=${(facet.multi ? values : values.slice(0, 1)).map(encodeURIComponent).join(',')}`);
  }
  return params.length > 0 ? `?${params.join('&')}` : '';
}
