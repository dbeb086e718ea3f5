/**
 * The place names of the interactive map, drawn by MapLibre from the
 * atlas's own file (/map/places.geojson) with the browser's fonts, so no
 * request leaves the site: a label point per country of the basemap, and
 * the cities the data name as clusters' seats, at those clusters' points.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { BasemapFeature } from './basemap.ts';

export interface PlaceProperties {
  name: string;
  kind: 'country' | 'city';
  /** Order of precedence where labels collide: 0 first (countries by area, largest first; cities by how many clusters they seat). */
  rank: number;
  /** Clusters of any precision drawn at the city's point (the markers round it, which its label must clear); 0 for a country. */
  sharing: number;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;

/** Area of a ring in square degrees (the shoelace formula; sign dropped). */
const ringArea = (ring: readonly Position[]) =>
  Math.abs(ring.reduce((sum, p, i) => sum + (p[0] ?? 0) * ((ring[(i + 1) % ring.length] ?? p)[1] ?? 0) - ((ring[(i + 1) % ring.length] ?? p)[0] ?? 0) * (p[1] ?? 0), 0)) / 2;

/** Whether [x, y] lies inside the ring (even-odd rule). */
function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance in degrees from [x, y] to the nearest edge of the rings. */
function edgeDistance(x: number, y: number, rings: readonly (readonly Position[])[]): number {
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax = 0, ay = 0] = ring[j] ?? [];
      const [bx = 0, by = 0] = ring[i] ?? [];
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  return best;
}

/**
 * Where a polygon's label goes: the point of a 24 × 24 grid over its box
 * that lies inside it (outside its holes) farthest from its edges, so that
 * a bent country (Croatia, Norway) is labelled on its land; the middle of
 * its box if no grid point falls inside (a speck).
 */
export function labelPoint(rings: readonly (readonly Position[])[]): [number, number] {
  const [outer = [], ...holes] = rings;
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] = [(west + east) / 2, (south + north) / 2];
  let bestDistance = -1;
  const steps = 24;
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < steps; j++) {
      const x = west + ((i + 0.5) * (east - west)) / steps;
      const y = south + ((j + 0.5) * (north - south)) / steps;
      if (!inRing(x, y, outer) || holes.some((h) => inRing(x, y, h))) continue;
      const d = edgeDistance(x, y, rings);
      if (d > bestDistance) [best, bestDistance] = [[x, y], d];
    }
  return [Math.round(best[0] * 100) / 100, Math.round(best[1] * 100) / 100];
}

/** One label per country, on its largest part, ranked by that part's area (largest first; ties by name). */
export function countryPlaces(countries: readonly BasemapFeature[]): PlaceFeature[] {
  const parts = countries.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polygons.reduce((a, b) => (ringArea(b[0] ?? []) > ringArea(a[0] ?? []) ? b : a));
    return { name: f.properties.name, area: ringArea(largest[0] ?? []), point: labelPoint(largest) };
  });
  return parts
    .sort((a, b) => b.area - a.area || a.name.localeCompare(b.name, 'en'))
    .map((p, rank) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p.point }, properties: { name: p.name, kind: 'country', rank, sharing: 0 } }));
}

/**
 * One label per city the data give as a cluster's seat (precision city),
 * at the first such cluster's point, ranked by how many clusters name it
 * (most first; ties by name). A city of the same name in another country
 * is another place.
 */
export function cityPlaces(clusters: readonly { city: string | null; countries: readonly string[]; lon: number; lat: number; precision: string }[]): PlaceFeature[] {
  const cities = new Map<string, { name: string; point: [number, number]; count: number }>();
  for (const c of clusters) {
    if (c.precision !== 'city' || c.city === null) continue;
    const key = `${c.city}|${c.countries.join(';')}`;
    const city = cities.get(key);
    if (city) city.count++;
    else cities.set(key, { name: c.city, point: [c.lon, c.lat], count: 1 });
  }
  const sharing = (point: [number, number]) => clusters.filter((c) => c.lon === point[0] && c.lat === point[1]).length;
  return [...cities.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .map((c, rank) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c.point },
      properties: { name: c.name, kind: 'city', rank, sharing: sharing(c.point) },
    }));
}

/** The map's place names: countries, then cities. */
export function placesGeoJson(
  countries: readonly BasemapFeature[],
  clusters: Parameters<typeof cityPlaces>[0],
): FeatureCollection<Point, PlaceProperties> {
  return { type: 'FeatureCollection', features: [...countryPlaces(countries), ...cityPlaces(clusters)] };
}
