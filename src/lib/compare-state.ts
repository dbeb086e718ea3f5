/**
 * The URL state of /compare/: `?clusters=a,b,c`, two to four cluster ids.
 * Pure, so that the page script and the units share it. Ids may also come as
 * repeated parameters (`?clusters=a&clusters=b`, what a GET form with
 * checkboxes sends); the canonical form is one comma-separated parameter.
 */

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
export const COMPARE_PARAM = 'clusters';

export interface CompareState {
  /** Known ids, first occurrence each, in the order given; at most COMPARE_MAX. */
  ids: string[];
  /** Ids that name no cluster, as given (trimmed). */
  unknown: string[];
  /** Known ids given more than once (each named once). */
  repeated: string[];
  /** Known ids beyond the first COMPARE_MAX. */
  excess: string[];
  /** Query parameters other than `clusters`, which the view does not understand. */
  otherParams: string[];
}

/**
 * Reads a query string (with or without the leading «?») against the set of
 * known cluster ids. Never throws: whatever it cannot use is listed so the
 * page can name it and drop it from the address.
 */
export function parseCompareState(search: string, known: ReadonlySet<string>): CompareState {
  const params = new URLSearchParams(search);
  const given = params
    .getAll(COMPARE_PARAM)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const state: CompareState = {
    ids: [],
    unknown: [],
    repeated: [],
    excess: [],
    otherParams: [],
  };
  const seen = new Set<string>();
  for (const id of given) {
    if (!known.has(id)) {
      if (!state.unknown.includes(id)) state.unknown.push(id);
    } else if (seen.has(id)) {
      if (!state.repeated.includes(id)) state.repeated.push(id);
    } else {
      seen.add(id);
      if (state.ids.length < COMPARE_MAX) state.ids.push(id);
      else state.excess.push(id);
    }
  }
  state.otherParams = [...new Set([...params.keys()].filter((k) => k !== COMPARE_PARAM))];
  return state;
}

/** The canonical query string for a selection: «?clusters=a,b», or «» for none. Ids are slugs, so commas stay readable. */
export function compareSearch(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?${COMPARE_PARAM}=${ids.map(encodeURIComponent).join(',')}`;
}

/** Whether the address bar must change: the state was not already in canonical form. */
export function needsRewrite(search: string, state: CompareState): boolean {
  const current = search.startsWith('?') || search === '' ? search : `?${search}`;
  return current !== compareSearch(state.ids);
}

/** The selection with a cluster added at the end; unchanged if it is there already or the selection is full. */
export function addCluster(ids: readonly string[], id: string): string[] {
  return ids.includes(id) || ids.length >= COMPARE_MAX ? [...ids] : [...ids, id];
}

/** The selection without a cluster. */
export function removeCluster(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

const list = (items: readonly string[]) => items.map((x) => `«${x}»`).join(', ');

/**
 * One short sentence per kind of thing dropped from the address, naming it;
 * an empty list when nothing was dropped. `nameOf` gives a known cluster's name.
 */
export function droppedMessages(state: CompareState, nameOf: (id: string) => string): string[] {
  const out: string[] = [];
  if (state.unknown.length > 0)
    out.push(`No cluster has the id ${list(state.unknown)}: ${state.unknown.length === 1 ? 'it was' : 'they were'} left out.`);
  if (state.repeated.length > 0)
    out.push(`${list(state.repeated.map(nameOf))} ${state.repeated.length === 1 ? 'was' : 'were'} given more than once: shown once.`);
  if (state.excess.length > 0)
    out.push(
      `At most ${COMPARE_MAX} clusters fit side by side: ${list(state.excess.map(nameOf))} ${state.excess.length === 1 ? 'was' : 'were'} left out.`,
    );
  if (state.otherParams.length > 0) out.push(`This view does not use ${list(state.otherParams)}: left out of the address.`);
  return out;
}
