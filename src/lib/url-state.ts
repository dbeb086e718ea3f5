/**
 * View state in the URL query string, so any filtered view can be linked,
 * bookmarked and embedded. Multi-valued facets are comma-separated; values
 * are kept in the order the facet lists them, so one state has one URL.
 * Input from a URL is untrusted: `readState` keeps what the view understands
 * and names what it does not (an unknown parameter, an unknown value, a
 * second value of a single-valued facet), so that the view can drop it from
 * the address and say so in a short line (src/client/url-notice.ts).
 *
 * To give a new view URL state: describe its facets as a `StateSpec` (the
 * allowed values come from the data; give each facet a `noun` for messages),
 * call `readViewState(spec)` from src/client/url-notice.ts when the view
 * starts, and write changes with `encodeState` and history.replaceState.
 */
export interface FacetSpec {
  /** Allowed values, in canonical order. */
  values: readonly string[];
  multi: boolean;
  /** Value of a single-valued facet when the URL has none (left out of the URL). */
  fallback?: string;
  /** What one value names, for messages: "no such ‹noun›" (default: the parameter's name). */
  noun?: string;
}

export type StateSpec = Record<string, FacetSpec>;

export type ViewState<S extends StateSpec> = { [K in keyof S]: string[] };

export function emptyState<S extends StateSpec>(spec: S): ViewState<S> {
  return Object.fromEntries(
    Object.entries(spec).map(([k, f]) => [k, f.fallback !== undefined ? [f.fallback] : []]),
  ) as ViewState<S>;
}

/** A part of a query string that a view did not use: the parameter, the value as given ('' for none) and why. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}

export interface ReadState<S extends StateSpec> {
  /** What the view understood; facets the URL leaves out are at their default. */
  state: ViewState<S>;
  /** What it did not (unknown parameters first, then unknown values facet by facet); [] when it understood everything. */
  ignored: IgnoredParam[];
  /** The query string of what it understood ('' or '?…'): the free parameters as given, then `encodeState(state)`. */
  search: string;
}

/**
 * Reads a query string (with or without '?') against a spec. A facet may be
 * given as one comma-separated list or repeated (`?group=1&group=3`); values
 * are trimmed and taken once. A single-valued facet keeps the first of its
 * values in canonical order; any other is ignored. An empty value is dropped
 * without a word. Parameters named in `free` (free text the view reads
 * itself, e.g. a search query `q`) are kept as given; any other name not in
 * the spec is ignored. Never throws.
 */
export function readState<S extends StateSpec>(search: string, spec: S, free: readonly string[] = []): ReadState<S> {
  const params = new URLSearchParams(search);
  const state = emptyState(spec) as Record<string, string[]>;
  const ignored: IgnoredParam[] = [];
  const kept = new URLSearchParams();
  for (const key of free) for (const value of params.getAll(key).slice(0, 1)) kept.append(key, value);
  for (const [key, raw] of params) {
    const facet = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (facet === undefined && !free.includes(key)) ignored.push({ key, value: raw, reason: 'not a setting of this view' });
  }
  for (const [key, facet] of Object.entries(spec)) {
    const given = [...new Set(params.getAll(key).flatMap((raw) => raw.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
    const noun = facet.noun ?? key;
    for (const value of given) if (!facet.values.includes(value)) ignored.push({ key, value, reason: `no such ${noun}` });
    const values = facet.values.filter((v) => given.includes(v));
    if (values.length === 0) continue;
    state[key] = facet.multi ? values : values.slice(0, 1);
    if (!facet.multi) for (const value of values.slice(1)) ignored.push({ key, value, reason: `one ${noun} at a time` });
  }
  const facets = encodeState(state as ViewState<S>, spec).replace(/^\?/, '');
  const query = [kept.toString().replace(/\+/g, '%20'), facets].filter((q) => q !== '').join('&');
  return { state: state as ViewState<S>, ignored, search: query ? `?${query}` : '' };
}

/** The state a query string sets; what the view does not understand is left out (see `readState`). */
export function decodeState<S extends StateSpec>(search: string, spec: S): ViewState<S> {
  return readState(search, spec).state;
}

/** Longest part of a given value quoted in a message: a URL can carry anything. */
const QUOTE_MAX = 40;

/**
 * The short line a view shows for what it ignored, e.g.
 * `Ignored: stage “bogus” (no such stage); “colour” (not a setting of this view).`;
 * '' when nothing was ignored. Plain text, to be set as textContent.
 */
export function ignoredMessage(ignored: readonly IgnoredParam[]): string {
  if (ignored.length === 0) return '';
  const quote = (s: string) => `“${s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s}”`;
  const parts = ignored.map(({ key, value, reason }) =>
    reason === 'not a setting of this view' ? `${quote(key)} (${reason})` : `${key} ${quote(value)} (${reason})`,
  );
  return `Ignored: ${parts.join('; ')}.`;
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

/**
 * The event a view dispatches on `document` when it has rewritten the
 * address (a view that reads its state after fetching its data does so after
 * the page's other scripts have run): links that carry the state re-read it.
 */
export const ADDRESS_REWRITTEN = 'atlas:address-rewritten';
