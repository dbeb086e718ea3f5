/**
 * The data of each chart as a reader can take it away: one table per chart,
 * with the labels, values, units, source and locator of what is drawn, and
 * the chart's metadata beside it (as Our World in Data ships a chart's CSV
 * with a metadata JSON). Each chart kind builds its table
 * (src/lib/chart-kinds/); `chartCsv` keeps only the rows of the view on
 * screen. Types only and pure functions: the chart toolbar's script uses
 * this file too.
 */

export interface ChartColumn {
  name: string;
  description: string;
  /** Unit of a numeric column, e.g. «case studies», «degrees (WGS 84)». */
  unit?: string;
}

export type ChartCell = string | number | boolean | null;

export interface ChartRow {
  /** What ties the row to a mark of the drawing (see `shownBy`): a cluster id, `cluster|factor`, a stage id, a fact id. */
  key: string;
  cells: ChartCell[];
}

export interface ChartTable {
  columns: ChartColumn[];
  rows: ChartRow[];
  /**
   * The marks of the drawing that show the rows: elements matching `selector`
   * inside the chart's drawing, whose `attributes` joined by `|` give the
   * row keys. Absent when the chart always shows every row.
   */
  shownBy?: { selector: string; attributes: string[] };
}

/** The ids of the source documents a table's rows cite, in order of first use (a cell may hold several, «;»-separated). */
export function tableSources(table: ChartTable): string[] {
  const i = table.columns.findIndex((c) => c.name === 'source');
  return i < 0 ? [] : [...new Set(table.rows.flatMap((r) => String(r.cells[i] ?? '').split(';').filter(Boolean)))];
}

export const SOURCE: ChartColumn = { name: 'source', description: 'Source document (an id of sources.csv in the atlas’s data).' };
export const LOCATOR: ChartColumn = { name: 'locator', description: 'Where in the source document the row’s content stands.' };
export const AS_OF: ChartColumn = {
  name: 'as_of',
  description:
    'What the value is as of: its own period where that names a year, else the year of its source document (sources.csv date), else «date not reported».',
};
/** A list in one cell, «;»-separated as in the atlas's tables. */
export const list = (items: readonly string[]) => items.join(';');

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
function field(cell: ChartCell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV of the view: the header, then the rows whose key is in `shown`, in
 * the order of `shown` (the order on screen); every row when `shown` is
 * undefined. UTF-8, no byte-order mark, LF line ends, as the atlas's tables.
 */
export function chartCsv(table: ChartTable, shown?: readonly string[]): string {
  let rows = table.rows;
  if (shown) {
    const order = new Map<string, number>();
    shown.forEach((k, i) => {
      if (!order.has(k)) order.set(k, i);
    });
    rows = rows.filter((r) => order.has(r.key)).sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  }
  return [table.columns.map((c) => field(c.name)), ...rows.map((r) => r.cells.map(field))].map((r) => r.join(',')).join('\n') + '\n';
}

export interface ChartMetadataInput {
  title: string;
  /** The chart's source line. */
  source: string;
  /** Address of the view (with its state) and of its embed page, where the page is served. */
  url: string;
  /** The view's state in words, e.g. «group=1; layer=sample», or «the full chart». */
  view: string;
  citation: { text: string; bibtex: string };
  /** Full citations of the source documents of the rows shown. */
  sources: readonly string[];
  licence: { name: string; path: string };
  dataVersion: string;
  /** When the data was built (RFC 3339). */
  dataDate: string;
  /** Access date (YYYY-MM-DD). */
  accessed: string;
  columns: readonly ChartColumn[];
  rows: number;
}

/** The metadata JSON beside a chart's CSV. */
export function chartMetadata(m: ChartMetadataInput) {
  return {
    title: m.title,
    source: m.source,
    url: m.url,
    view: m.view,
    rows: m.rows,
    columns: m.columns,
    citation: m.citation.text,
    bibtex: m.citation.bibtex,
    sources: m.sources,
    licence: m.licence,
    dataVersion: m.dataVersion,
    dataDate: m.dataDate,
    accessed: m.accessed,
    publisher: 'Biomedical Clusters Atlas',
  };
}
