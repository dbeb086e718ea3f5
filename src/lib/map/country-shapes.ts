/** Country polygons from Natural Earth (via world-atlas), keyed by ISO 3166-1 alpha-2. */
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryFeature = Feature<Geometry, { name: string }>;

/** world-atlas ids are ISO 3166-1 numeric codes; features without one (disputed areas) are left out. */
export function countryShapesByAlpha2(topology: Topology, object = 'countries'): Map<string, CountryFeature> {
  const collection = feature(topology, topology.objects[object] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const byCode = new Map<string, CountryFeature>();
  for (const f of collection.features) {
    if (f.id === undefined) continue;
    const alpha2 = countries.numericToAlpha2(String(f.id));
    if (alpha2) byCode.set(alpha2, f);
  }
  return byCode;
}
