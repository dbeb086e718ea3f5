/** The interactive map's basemap: Natural Earth countries as GeoJSON, coordinates rounded to keep the file small. */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { CountryFeature } from './country-shapes.ts';

const roundPosition = (p: Position): Position => p.map((n) => Math.round(n * 100) / 100);

function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(roundPosition)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(roundPosition))) };
    default:
      return g;
  }
}

export function basemapGeoJson(shapes: ReadonlyMap<string, CountryFeature>): FeatureCollection<Geometry, { code: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: [...shapes]
      .filter(([code]) => code !== 'AQ')
      .map(([code, f]) => ({ type: 'Feature', geometry: roundGeometry(f.geometry), properties: { code, name: f.properties.name } })),
  };
}
