/** The compare view's columns and rows from the atlas's data (build time only). */
import * as data from './atlas-data.ts';
import { compareColumn, compareRows, type CompareColumn } from './compare-view.ts';
import type { CaseStudy, Cluster, ClusterIndicatorValue } from './schema/tables.ts';

export const compareRowList = compareRows(data.comparableIndicators);

/** A cluster's column for /compare/; throws for an id that is not a cluster. */
export const columnFor = (id: string): CompareColumn => compareColumn(data.atlas, id);

/**
 * The example shown without JavaScript: one cluster per group of the sample,
 * the one with most comparable-indicator values (ties: most case studies,
 * then name), so that the example is well documented whatever the data.
 * @returns cluster ids in the order of the groups' ids
 */
export function exampleIds(
  clusters: readonly Pick<Cluster, 'id' | 'name' | 'group'>[],
  values: readonly Pick<ClusterIndicatorValue, 'cluster_id'>[],
  cases: readonly Pick<CaseStudy, 'cluster_id'>[],
): string[] {
  const tally = (rows: readonly { cluster_id: string }[]) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.cluster_id, (counts.get(r.cluster_id) ?? 0) + 1);
    return (id: string) => counts.get(id) ?? 0;
  };
  const valueCount = tally(values);
  const caseCount = tally(cases);
  const groups = [...new Set(clusters.flatMap((c) => (c.group === null ? [] : [c.group])))].sort();
  return groups.flatMap((group) => {
    const [best] = clusters
      .filter((c) => c.group === group)
      .sort((a, b) => valueCount(b.id) - valueCount(a.id) || caseCount(b.id) - caseCount(a.id) || a.name.localeCompare(b.name));
    return best ? [best.id] : [];
  });
}

export const EXAMPLE_IDS = exampleIds(data.clusters, data.clusterIndicatorValues, data.caseStudies);
