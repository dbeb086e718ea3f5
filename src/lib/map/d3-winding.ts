/** Basemap features (RFC 7946 winding) turned back into d3-geo's winding, to draw them with d3-geo. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapFeature } from './basemap.ts';

/**
 * A basemap feature in d3-geo's winding (exterior rings clockwise), for
 * drawing it with d3-geo in the browser: d3 reads a ring's winding to tell
 * inside from outside on the sphere, and takes an RFC 7946 ring for the
 * whole world but the country. Each ring reversed is exactly that.
 */
export function forD3(feature: BasemapFeature): BasemapFeature {
  const g = feature.geometry;
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon' ? { type: 'Polygon', coordinates: reverse(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(reverse) };
  return { ...feature, geometry };
}
