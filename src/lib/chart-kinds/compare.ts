/**
 * The compare view (/compare/?clusters=a,b): a table, not a drawing, so its
 * toolbar offers the embed code and the link but no image; its data are the
 * columns of every cluster, of which the toolbar keeps those on screen.
 */
import { AS_OF, LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { COMPARE_STATE_KEYS } from '../compare-state.ts';
import { compareColumn, compareRows, type CompareColumn, type CompareRow } from '../compare-view.ts';
import type { ChartKind } from './kind.ts';

export const compareKind: ChartKind<'compare', null> = {
  kind: 'compare',
  charts: () => [
    {
      kind: 'compare',
      input: null,
      id: 'compare',
      title: 'Clusters side by side',
      source:
        'Each value with its own source and locator: HSE 2019 (table 2.1, table 2.2, ch. 3), AMI-4EUROPE D2.2, bioXclusters, MIX 2016, CEBR 2020. Which rows to set side by side is the atlas’s own choice.',
      fullPath: '/compare/',
      fullHash: '',
      stateKeys: COMPARE_STATE_KEYS,
      legend: [],
      key: [],
      height: 1400,
    },
  ],
  table: (_, d) => compareChartData(compareRows(d.atlas.comparableIndicators.rows), d.atlas.clusters.rows.map((c) => compareColumn(d.atlas, c.id))),
};

/**
 * The compare view: one row per cluster, row of the comparison and entry of
 * its cell (a cell may hold several, e.g. target models), with the entry's
 * text, its second line, its source and locator; an
 * empty cell gives one row with the reason or «not reported». The clusters
 * shown are the columns of the table on screen (`th[data-column]`).
 */
export function compareChartData(rows: readonly CompareRow[], columns: readonly CompareColumn[]): ChartTable {
  return {
    columns: [
      { name: 'cluster', description: 'Name of the cluster.' },
      { name: 'cluster_id', description: 'Cluster id in the atlas.' },
      { name: 'section', description: 'Block of the comparison the row belongs to.' },
      { name: 'row', description: 'What the row of the comparison shows.' },
      { name: 'value', description: 'One entry of the cell as the comparison shows it.' },
      { name: 'detail', description: 'The line under the entry: a case study, a period, what a figure counts, who is quoted.' },
      { ...AS_OF, description: `${AS_OF.description} Empty for an entry that is not a value (a group, a model, a quotation).` },
      SOURCE,
      LOCATOR,
    ],
    rows: columns.flatMap((column) =>
      rows.flatMap((row) => {
        const cell = column.cells[row.id];
        const items = cell?.items ?? [];
        if (items.length === 0)
          return [{ key: column.id, cells: [column.name, column.id, row.section, row.label, cell?.empty ?? 'not reported', null, null, null, null] }];
        return items.map((item) => ({
          key: column.id,
          // A cell's lead (e.g. «No total given; by kind») says what the entry is: it travels with it in the detail.
          cells: [column.name, column.id, row.section, row.label, item.text, [cell?.lead, item.detail].filter(Boolean).join(' ') || null, item.asOf ?? null, item.cite?.source ?? null, item.cite?.locator ?? null],
        }));
      }),
    ),
    shownBy: { selector: 'thead th[data-column]', attributes: ['data-column'] },
  };
}
