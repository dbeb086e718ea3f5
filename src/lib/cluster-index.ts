/** One summary per cluster joining what the filters, the map and the index table need. */
import { countryName } from './country-names.ts';
import type { ClusterSummary } from './cluster-filter.ts';
import type { Atlas } from './table-access.ts';

export type { ClusterSummary };

/** Distinct ids of rows in the order of their `number`. */
const idsByNumber = (rows: readonly { id: string; number: number }[]) => [...new Set([...rows].sort((x, y) => x.number - y.number).map((r) => r.id))];

/**
 * One summary per cluster, in the order of clusters.csv: its names, countries, city, group number
 * (null outside the sample), the target models table 2.2 cites it for and the success factors its
 * case studies evidence (ids, each once, in the order of their numbers), its point, its precision and its basis.
 */
export function clusterSummaries(a: Atlas): ClusterSummary[] {
  return a.clusters.rows.map((c) => ({
    id: c.id,
    name: c.name,
    shortName: c.short_name,
    countries: c.countries,
    countryNames: c.countries.map(countryName),
    city: c.city,
    group: c.group === null ? null : a.groups.get(c.group).number,
    inSample: c.in_sample,
    kind: c.kind,
    models: idsByNumber(a.clusterTargetModels.where('cluster_id', c.id).map((l) => a.targetModels.get(l.target_model_id))),
    factors: idsByNumber(a.caseStudies.where('cluster_id', c.id).map((s) => a.successFactors.get(s.factor_id))),
    lon: c.lon,
    lat: c.lat,
    precision: c.location_precision,
    locationBasis: c.location_basis,
  }));
}

/** The sample clusters whose case studies evidence the most success factors (ties by name): a short list to start from. */
export function bestDocumented(summaries: readonly ClusterSummary[], count: number): ClusterSummary[] {
  return summaries
    .filter((c) => c.inSample && c.factors.length > 0)
    .sort((a, b) => b.factors.length - a.factors.length || a.name.localeCompare(b.name, 'en'))
    .slice(0, count);
}
