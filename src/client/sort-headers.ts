/**
 * The column headers of a sortable table, as in the ARIA Authoring Practices' sortable table example: the name of
 * each sortable column (th[data-sort]) becomes a button, the sorted column's header alone carries aria-sort, the
 * caption says that the headers with buttons sort the table, and a status line announces each new sort (the
 * sorted header's aria-sort is not read out when it changes). Without a script none of it is there, and the table
 * reads complete in the order of the HTML.
 */
import { compareRows } from '../lib/cluster-table.ts';

export type SortDirection = 'ascending' | 'descending';

export interface SortHeaders {
  /** Marks `th` as the sorted column, in `direction`, and says so in the status line unless `announce` is false (a sort the page starts with). */
  show(th: HTMLTableCellElement, direction: SortDirection, announce?: boolean): void;
}

/** Adds the buttons, the caption's words and the status line to `table`; `onSort` runs when a header's button is pressed. */
export function sortHeaders(table: HTMLTableElement, onSort: (th: HTMLTableCellElement) => void): SortHeaders {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const mark = document.createElement('span');
    mark.className = 'sort-mark';
    mark.setAttribute('aria-hidden', 'true');
    button.append(mark);
    th.append(button);
    button.addEventListener('click', () => onSort(th));
  }
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ' (the column headers with buttons sort the table)';
  table.caption?.append(hint);
  // A live region present before it changes: one added together with its first message is often not read.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  (table.closest('[role="region"]') ?? table).after(status);

  /** The column's name: the header's words without its hints (e.g. «(tick to compare)») or its sort mark. */
  const name = (th: HTMLTableCellElement) => {
    const copy = th.cloneNode(true) as HTMLElement;
    for (const e of copy.querySelectorAll('.hint, .sort-mark, .visually-hidden')) e.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const marks = (sorted: HTMLTableCellElement | null, direction: SortDirection) => {
    for (const th of headers) {
      const mark = th.querySelector('.sort-mark');
      if (th === sorted) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
      if (mark) mark.textContent = th === sorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕';
    }
  };
  const initial = headers.find((th) => th.hasAttribute('aria-sort')) ?? null;
  marks(initial, initial?.getAttribute('aria-sort') === 'descending' ? 'descending' : 'ascending');

  return {
    show(th, direction, announce = true) {
      marks(th, direction);
      if (announce) status.textContent = `Sorted by ${name(th)}, ${direction}.`;
    },
  };
}

/**
 * Orders the rows of `body` by column `i` — each cell's data-value, else its words; a `number` column by its
 * figure — then by the first column, as compareRows (src/lib/cluster-table.ts) does: rows with nothing to sort by
 * come last either way.
 */
export function orderRows(body: HTMLTableSectionElement, i: number, kind: 'text' | 'number', ascending: boolean): void {
  const value = (row: HTMLTableRowElement, j: number) => {
    const cell = row.cells[j];
    return cell?.dataset['value'] ?? cell?.textContent?.trim() ?? '';
  };
  const rows = [...body.rows].map((row) => ({ row, value: value(row, i), name: value(row, 0) }));
  rows.sort((a, b) => compareRows(a, b, kind, ascending));
  body.append(...rows.map((r) => r.row));
}
