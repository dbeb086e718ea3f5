/** The success-factor matrix (/success-factors/#matrix): clusters × factors; its view state is the explorer's. */
import { LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { abbreviationKey } from '../chart-registry.ts';
import { EXPLORER_STATE_KEYS } from '../explorer-state-spec.ts';
import type { MatrixRow } from '../factor-matrix.ts';
import { groupColour } from '../group-palette.ts';
import type { SuccessFactor } from '../schema/tables.ts';
import type { ChartKind } from './kind.ts';

export const factorMatrixKind: ChartKind<'factor-matrix', null> = {
  kind: 'factor-matrix',
  charts: (d) => [
    {
      kind: 'factor-matrix',
      input: null,
      id: 'factor-matrix',
      title: 'Which clusters’ case studies evidence which success factor',
      source: 'HSE 2019, ch. 3 (case studies) and figs 2.1–2.5 (groups).',
      fullPath: '/success-factors/',
      fullHash: '#matrix',
      stateKeys: EXPLORER_STATE_KEYS,
      legend: d.groups.map((g) => ({ label: `Group ${g.number}: ${g.name}`, colour: groupColour(g.number), shape: 'square' as const })),
      key: [
        ...(d.factors.length > 0 ? [`Columns, the success factors: ${d.factors.map((f) => `${f.number} ${f.name}`).join('; ')}.`] : []),
        ...abbreviationKey(d.matrixRows.map((r) => ({ name: r.cluster.name, shortName: r.cluster.shortName }))),
      ],
      height: 420 + d.matrixRows.length * 34,
    },
  ],
  table: (_, d) => factorMatrixChartData(d.matrixRows, d.factors, new Map(d.groups.map((g) => [g.number, g.name]))),
};

/** The success-factor matrix: one row per case study behind a filled cell, in the order of the rows on screen. */
export function factorMatrixChartData(
  rows: readonly MatrixRow[],
  factors: readonly Pick<SuccessFactor, 'id' | 'number' | 'name'>[],
  groupNames: ReadonlyMap<number, string>,
): ChartTable {
  const factor = new Map(factors.map((f) => [f.id, f]));
  return {
    columns: [
      { name: 'cluster', description: 'Cluster (a row of the matrix).' },
      { name: 'group', description: 'Group of the HSE 2019 sample.' },
      { name: 'factor_number', description: 'Number of the success factor in HSE 2019 (a column of the matrix).' },
      { name: 'success_factor', description: 'Name of the success factor as HSE 2019 prints it.' },
      { name: 'case_studies_in_cell', unit: 'case studies', description: 'Case studies of this cluster for this factor: a cell is filled when there is at least one.' },
      { name: 'case_study', description: 'Title of the case study as printed.' },
      SOURCE,
      LOCATOR,
    ],
    rows: rows.flatMap((r) =>
      r.cells.flatMap((cell) =>
        cell.cases.map((study) => ({
          key: `${r.cluster.id}|${cell.factorId}`,
          cells: [
            r.cluster.name,
            r.cluster.group === null ? null : `${r.cluster.group}. ${groupNames.get(r.cluster.group) ?? ''}`,
            cell.factorNumber,
            factor.get(cell.factorId)?.name ?? cell.factorId,
            cell.cases.length,
            study.title,
            study.source,
            study.locator,
          ],
        })),
      ),
    ),
    // Cells of rows outside the chosen groups are dimmed, not removed: the data keeps the rows drawn in full.
    shownBy: { selector: '[data-cluster][data-factor]:not(.dimmed)', attributes: ['data-cluster', 'data-factor'] },
  };
}
