/** Which clusters' case studies evidence which success factor: the transforms behind the explorer's charts. */
import type { ClusterSummary } from './cluster-filter.ts';
import type { CaseStudy, SuccessFactor } from './schema/tables.ts';
import { countOf } from './count-words.ts';

export const MATRIX_ORDERS = ['group', 'country', 'factors'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

export interface MatrixCell {
  clusterId: string;
  factorId: string;
  factorNumber: number;
  cases: CaseStudy[];
}

export interface MatrixRow {
  cluster: ClusterSummary;
  cells: MatrixCell[];
  factorCount: number;
}

/** One row per cluster with at least one case study; one cell per factor it has cases for. */
export function factorMatrix(
  studies: readonly CaseStudy[],
  clusters: readonly ClusterSummary[],
  factors: readonly SuccessFactor[],
): MatrixRow[] {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const ids = [...new Set(studies.map((s) => s.cluster_id))];
  return ids.flatMap((id) => {
    const cluster = byId.get(id);
    if (!cluster) return [];
    const cells = factors
      .map((f) => ({ clusterId: id, factorId: f.id, factorNumber: f.number, cases: studies.filter((s) => s.cluster_id === id && s.factor_id === f.id) }))
      .filter((c) => c.cases.length > 0);
    return [{ cluster, cells, factorCount: cells.length }];
  });
}

const byName = (a: MatrixRow, b: MatrixRow) => a.cluster.name.localeCompare(b.cluster.name, 'en');

export function orderRows(rows: readonly MatrixRow[], order: MatrixOrder): MatrixRow[] {
  const sorted = [...rows];
  if (order === 'group') sorted.sort((a, b) => (a.cluster.group ?? 9) - (b.cluster.group ?? 9) || byName(a, b));
  if (order === 'country')
    sorted.sort((a, b) => (a.cluster.countryNames[0] ?? '').localeCompare(b.cluster.countryNames[0] ?? '', 'en') || byName(a, b));
  if (order === 'factors') sorted.sort((a, b) => b.factorCount - a.factorCount || byName(a, b));
  return sorted;
}

export interface FactorSupport {
  factor: SuccessFactor;
  cases: number;
  clusters: number;
}

/** How many case studies, and how many distinct clusters, back each factor. */
export function factorSupport(studies: readonly CaseStudy[], factors: readonly SuccessFactor[]): FactorSupport[] {
  return [...factors]
    .sort((a, b) => a.number - b.number)
    .map((factor) => {
      const mine = studies.filter((s) => s.factor_id === factor.id);
      return { factor, cases: mine.length, clusters: new Set(mine.map((s) => s.cluster_id)).size };
    });
}

/** How each order of the matrix is named in its label. */
const ORDER_WORDS: Record<MatrixOrder, string> = { group: 'group', country: 'country', factors: 'number of factors' };

/** The accessible name of the matrix drawn in one order: «Matrix of 27 clusters by 7 success factors, rows ordered by group; …». */
export function matrixLabel(clusters: number, factors: number, order: MatrixOrder): string {
  return `Matrix of ${countOf(clusters, 'cluster', 'clusters')} by ${countOf(factors, 'success factor', 'success factors')}, rows ordered by ${ORDER_WORDS[order]}; a filled cell means the cluster has a case study for that factor. The table below gives the same data.`;
}

/**
 * The matrix's one-line reading: what a cell is, and how many clusters of the
 * sample it leaves out because the report interviewed none of their people
 * (`notInterviewed`: «The other 13 clusters of the sample were not
 * interviewed.»; nothing said when it leaves none out).
 */
export function matrixReading(notInterviewed: number): string {
  const cells = 'Each filled cell is a case study (a number counts several); it links to the case. Colour shows the cluster’s group.';
  if (notInterviewed === 0) return cells;
  return `${cells} ${notInterviewed === 1 ? 'The other cluster of the sample was' : `The other ${notInterviewed} clusters of the sample were`} not interviewed.`;
}
