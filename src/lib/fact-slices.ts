/**
 * Slices of the facts for researchers: each fact with its cluster's name,
 * group, countries and layer beside it (the derived resource
 * facts-with-clusters), and the facts of a chosen set of clusters.
 */
import type { FactWithCluster } from './schema/derived.ts';
import type { Cluster, Fact } from './schema/tables.ts';

/**
 * Every fact, in the order of facts.csv, joined to its cluster. A fact whose
 * cluster is unknown stops the build (the data build's foreign-key check
 * catches it first); no row is dropped.
 */
export function factsWithClusters(facts: readonly Fact[], clusters: readonly Cluster[]): FactWithCluster[] {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  return facts.map((fact) => {
    const c = byId.get(fact.cluster_id);
    if (!c) throw new Error(`fact ${fact.id}: no cluster ${fact.cluster_id}`);
    return {
      id: fact.id,
      cluster_id: c.id,
      cluster_name: c.name,
      cluster_group: c.group,
      cluster_countries: [...c.countries],
      cluster_in_sample: c.in_sample,
      topic: fact.topic,
      label: fact.label,
      value: fact.value,
      number: fact.number,
      unit: fact.unit,
      period: fact.period,
      case_study_id: fact.case_study_id,
      source: fact.source,
      locator: fact.locator,
      note: fact.note,
    };
  });
}

/** The rows of the clusters in `ids` (all rows when `ids` is undefined), in their own order. */
export function factsOfClusters<T extends { cluster_id: string }>(rows: readonly T[], ids: ReadonlySet<string> | undefined): T[] {
  return ids ? rows.filter((r) => ids.has(r.cluster_id)) : [...rows];
}
