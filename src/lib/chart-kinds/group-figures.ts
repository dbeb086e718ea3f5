/**
 * The figures of a group's members (/groups/<id>/#figures): a table, not a
 * drawing, like the compare view, so its toolbar offers the embed code, the
 * link and the data but no image. One per group, under the id
 * `groups/<group id>`; it honours the table's sort (`?sort=`).
 */
import { AS_OF, LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { clusterSortSpec } from '../cluster-table.ts';
import { groupPage } from '../group-page.ts';
import type { Group } from '../schema/tables.ts';
import { stateKeys } from '../url-state.ts';
import type { ChartKind } from './kind.ts';

/** The sort keys of a group's figures table, in the order of its columns: name, countries, then each indicator's id. */
export const groupFiguresSortKeys = (indicatorIds: readonly string[]): string[] => ['name', 'countries', ...indicatorIds];

export const groupFiguresKind: ChartKind<'group-figures', Group> = {
  kind: 'group-figures',
  charts: (d) =>
    d.groups.map((group) => ({
      kind: 'group-figures',
      input: group,
      id: `groups/${group.id}`,
      title: `Figures of the clusters of group ${group.number}: ${group.name}`,
      source:
        'Each value with its own source and locator (HSE 2019, AMI-4EUROPE D2.2, bioXclusters, MIX 2016, CEBR 2020); the group is that of HSE 2019, ch. 2. Which figures to set side by side is the atlas’s own choice.',
      fullPath: `/groups/${group.id}/`,
      fullHash: '#figures',
      stateKeys: stateKeys(clusterSortSpec([])),
      legend: [],
      key: [],
      height: 900,
    })),
  table: (group, d) => groupFiguresData(groupPage(d.atlas, group.id).figures),
};

/**
 * A group's figures: one row per member and indicator shown as a column
 * (every member, «not reported» where it has no value), in the order of the
 * table: members by name, indicators in the order of comparable-indicators.csv.
 */
export function groupFiguresData(figures: ReturnType<typeof groupPage>['figures']): ChartTable {
  return {
    columns: [
      { name: 'cluster', description: 'Name of the cluster.' },
      { name: 'cluster_id', description: 'Cluster id in the atlas.' },
      { name: 'indicator', description: 'The comparable indicator (comparable-indicators.csv), by its label.' },
      { name: 'value', description: 'The value as the source states it, or «not reported».' },
      { name: 'detail', description: 'Its period, and what the source counts where that differs from the indicator.' },
      AS_OF,
      SOURCE,
      LOCATOR,
    ],
    rows: figures.rows.flatMap(({ cluster, values }) =>
      figures.indicators.map((indicator) => {
        const v = values.get(indicator.id);
        return {
          key: cluster.id,
          cells: v
            ? [cluster.name, cluster.id, indicator.label, v.display, [v.period, v.note].filter(Boolean).join('; ') || null, v.age.compact, v.fact.source, v.fact.locator]
            : [cluster.name, cluster.id, indicator.label, 'not reported', null, null, null, null],
        };
      }),
    ),
  };
}
