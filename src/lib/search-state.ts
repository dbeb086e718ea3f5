/** The search page's state in its URL: ?q=<query>&type=<kind of page>, so that a search can be linked. */
import type { StateSpec, ViewState } from './url-state.ts';

/** The kinds of page in the search index: the values of Base.astro's `search` prop. */
export const SEARCH_TYPES = ['Cluster', 'Success factor', 'Value chain', 'Landscape', 'About'] as const;

/** The search page's address: the query as typed, and at most one kind of page to search among. */
export const SEARCH_STATE_SPEC = {
  q: { kind: 'text', noun: 'query' },
  type: { kind: 'one', values: SEARCH_TYPES, noun: 'kind of page' },
} satisfies StateSpec;

/** `q`: the query, trimmed ('' for none); `type`: [] or one of SEARCH_TYPES. */
export type SearchState = ViewState<typeof SEARCH_STATE_SPEC>;

/** What the live region says once a search has run. */
export function resultSummary(count: number, state: SearchState): string {
  const type = state.type[0];
  const among = type ? ` among ${type.toLowerCase()} pages` : '';
  return count === 0
    ? `No results for “${state.q}”${among}.`
    : `${count} ${count === 1 ? 'result' : 'results'} for “${state.q}”${among}.`;
}
