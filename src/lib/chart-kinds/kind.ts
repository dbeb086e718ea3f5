/**
 * What every chart kind defines, once (one module per kind in this folder):
 * which charts the data holds (stable ids, with the input each is drawn
 * from), its entry (title, source line, full view, legend, the view-state
 * keys it honours) and its full data table, from which the toolbar keeps the
 * rows on screen («as shown», src/client/chart-drawings.ts). The atlas's
 * charts are the union of the kinds' charts (src/lib/atlas-charts.ts): the
 * pages, the embed routes, /data/charts/ and the toolbar all iterate those.
 */
import type { ChartTable } from '../chart-data.ts';
import type { ChartEntry } from '../chart-registry.ts';
import type { MatrixRow } from '../factor-matrix.ts';
import type { ClusterSummary } from '../cluster-index.ts';
import type { Group, SuccessFactor } from '../schema/tables.ts';
import type { Atlas } from '../table-access.ts';

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
