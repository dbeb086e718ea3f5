/**
 * Sorting and filtering of the clusters table (table[data-sortable]); the
 * table is complete and readable without it. Filters and sort live in the
 * address (src/lib/cluster-table.ts's spec, read and written by
 * src/lib/url-state.ts), so Back, reload and a shared link restore them. A
 * table split into pages (data-more-pages: the other pages' addresses)
 * fetches their rows on the first sort or filter, so that both work on the
 * whole table.
 */
import { DEFAULT_SORT, clusterTableSpec, rowMatches, type FacetRow, type TableFilter } from '../lib/cluster-table.ts';
import { encodeState, type SortState } from '../lib/url-state.ts';
import { registerRowsDownload } from './rows-download.ts';
import { startup } from './page-ready.ts';
import { orderRows, sortHeaders } from './sort-headers.ts';
import { readViewState } from './url-notice.ts';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);

function enhance(table: HTMLTableElement) {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const keys = (table.dataset['sortKeys'] ?? '').split(' ');

  const morePages = (table.dataset['morePages'] ?? '').split(' ').filter(Boolean);
  let loading: Promise<void> | null = null;
  /** Appends the rows of the table's other pages, in page order, once. */
  const loadAll = (): Promise<void> =>
    (loading ??= Promise.all(
      morePages.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        return [...(page.querySelector<HTMLTableElement>('table[data-sortable]')?.tBodies[0]?.rows ?? [])];
      }),
    ).then((pages) => {
      // This page's rows keep their place among the others: pages are in order, this one is missing from the list.
      const here = Number(table.dataset['page']) || 1;
      const before = pages.slice(0, here - 1).flat();
      const after = pages.slice(here - 1).flat();
      body.prepend(...before.map((r) => document.importNode(r, true)));
      body.append(...after.map((r) => document.importNode(r, true)));
      for (const el of document.querySelectorAll<HTMLElement>('[data-table-pager], [data-page-range]')) el.hidden = true;
    }));

  const unsorted: SortState = { key: DEFAULT_SORT, reversed: false };
  let sort = unsorted;
  /** Orders the rows by a column (reversed: descending); the header of that column says so (aria-sort). */
  const sortRows = (next: SortState, announce = true) => {
    const i = keys.indexOf(next.key);
    const th = headers[i];
    if (!th) return;
    sort = next;
    sorting.show(th, next.reversed ? 'descending' : 'ascending', announce);
    orderRows(body, i, th.dataset['sort'] === 'number' ? 'number' : 'text', !next.reversed);
  };

  const sorting = sortHeaders(table, async (th) => {
    await loadAll();
    sortRows({ key: keys[headers.indexOf(th)] ?? DEFAULT_SORT, reversed: th.getAttribute('aria-sort') === 'ascending' });
    writeAddress();
  });

  const tools = document.querySelector<HTMLElement>('[data-table-tools]');
  const control = (name: keyof TableFilter) => tools?.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-filter="${name}"]`);
  const controls = { q: control('q'), group: control('group'), country: control('country'), model: control('model'), layer: control('layer') };
  const count = tools?.querySelector<HTMLElement>('[data-table-count]');
  const empty = document.querySelector<HTMLElement>('[data-table-empty]');
  if (!tools || !count || !empty || Object.values(controls).some((c) => !c)) return;
  const options = (select: HTMLInputElement | HTMLSelectElement | undefined | null) =>
    select instanceof HTMLSelectElement ? [...select.options].map((o) => o.value).filter((v) => v !== '') : [];
  const spec = clusterTableSpec({ countries: options(controls.country), models: options(controls.model), columns: keys });
  const filter = (): TableFilter => ({
    q: controls.q?.value.trim() ?? '',
    group: controls.group?.value ?? '',
    country: controls.country?.value ?? '',
    model: controls.model?.value ?? '',
    layer: controls.layer?.value ?? 'all',
  });

  /** The address of what is shown: the text filter, the facets and the sort. */
  const writeAddress = () => {
    const f = filter();
    const state = { q: f.q, group: [f.group], country: [f.country], model: [f.model], layer: [f.layer], sort };
    history.replaceState(history.state, '', `${location.pathname}${encodeState(state, spec)}${location.hash}`);
  };

  const facetRow = (row: HTMLTableRowElement): FacetRow => ({
    text: row.dataset['search'] ?? '',
    group: row.dataset['group'] ?? '',
    countries: (row.dataset['countries'] ?? '').split(' '),
    models: (row.dataset['models'] ?? '').split(' '),
    layer: row.dataset['layer'] === 'outside' ? 'outside' : 'sample',
  });
  const apply = () => {
    const f = filter();
    let shown = 0;
    for (const row of body.rows) {
      row.hidden = !rowMatches(facetRow(row), f);
      if (!row.hidden) shown++;
    }
    count.textContent = `${shown} of ${body.rows.length} clusters`;
    empty.hidden = shown > 0;
    writeAddress();
  };
  const applyAll = () => void loadAll().then(apply);
  for (const c of Object.values(controls)) c?.addEventListener(c instanceof HTMLInputElement ? 'input' : 'change', applyAll);

  // «Clear the filters» links to the table itself; with the script it clears them in place.
  empty.querySelector('[data-table-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    for (const c of Object.values(controls)) if (c) c.value = c === controls.layer ? 'all' : '';
    applyAll();
    controls.q?.focus();
  });

  // «Download these rows»: the published file's own rows for the clusters shown (the whole file when all are).
  registerRowsDownload(tools.querySelectorAll<HTMLAnchorElement>('a[data-rows-csv]'), () => {
    const rows = [...body.rows];
    const ids = new Set(rows.filter((r) => !r.hidden).map((r) => r.dataset['id'] ?? ''));
    return { ids, all: ids.size === Number(table.dataset['total'] ?? rows.length) };
  });

  const state = readViewState(spec);
  if (controls.q) controls.q.value = state.q;
  for (const name of ['group', 'country', 'model', 'layer'] as const) {
    const c = controls[name];
    if (c) c.value = state[name][0] ?? (name === 'layer' ? 'all' : '');
  }
  const restored = state.sort;
  const sorted = restored.key !== unsorted.key || restored.reversed;
  const filtered = Object.values(filter()).some((v) => v !== '' && v !== 'all');
  // A page of a longer table shows its own rows until a filter or a sort asks for all of them.
  if (morePages.length === 0 || filtered || sorted)
    void startup(
      loadAll().then(() => {
        if (sorted) sortRows(restored, false);
        apply();
      }),
    );
  else count.textContent = `This page holds ${body.rows.length} of the ${table.dataset['total'] ?? body.rows.length} clusters`;
}
