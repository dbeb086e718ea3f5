/** Serialises validated tables into the downloadable formats. */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Cluster } from './schema/tables.ts';

/** Back to the CSV conventions of data/: lists joined with `;`, empty for not reported. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const cell = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v));
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\n' }) + '\n';
}

export type ClusterFeature = Feature<Point, Omit<Cluster, 'lat' | 'lon'>>;

/** RFC 7946: positions are [longitude, latitude] in WGS 84; the id is the cluster's slug. */
export function clustersGeoJson(clusters: readonly Cluster[]): FeatureCollection<Point, Omit<Cluster, 'lat' | 'lon'>> {
  return {
    type: 'FeatureCollection',
    features: clusters.map(({ lat, lon, ...properties }): ClusterFeature => ({
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    })),
  };
}
