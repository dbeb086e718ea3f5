/**
 * Pages of the lists of clusters, so that a page stays light whatever the
 * number of clusters: today's 69 fit in one page of each.
 */
import { countOfCapitalised } from './count-words.ts';

/** Entries of the map's list of clusters in the HTML and per «Show more». */
export const CLUSTER_LIST_PAGE = 100;

/** Rows per page of the table of all clusters (/clusters/, /clusters/page/2/, …). */
export const CLUSTERS_TABLE_PAGE = 100;

/** Site path (before sitePath) of page n of the table of all clusters: page 1 is /clusters/ itself. */
export const tablePagePath = (n: number): string => (n === 1 ? '/clusters/' : `/clusters/page/${n}/`);

/**
 * One page of rows: `rows` are items[(page-1)·size, page·size), `first` and
 * `last` their 1-based positions, `pages` the number of pages (at least 1).
 * @throws RangeError if page is not a whole number from 1 to pages, or size < 1
 */
export function tablePage<T>(items: readonly T[], page: number, size: number): { rows: T[]; pages: number; first: number; last: number } {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number ≥ 1, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} is not one of the ${pages} pages`);
  const rows = items.slice((page - 1) * size, page * size);
  return { rows, pages, first: (page - 1) * size + 1, last: (page - 1) * size + rows.length };
}

/**
 * The line over a list that shows `shown` of `total` clusters: «The first 100
 * of 150, by name:»; «All 69:» when it shows them all. The HTML and the
 * list's script (src/client/cluster-list.ts) both write it from here.
 */
export function firstOfAll(shown: number, total: number): string {
  return shown < total ? `The first ${shown} of ${total}, by name:` : `All ${total}:`;
}

/** The title of page `page` of `pages` of the table of all clusters: «All clusters», or «All clusters, page 2 of 3» when there are several. */
export function tablePageTitle(page: number, pages: number): string {
  return pages > 1 ? `All clusters, page ${page} of ${pages}` : 'All clusters';
}

/** Which rows a page of the table holds, after its caption: «: 101 to 150 of 150, by name (page 2 of 2)». */
export function tablePageRange(first: number, last: number, total: number, page: number, pages: number): string {
  return `: ${first} to ${last} of ${total}, by name (page ${page} of ${pages})`;
}

/** The line over the pager of the table of all clusters: «150 clusters, 100 a page.» */
export function tablePagerLine(total: number, size: number): string {
  return `${countOfCapitalised(total, 'cluster', 'clusters')}, ${size} a page.`;
}
