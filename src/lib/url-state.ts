/**
 * View state in the URL query string, so any view can be linked, bookmarked
 * and embedded: one reader (`readState`) and one writer (`encodeState`) for
 * every view. A view describes its address as a `StateSpec`, one facet per
 * parameter; its parameter names are the spec's keys and nowhere else.
 *
 * Input from a URL is untrusted: `readState` keeps what the view understands
 * and names what it does not (an unknown parameter, an unknown value, a
 * second value where one is allowed, an id beyond a list's maximum), so that
 * the view can drop it from the address and say so in a short line
 * (src/client/url-notice.ts). It never throws.
 *
 * To give a new view URL state: describe its facets as a `StateSpec` in
 * src/lib/ (the allowed values come from the data; give each facet a `noun`
 * for messages), call `readViewState(spec)` from src/client/url-notice.ts
 * when the view starts, and write changes with `encodeState`.
 */

/** A set of values (`?group=1,3`): written in the order the facet lists them, so one state has one URL. State: the values, string[]. */
export interface SetFacet {
  kind: 'set';
  /** Allowed values, in canonical order. */
  values: readonly string[];
  /** What one value names, for messages: "no such ‹noun›" (default: the parameter's name). */
  noun?: string;
}

/** One of a few values (`?layer=sample`). State: string[] of at most one value ([fallback] when the URL has none). */
export interface OneFacet {
  kind: 'one';
  values: readonly string[];
  /** Value when the URL has none (left out of the URL). */
  fallback?: string;
  noun?: string;
}

/**
 * An ordered list of ids (`?clusters=b,a`), kept in the order given, each
 * once, at most `max`. `min` is what the view needs to do its work: fewer is
 * no error (the view shows an example or says what is missing), so the
 * reader keeps them. State: string[].
 */
export interface ListFacet {
  kind: 'list';
  values: readonly string[];
  min: number;
  max: number;
  noun?: string;
}

/** A set of whole numbers from `min` to `max` (`?done=1,3`), written ascending. State: number[]. */
export interface NumbersFacet {
  kind: 'numbers';
  min: number;
  max: number;
  noun?: string;
}

/** Free text (`?q=R%26D voucher`), trimmed; '' when the URL has none. State: string. */
export interface TextFacet {
  kind: 'text';
  noun?: string;
}

/**
 * A sort key (`?sort=name`); `-key` (`?sort=-name`) reverses the key's own
 * order when the facet is `reversible`. Which way a key's own order runs
 * (names A to Z, amounts largest first) is the view's business. State:
 * `SortState`, `{ key: fallback, reversed: false }` when the URL has none
 * (left out of the URL).
 */
export interface SortFacet {
  kind: 'sort';
  keys: readonly string[];
  fallback: string;
  reversible: boolean;
  noun?: string;
}

export interface SortState {
  key: string;
  reversed: boolean;
}

export type FacetSpec = SetFacet | OneFacet | ListFacet | NumbersFacet | TextFacet | SortFacet;

/** A view's address: one facet per parameter, keyed by the parameter's name, in the order the URL writes them. */
export type StateSpec = Record<string, FacetSpec>;

/**
 * The state of one facet (see each kind). A facet known only as `FacetSpec`
 * (a spec read from a page as `StateSpec`) reads as string[]: pages carry
 * only `set` and `one` facets.
 */
export type FacetState<F> = [F] extends [NumbersFacet]
  ? number[]
  : [F] extends [TextFacet]
    ? string
    : [F] extends [SortFacet]
      ? SortState
      : string[];

export type ViewState<S extends StateSpec> = { [K in keyof S]: FacetState<S[K]> };

/** A view's parameter names, in the order its URL writes them: the spec's keys (for code that carries a view's state, e.g. a chart's links). */
export const stateKeys = <S extends StateSpec>(spec: S): (keyof S & string)[] => Object.keys(spec);

/** The state of a view whose URL says nothing: every facet at its default. */
export function emptyState<S extends StateSpec>(spec: S): ViewState<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, emptyFacet(f)])) as ViewState<S>;
}

function emptyFacet(facet: FacetSpec): unknown {
  switch (facet.kind) {
    case 'one':
      return facet.fallback !== undefined ? [facet.fallback] : [];
    case 'text':
      return '';
    case 'sort':
      return { key: facet.fallback, reversed: false } satisfies SortState;
    default:
      return [];
  }
}

/** A part of a query string that a view did not use: the parameter, the value as given ('' for none) and why. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: string;
}

/** The reason given for a parameter the spec does not name. */
const NOT_A_SETTING = 'not a setting of this view';

export interface ReadState<S extends StateSpec> {
  /** What the view understood; facets the URL leaves out are at their default. */
  state: ViewState<S>;
  /** What it did not (unknown parameters first, then facet by facet); [] when it understood everything. */
  ignored: IgnoredParam[];
  /** The canonical query string of what it understood ('' or '?…'): `encodeState(state, spec)`. */
  search: string;
}

/**
 * Reads a query string (with or without '?') against a spec. Any facet but
 * text may be given as one comma-separated list or repeated
 * (`?group=1&group=3`, what a GET form sends); its values are trimmed, and
 * an empty value is dropped without a word. A set, one or numbers facet
 * takes a repeated value once without a word; a list names it. A one-valued
 * facet, text and sort keep the first value given. Every other value, and
 * every parameter the spec does not name, is in `ignored` with its reason:
 * unknown parameters first, then facet by facet in the order given. Never
 * throws.
 */
export function readState<S extends StateSpec>(search: string, spec: S): ReadState<S> {
  const params = new URLSearchParams(search);
  const state = emptyState(spec) as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of params) if (!Object.hasOwn(spec, key)) ignored.push({ key, value, reason: NOT_A_SETTING });
  for (const [key, facet] of Object.entries(spec)) {
    const noun = facet.noun ?? key;
    const drop = (value: string, reason: string) => ignored.push({ key, value, reason });
    const given = params.getAll(key);
    const items = given.flatMap((raw) => raw.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    switch (facet.kind) {
      case 'set': {
        for (const value of new Set(items)) if (!facet.values.includes(value)) drop(value, `no such ${noun}`);
        const values = facet.values.filter((v) => items.includes(v));
        if (values.length > 0) state[key] = values;
        break;
      }
      case 'one': {
        let chosen: string | undefined;
        for (const value of new Set(items)) {
          if (!facet.values.includes(value)) drop(value, `no such ${noun}`);
          else if (chosen !== undefined) drop(value, `one ${noun} at a time`);
          else chosen = value;
        }
        if (chosen !== undefined) state[key] = [chosen];
        break;
      }
      case 'list': {
        const ids: string[] = [];
        const named = new Set<string>();
        const dropOnce = (value: string, reason: string) => {
          if (!named.has(value)) drop(value, reason);
          named.add(value);
        };
        for (const value of items) {
          if (!facet.values.includes(value)) dropOnce(value, `no such ${noun}`);
          else if (ids.includes(value)) dropOnce(value, 'given more than once');
          else if (ids.length >= facet.max) dropOnce(value, `at most ${facet.max} at a time`);
          else ids.push(value);
        }
        state[key] = ids;
        break;
      }
      case 'numbers': {
        const numbers = new Set<number>();
        for (const value of new Set(items)) {
          const n = /^\d+$/.test(value) ? Number(value) : NaN;
          if (n >= facet.min && n <= facet.max) numbers.add(n);
          else drop(value, `no such ${noun}`);
        }
        state[key] = [...numbers].sort((a, b) => a - b);
        break;
      }
      case 'text': {
        const texts = given.map((v) => v.trim()).filter((v) => v !== '');
        if (texts[0] !== undefined) state[key] = texts[0];
        for (const value of texts.slice(1)) drop(value, `one ${noun} at a time`);
        break;
      }
      case 'sort': {
        let chosen: SortState | null = null;
        for (const value of items) {
          const sort = parseSortValue(value);
          if (!facet.keys.includes(sort.key) || (sort.reversed && !facet.reversible)) drop(value, `no such ${noun}`);
          else if (chosen) drop(value, `one ${noun} at a time`);
          else chosen = sort;
        }
        if (chosen) state[key] = chosen;
        break;
      }
    }
  }
  const read = state as ViewState<S>;
  return { state: read, ignored, search: encodeState(read, spec) };
}

/** A sort value of the address: `key` in the key's own order, `-key` reversed. */
const parseSortValue = (value: string): SortState => (value.startsWith('-') ? { key: value.slice(1), reversed: true } : { key: value, reversed: false });

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
  const parts = ignored.map(({ key, value, reason }) => (reason === NOT_A_SETTING ? `${quote(key)} (${reason})` : `${key} ${quote(value)} (${reason})`));
  return `Ignored: ${parts.join('; ')}.`;
}

/**
 * The canonical query string for a state, with a leading '?' ('' when every
 * facet is at its default): facets in the spec's order, a list-like facet
 * as one comma-separated parameter, values the spec does not allow left out.
 */
export function encodeState<S extends StateSpec>(state: ViewState<S>, spec: S): string {
  const params: string[] = [];
  const put = (key: string, values: readonly (string | number)[]) => {
    if (values.length > 0) params.push(`${encodeURIComponent(key)}=${values.map((v) => encodeURIComponent(v)).join(',')}`);
  };
  const given = state as Record<string, unknown>;
  for (const [key, facet] of Object.entries(spec)) {
    const value = given[key];
    switch (facet.kind) {
      case 'set':
      case 'one': {
        const chosen = new Set(Array.isArray(value) ? value : []);
        const values = facet.values.filter((v) => chosen.has(v));
        if (facet.kind === 'one' && values[0] === facet.fallback) break;
        put(key, facet.kind === 'set' ? values : values.slice(0, 1));
        break;
      }
      case 'list': {
        const ids = [...new Set(Array.isArray(value) ? (value as string[]) : [])].filter((v) => facet.values.includes(v));
        put(key, ids.slice(0, facet.max));
        break;
      }
      case 'numbers': {
        const numbers = [...new Set(Array.isArray(value) ? (value as number[]) : [])].filter((n) => Number.isInteger(n) && n >= facet.min && n <= facet.max);
        put(key, numbers.sort((a, b) => a - b));
        break;
      }
      case 'text': {
        const text = typeof value === 'string' ? value.trim() : '';
        if (text !== '') params.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
        break;
      }
      case 'sort': {
        const sort = value as SortState | undefined;
        if (!sort || !facet.keys.includes(sort.key) || (sort.reversed && !facet.reversible)) break;
        if (sort.key === facet.fallback && !sort.reversed) break;
        put(key, [sort.reversed ? `-${sort.key}` : sort.key]);
        break;
      }
    }
  }
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/**
 * The event a view dispatches on `document` when it has rewritten the
 * address (a view that reads its state after fetching its data does so after
 * the page's other scripts have run): links that carry the state re-read it.
 */
export const ADDRESS_REWRITTEN = 'atlas:address-rewritten';
