/**
 * The interactive map's basemap: Natural Earth countries (world-atlas,
 * 1:110m) as GeoJSON that follows RFC 7946, so that MapLibre draws it
 * without artifacts.
 *
 * - Rings are cut at the antimeridian (RFC 7946 §3.1.9): a ring that
 *   crosses ±180° (Russia, Fiji, the United States' Aleutians) would
 *   otherwise be drawn the long way round, as a band across the world.
 *   d3-geo's antimeridian clipping does the cutting: the shapes are
 *   "projected" through an equirectangular projection of scale 180/π and
 *   no translation, which maps [lon, lat] to itself.
 * - Exterior rings are counter-clockwise and holes clockwise (RFC 7946
 *   §3.1.6); d3-geo's spherical convention is the opposite, hence the rewind.
 * - Coordinates are rounded to 0.01° (about 1 km) to keep the file small.
 */
import rewind from '@turf/rewind';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryFeature } from './country-shapes.ts';

export type BasemapFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

const identity = () => geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);
const round = (n: number) => Math.round(n * 100) / 100;

/** A ring with rounded coordinates, without consecutive repeats; null when fewer than four positions remain. */
function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0] ?? 0), round(p[1] ?? 0)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/** Polygons (lists of rings) with rounded rings; a polygon whose exterior ring vanished is dropped. */
function roundPolygons(polygons: Position[][][]): Position[][][] {
  return polygons.flatMap((rings) => {
    const [outer, ...holes] = rings.map(roundRing);
    if (!outer) return [];
    return [[outer, ...holes.filter((h): h is Position[] => h !== null)]];
  });
}

/** One country cut at ±180° and wound per RFC 7946; null when nothing of it is left (a speck at 0.01°). */
export function basemapFeature(code: string, shape: CountryFeature): BasemapFeature | null {
  const cut = geoProject(shape, identity()) as CountryFeature;
  const g = cut.geometry;
  if (!g) return null;
  const polygons = roundPolygons(g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : []);
  if (polygons.length === 0) return null;
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
  const feature: BasemapFeature = { type: 'Feature', geometry, properties: { code, name: shape.properties.name } };
  // With mutate, rewind winds the feature's own rings and returns that same feature.
  rewind(feature, { mutate: true });
  return feature;
}

/** Every country but Antarctica (the map stops at 85° S, and its ring would only draw a band along the bottom). */
export function basemapGeoJson(shapes: ReadonlyMap<string, CountryFeature>): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: [...shapes].filter(([code]) => code !== 'AQ').flatMap(([code, f]) => basemapFeature(code, f) ?? []),
  };
}

