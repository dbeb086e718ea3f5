/**
 * What every chart kind defines, once (one module per kind in this folder):
 * which charts the data holds (stable ids, with the input each is drawn
 * from), its entry (title, source line, full view, legend, the view-state
 * keys it honours) and its full data table, from which the toolbar keeps the
 * rows on screen («as shown», src/client/chart-drawings.ts). The atlas's
 * charts are the union of the kinds' charts (src/lib/atlas-charts.ts): the
 * pages, the embed routes, /data/charts/ and the toolbar all iterate those,
 * each dated by `datedChart` on its way there, so that no kind can leave how
 * old its sources are unsaid.
 */
import { AS_OF, tableSources, type ChartTable } from '../chart-data.ts';
import type { ChartEntry } from '../chart-registry.ts';
import type { MatrixRow } from '../factor-matrix.ts';
import type { ClusterSummary } from '../cluster-index.ts';
import type { Group, SuccessFactor } from '../schema/tables.ts';
import type { Atlas } from '../table-access.ts';
import { sourceCellAsOf, sourcesAgeLine, type SourceDate } from '../value-age.ts';

/** The data every kind draws from: the tables and the orderings the pages share. */
export interface ChartData {
  atlas: Atlas;
  /** Groups and success factors by number. */
  groups: readonly Group[];
  factors: readonly SuccessFactor[];
  summaries: readonly ClusterSummary[];
  /** Rows of the success-factor matrix (clusters with case studies), in the order drawn. */
  matrixRows: readonly MatrixRow[];
}

/** One chart: its entry, its kind and the input it is drawn and tabled from. */
export type Chart<K extends string, I> = ChartEntry & { kind: K; input: I };

export interface ChartKind<K extends string, I> {
  kind: K;
  /** Every chart of this kind the data holds, under stable ids. */
  charts(d: ChartData): Chart<K, I>[];
  /** The full data table of one chart: every row its view can show, keyed to the marks that show them. */
  table(input: I, d: ChartData): ChartTable;
}

/** A source line ends with a full stop. */
export const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * A kind's chart as the atlas publishes it: its source line ends with how old
 * the documents its full table cites are («… As of 2019 (HSE 2019).»,
 * sourcesAgeLine over the table's `source` column), and its table carries an
 * `as_of` column — the cited documents' years (sourceCellAsOf) — where the
 * kind's own table has none (a kind whose rows have their own periods dates
 * each row itself). `table` is computed once, when first asked for. A chart
 * whose rows cite no document (a group none of whose clusters has a figure)
 * keeps its line as the kind wrote it: there is no year to state, and
 * test/built/counts-and-dates.test.ts fails on such a chart on a page. Throws
 * on a document that `sources` lacks.
 */
export function datedChart<C extends ChartEntry>(chart: C, table: () => ChartTable, sources: readonly SourceDate[]): C & { table: () => ChartTable } {
  let dated: ChartTable | undefined;
  const datedTable = (): ChartTable => {
    if (dated) return dated;
    const t = table();
    const at = t.columns.findIndex((c) => c.name === 'source');
    dated =
      at < 0 || t.columns.some((c) => c.name === 'as_of')
        ? t
        : { ...t, columns: [...t.columns, AS_OF], rows: t.rows.map((r) => ({ ...r, cells: [...r.cells, sourceCellAsOf(r.cells[at], sources)] })) };
    return dated;
  };
  const cited = tableSources(datedTable());
  const source = cited.length === 0 ? chart.source : `${sentence(chart.source)} ${sourcesAgeLine(cited, sources)}`;
  return { ...chart, source, table: datedTable };
}
