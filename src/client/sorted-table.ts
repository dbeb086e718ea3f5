/**
 * A table of clusters that sorts but has no filters (table[data-sorted-table]: a group's figures on
 * /groups/<id>/ and its embed; one such table a page, since the sort is the page's `?sort=`): its column headers
 * sort it as those of /clusters/ do (sort-headers.ts), and the sort lives in the address (clusterSortSpec), so that
 * a link, the embed code and a reload keep it. Without this script the table reads complete, by name.
 */
import { DEFAULT_SORT, clusterSortSpec } from '../lib/cluster-table.ts';
import { encodeState, type SortState } from '../lib/url-state.ts';
import { orderRows, sortHeaders } from './sort-headers.ts';
import { readViewState } from './url-notice.ts';

const table = document.querySelector<HTMLTableElement>('table[data-sorted-table]');
const body = table?.tBodies[0];
if (table && body) {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const keys = (table.dataset['sortKeys'] ?? '').split(' ');
  const spec = clusterSortSpec(keys);
  /** Orders the rows by the sort's column (reversed: descending); that column's header says so. */
  const sortBy = (sort: SortState, announce: boolean) => {
    const i = keys.indexOf(sort.key);
    const th = headers[i];
    if (!th) return;
    orderRows(body, i, th.dataset['sort'] === 'number' ? 'number' : 'text', !sort.reversed);
    sorting.show(th, sort.reversed ? 'descending' : 'ascending', announce);
  };
  const sorting = sortHeaders(table, (th) => {
    // A second press on the sorted column reverses it; any other column starts in its own order.
    const sort = { key: keys[headers.indexOf(th)] ?? DEFAULT_SORT, reversed: th.getAttribute('aria-sort') === 'ascending' };
    sortBy(sort, true);
    history.replaceState(history.state, '', `${location.pathname}${encodeState({ sort }, spec)}${location.hash}`);
  });
  const { sort } = readViewState(spec);
  if (sort.key !== DEFAULT_SORT || sort.reversed) sortBy(sort, false);
}
