/** One summary per cluster joining what the filters, the map and the index table need. */
import { countryName } from './country-names.ts';
import type { ClusterSummary } from './cluster-filter.ts';
import type { CaseStudy, Cluster, ClusterTargetModel, Group } from './schema/tables.ts';

export type { ClusterSummary };

export interface IndexInput {
  clusters: readonly Cluster[];
  groups: readonly Group[];
  clusterTargetModels: readonly ClusterTargetModel[];
  caseStudies: readonly Pick<CaseStudy, 'cluster_id' | 'factor_id'>[];
  /** Canonical order of factor ids and model ids, so summaries list them consistently. */
  factorOrder: readonly string[];
  modelOrder: readonly string[];
}

const inOrder = (order: readonly string[], ids: Iterable<string>) => {
  const set = new Set(ids);
  return order.filter((id) => set.has(id));
};

export function clusterSummaries(input: IndexInput): ClusterSummary[] {
  const groupNumber = new Map(input.groups.map((g) => [g.id, g.number]));
  return input.clusters.map((c) => ({
    id: c.id,
    name: c.name,
    shortName: c.short_name,
    countries: c.countries,
    countryNames: c.countries.map(countryName),
    city: c.city,
    group: c.group === null ? null : (groupNumber.get(c.group) ?? null),
    inSample: c.in_sample,
    kind: c.kind,
    models: inOrder(
      input.modelOrder,
      input.clusterTargetModels.filter((l) => l.cluster_id === c.id).map((l) => l.target_model_id),
    ),
    factors: inOrder(
      input.factorOrder,
      input.caseStudies.filter((s) => s.cluster_id === c.id).map((s) => s.factor_id),
    ),
    lon: c.lon,
    lat: c.lat,
    precision: c.location_precision,
  }));
}

/** The sample clusters whose case studies evidence the most success factors (ties by name): a short list to start from. */
export function bestDocumented(summaries: readonly ClusterSummary[], count: number): ClusterSummary[] {
  return summaries
    .filter((c) => c.inSample && c.factors.length > 0)
    .sort((a, b) => b.factors.length - a.factors.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, count);
}
