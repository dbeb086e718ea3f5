/**
 * The support-instruments table: filter by region and by text, sort by a
 * column (number, name, region ascending; amount largest first, rows without
 * an amount last). The state lives in the address (?region=&q=&sort=); values
 * the table does not understand are named in a short line and dropped.
 * Without this script the table is complete, in the report's order.
 */
import { INSTRUMENT_SORTS, instrumentQuery, parseInstrumentState, type InstrumentTableState } from '../lib/guide-view.ts';
import { sortHeaders } from './sort-headers.ts';

const table = document.querySelector<HTMLTableElement>('[data-instrument-table]');
const body = table?.tBodies[0];
const regionSelect = document.querySelector<HTMLSelectElement>('[data-filter-region]');
const textInput = document.querySelector<HTMLInputElement>('[data-filter-text]');
const countLine = document.querySelector<HTMLElement>('[data-instrument-count]');
const invalidLine = document.querySelector<HTMLElement>('[data-instrument-invalid]');

if (table && body && regionSelect && textInput && countLine) {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const rows = [...body.rows];
  const value = (row: HTMLTableRowElement, key: string) => {
    const i = headers.findIndex((h) => h.dataset['sort'] === key);
    const cell = row.cells[i];
    return cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
  };
  const initial = parseInstrumentState(location.search);
  const state: Omit<InstrumentTableState, 'invalid'> = { region: initial.region, q: initial.q, sort: initial.sort };
  if (invalidLine && initial.invalid.length) {
    invalidLine.textContent = `Ignored what this table does not understand in the address: ${initial.invalid.join(', ')}.`;
    invalidLine.hidden = false;
  }
  regionSelect.value = state.region ?? '';
  textInput.value = state.q;

  const apply = () => {
    const q = state.q.toLowerCase();
    const sorted = [...rows].sort((a, b) => {
      const number = Number(value(a, 'number')) - Number(value(b, 'number'));
      if (state.sort === 'amount') {
        const x = value(a, 'amount');
        const y = value(b, 'amount');
        if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || number;
        return Number(y) - Number(x) || number;
      }
      if (state.sort === 'number') return number;
      return value(a, state.sort).localeCompare(value(b, state.sort), 'en') || number;
    });
    body.append(...sorted);
    let shown = 0;
    for (const row of rows) {
      const visible = (!state.region || row.dataset['region'] === state.region) && (!q || (row.textContent ?? '').toLowerCase().includes(q));
      row.hidden = !visible;
      if (visible) shown++;
    }
    countLine.textContent = `${shown} of ${rows.length} instruments`;
    history.replaceState(null, '', `${location.pathname}${instrumentQuery(state)}${location.hash}`);
  };

  // Amounts sort largest first, the other columns from the start of the alphabet or the first number.
  const direction = (key: string) => (key === 'amount' ? 'descending' : 'ascending');
  const sorting = sortHeaders(table, (th) => {
    const key = th.dataset['sort'] as (typeof INSTRUMENT_SORTS)[number] | undefined;
    if (!key || !INSTRUMENT_SORTS.includes(key)) return;
    state.sort = key;
    apply();
    sorting.show(th, direction(key));
  });
  const sortedFirst = headers.find((h) => h.dataset['sort'] === state.sort);
  if (sortedFirst) sorting.show(sortedFirst, direction(state.sort), false);
  regionSelect.addEventListener('change', () => {
    state.region = (regionSelect.value || null) as InstrumentTableState['region'];
    apply();
  });
  textInput.addEventListener('input', () => {
    state.q = textInput.value.trim();
    apply();
  });
  apply();
}
