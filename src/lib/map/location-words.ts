/**
 * What a cluster's point on the map stands for, in words for its popup: the
 * data give no coordinates, so every point is the atlas's reading of a place
 * (clusters.csv `location_precision`, `location_basis`; the profile gives
 * `location_note`).
 */
import type { ClusterSummary } from '../cluster-filter.ts';

export type LocatedCluster = Pick<ClusterSummary, 'city' | 'countries' | 'precision' | 'locationBasis'>;

/**
 * The place the point stands for and who gives it, in one phrase:
 * «the city, Lyon (a source gives the city)», «the region only, not the
 * seat's city (a source gives the region)», «the countries only (the
 * atlas chose the point)». A point of city precision names its city.
 */
export function locationPhrase(c: LocatedCluster): string {
  const place =
    c.precision === 'city'
      ? `the city, ${c.city ?? 'unnamed'}`
      : c.precision === 'region'
        ? 'the region only, not the seat’s city'
        : c.countries.length > 1
          ? `the ${c.countries.length} countries only, no city or region`
          : 'the country only, no city or region';
  const what = c.precision === 'country' && c.countries.length > 1 ? 'countries' : c.precision;
  const basis = c.locationBasis === 'atlas' ? 'the atlas chose the point' : `a source gives the ${what}`;
  return `${place} (${basis})`;
}
