/**
 * Draws the comparison table from rows and columns (src/lib/compare-view.ts)
 * with DOM calls on a given document: the browser's on /compare/, linkedom's
 * at build time for the example shown without JavaScript. Text goes in as
 * text nodes, never as HTML, so nothing in the data can inject markup.
 */
import type { CellItem, CompareCell, CompareColumn, CompareRow } from './compare-view.ts';

export interface RenderOptions {
  /** Site path → URL with the base path (sitePath). */
  path: (p: string) => string;
  /** Draw a «Remove» button in each column head. */
  removable: boolean;
  /** Open links in a new tab (embed pages, whose frame must not navigate). */
  newTab?: boolean;
  caption: string;
}

export function renderCompareTable(
  doc: Document,
  rows: readonly CompareRow[],
  columns: readonly CompareColumn[],
  o: RenderOptions,
): HTMLTableElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of children) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
    return e;
  };
  const link = (href: string, ...children: (Node | string)[]) =>
    el(
      'a',
      {
        href: o.path(href),
        ...(o.newTab ? { target: '_blank', rel: 'noopener' } : {}),
      },
      ...children,
    );

  const item = (it: CellItem): Node[] => {
    const main = it.quote
      ? el('blockquote', {}, el('p', {}, `“${it.text}”`))
      : it.href
        ? link(it.href, it.text)
        : el('span', { class: 'value' }, it.text);
    const out: Node[] = [main];
    if (it.detail) out.push(el('span', { class: 'detail' }, it.detailHref ? link(it.detailHref, it.detail) : it.detail));
    if (it.cite) out.push(el('span', { class: 'cite' }, '(', link(it.cite.href, it.cite.text), ')'));
    return out;
  };
  const cell = (c: CompareCell | undefined) => {
    const td = el('td');
    const items = c?.items ?? [];
    if (c?.lead && items.length > 0) td.append(el('span', { class: 'lead' }, c.lead));
    if (items.length === 0) td.append(el('span', { class: 'not-reported' }, c?.empty ?? 'Not reported'));
    else if (items.length === 1 && items[0]) td.append(...item(items[0]));
    else td.append(el('ul', {}, ...items.map((it) => el('li', {}, ...item(it)))));
    return td;
  };

  const table = el('table', { class: 'compare-table' });
  table.append(el('caption', {}, el('span', {}, o.caption)));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Cluster'));
  for (const col of columns) {
    const th = el('th', { scope: 'col', 'data-column': col.id }, link(col.href, col.name));
    if (o.removable)
      th.append(
        el(
          'button',
          { type: 'button', class: 'remove', 'data-remove': col.id },
          'Remove',
          el('span', { class: 'visually-hidden' }, ` ${col.name} from the comparison`),
        ),
      );
    head.append(th);
  }
  table.append(el('thead', {}, head));
  let body: HTMLTableSectionElement | null = null;
  let section = '';
  for (const row of rows) {
    if (!body || row.section !== section) {
      section = row.section;
      body = el('tbody');
      body.append(el('tr', { class: 'section' }, el('th', { scope: 'rowgroup', colspan: String(columns.length + 1) }, el('span', {}, section))));
      table.append(body);
    }
    const th = el('th', { scope: 'row' }, row.label);
    if (row.hint) th.append(el('span', { class: 'hint' }, row.hint));
    const tr = el('tr', { 'data-row': row.id }, th);
    for (const col of columns) tr.append(cell(col.cells[row.id]));
    body.append(tr);
  }
  return table;
}
