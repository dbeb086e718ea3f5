/**
 * Pages of the lists of clusters, so that a page stays light whatever the
 * number of clusters: today's 69 fit in one page of each.
 */

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
