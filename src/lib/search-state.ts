/** The search page's state in its URL: ?q=<query>&type=<kind of page>, so that a search can be linked. */
import { decodeState, encodeState, type StateSpec } from './url-state.ts';

/** The kinds of page in the search index: the values of Base.astro's `search` prop. */
export const SEARCH_TYPES = ['Cluster', 'Success factor', 'Value chain', 'Landscape', 'About'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The facets of the search page's URL; the query `q` is free text, read as given. */
export const SEARCH_STATE_SPEC = { type: { values: SEARCH_TYPES, multi: false, noun: 'kind of page' } } satisfies StateSpec;
const spec = SEARCH_STATE_SPEC;

export interface SearchState {
  q: string;
  type: SearchType | null;
}

export function readSearchState(search: string): SearchState {
  const type = decodeState(search, spec).type[0];
  return { q: (new URLSearchParams(search).get('q') ?? '').trim(), type: (type as SearchType | undefined) ?? null };
}

export function writeSearchState(state: SearchState): string {
  const facets = encodeState({ type: state.type ? [state.type] : [] }, spec).replace(/^\?/, '');
  const parts = [...(state.q !== '' ? [`q=${encodeURIComponent(state.q)}`] : []), ...(facets ? [facets] : [])];
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** What the live region says once a search has run. */
export function resultSummary(count: number, state: SearchState): string {
  const among = state.type ? ` among ${state.type.toLowerCase()} pages` : '';
  return count === 0
    ? `No results for “${state.q}”${among}.`
    : `${count} ${count === 1 ? 'result' : 'results'} for “${state.q}”${among}.`;
}
