/**
 * The support-instruments table: filter by region and by text, sort by a
 * column (number, name, region ascending; amount largest first, rows without
 * an amount last). The state lives in the address (?region=&q=&sort=); values
 * the table does not understand are named in a short line and dropped.
 * Without this script the table is complete, in the report's order.
 */
import { INSTRUMENT_SORTS, INSTRUMENT_TABLE_SPEC } from '../lib/guide-state.ts';
import { encodeState } from '../lib/url-state.ts';
import { readViewState } from './url-notice.ts';
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
  const state = readViewState(INSTRUMENT_TABLE_SPEC, { notice: invalidLine });
  regionSelect.value = state.region[0] ?? '';
  textInput.value = state.q;

  const apply = () => {
    const q = state.q.toLowerCase();
    const region = state.region[0];
    const sort = state.sort.key;
    const sorted = [...rows].sort((a, b) => {
      const number = Number(value(a, 'number')) - Number(value(b, 'number'));
      if (sort === 'amount') {
        const x = value(a, 'amount');
        const y = value(b, 'amount');
        if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || number;
        return Number(y) - Number(x) || number;
      }
      if (sort === 'number') return number;
      return value(a, sort).localeCompare(value(b, sort), 'en') || number;
    });
    body.append(...sorted);
    let shown = 0;
    for (const row of rows) {
      const visible = (!region || row.dataset['region'] === region) && (!q || (row.textContent ?? '').toLowerCase().includes(q));
      row.hidden = !visible;
      if (visible) shown++;
    }
    countLine.textContent = `${shown} of ${rows.length} instruments`;
    history.replaceState(null, '', `${location.pathname}${encodeState(state, INSTRUMENT_TABLE_SPEC)}${location.hash}`);
  };

  // Amounts sort largest first, the other columns from the start of the alphabet or the first number.
  const direction = (key: string) => (key === 'amount' ? 'descending' : 'ascending');
  const sorting = sortHeaders(table, (th) => {
    const key = th.dataset['sort'] as (typeof INSTRUMENT_SORTS)[number] | undefined;
    if (!key || !INSTRUMENT_SORTS.includes(key)) return;
    state.sort = { key, reversed: false };
    apply();
    sorting.show(th, direction(key));
  });
  const sortedFirst = headers.find((h) => h.dataset['sort'] === state.sort.key);
  if (sortedFirst) sorting.show(sortedFirst, direction(state.sort.key), false);
  regionSelect.addEventListener('change', () => {
    state.region = regionSelect.value ? [regionSelect.value] : [];
    apply();
  });
  textInput.addEventListener('input', () => {
    state.q = textInput.value.trim();
    apply();
  });
  apply();
}
