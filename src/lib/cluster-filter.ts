/** What the filters see of a cluster, and the filter itself: light enough for client scripts. */
import type { Cluster } from './schema/tables.ts';

export interface ClusterSummary {
  id: string;
  name: string;
  shortName: string | null;
  countries: string[];
  countryNames: string[];
  city: string | null;
  /** Group number (1–3) for clusters of the sample, null outside it. */
  group: number | null;
  inSample: boolean;
  kind: Cluster['kind'];
  /** Target models the report cites the cluster as an example of. */
  models: string[];
  /** Success factors evidenced by the cluster's case studies. */
  factors: string[];
  lon: number;
  lat: number;
  /** What the point stands for (the seat's city, only the region, only the country), and who gives it: a source or the atlas. */
  precision: Cluster['location_precision'];
  locationBasis: Cluster['location_basis'];
}

export type Layer = 'all' | 'sample' | 'outside';

export interface ClusterFilter {
  groups: readonly string[];
  models: readonly string[];
  countries: readonly string[];
  factors: readonly string[];
  layer: Layer;
}

/** Within a facet any chosen value matches; across facets all must match. An empty facet matches all. */
export function matchesFilter(c: ClusterSummary, f: ClusterFilter): boolean {
  const any = (chosen: readonly string[], have: readonly string[]) => chosen.length === 0 || chosen.some((v) => have.includes(v));
  if (f.layer === 'sample' && !c.inSample) return false;
  if (f.layer === 'outside' && c.inSample) return false;
  return (
    any(f.groups, c.group === null ? [] : [String(c.group)]) &&
    any(f.models, c.models) &&
    any(f.countries, c.countries) &&
    any(f.factors, c.factors)
  );
}
