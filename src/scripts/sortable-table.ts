/**
 * Sorting and filtering of tables marked data-sortable; the table is complete
 * and readable without it. A table split into pages (data-more-pages: the
 * other pages' addresses) fetches their rows on the first sort or filter, so
 * that both work on the whole table.
 */
import { sortHeaders } from './sort-headers.ts';
import { readViewState } from './url-notice.ts';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);

function enhance(table: HTMLTableElement) {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const cellValue = (row: HTMLTableRowElement, i: number) => {
    const cell = row.cells[i];
    return cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
  };

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

  const sorting = sortHeaders(table, async (th) => {
    const i = headers.indexOf(th);
    const kind = th.dataset['sort'];
    await loadAll();
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    const rows = [...body.rows];
    rows.sort((a, b) => {
      const x = cellValue(a, i);
      const y = cellValue(b, i);
      // A cell with an empty data-value has nothing to sort by («not reported»): last, whichever the direction.
      if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
      const order = kind === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'en');
      return (ascending ? order : -order) || cellValue(a, 0).localeCompare(cellValue(b, 0), 'en');
    });
    body.append(...rows);
    sorting.show(th, ascending ? 'ascending' : 'descending');
  });

  const tools = document.querySelector<HTMLElement>('[data-table-tools]');
  const search = tools?.querySelector<HTMLInputElement>('input[type="search"]');
  const layer = tools?.querySelector<HTMLSelectElement>('select');
  const count = tools?.querySelector<HTMLElement>('[data-table-count]');
  if (!tools || !search || !layer || !count) return;
  // The filter box is free text (q); the layer one of the select's options.
  const layers = [...layer.options].map((o) => o.value);
  const state = readViewState({ layer: { values: layers, multi: false, fallback: 'all', noun: 'layer' } }, { free: ['q'] });
  search.value = new URLSearchParams(location.search).get('q') ?? '';
  layer.value = state.layer[0] ?? 'all';
  const apply = () => {
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const text = `${cellValue(row, 0)} ${cellValue(row, 1)} ${row.cells[0]?.textContent ?? ''}`.toLowerCase();
      const visible = (q === '' || text.includes(q)) && (layer.value === 'all' || row.dataset['layer'] === layer.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `${shown} of ${body.rows.length} clusters`;
    const next = new URLSearchParams();
    if (q) next.set('q', search.value.trim());
    if (layer.value !== 'all') next.set('layer', layer.value);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };
  const applyAll = () => void loadAll().then(apply);
  search.addEventListener('input', applyAll);
  layer.addEventListener('change', applyAll);
  // A page of a longer table shows its own rows until a filter asks for all of them.
  if (morePages.length === 0 || search.value !== '' || layer.value !== 'all') applyAll();
  else count.textContent = `This page holds ${body.rows.length} of the ${table.dataset['total'] ?? body.rows.length} clusters`;
}
