/**
 * A world (or locator) map as plain data — SVG path strings and marker
 * positions — computed at build time with d3-geo, so pages ship the map in
 * their HTML and tests can snapshot it.
 */
import { geoBounds, geoEqualEarth, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { relativePath } from './svg-path.ts';
import type { Feature, Geometry } from 'geojson';
import type { CountryFeature } from './country-shapes.ts';

export interface MarkerInput {
  id: string;
  lon: number;
  lat: number;
}

export interface PlacedMarker<T extends MarkerInput> {
  datum: T;
  x: number;
  y: number;
}

export interface MapModel<T extends MarkerInput> {
  width: number;
  height: number;
  sphere: string;
  graticule: string;
  countries: { code: string; name: string; d: string }[];
  markers: PlacedMarker<T>[];
}

export interface MapOptions {
  width: number;
  /** Countries to fit the view to (locator maps); the whole world when absent. */
  focus?: readonly string[];
  /** Minimum distance between marker centres, in pixels, for markers that would overlap. */
  spread?: number;
  /** Degrees of margin around the focus countries. */
  margin?: number;
  /** [lon, lat] the locator map is about: only the parts of the focus countries near it count. */
  near?: readonly [number, number];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Markers at (nearly) the same point are spread on a small circle so each stays visible and clickable. */
export function spreadMarkers<T extends MarkerInput>(placed: PlacedMarker<T>[], spread: number): PlacedMarker<T>[] {
  const buckets = new Map<string, PlacedMarker<T>[]>();
  for (const m of placed) {
    const key = `${Math.round(m.x / spread)},${Math.round(m.y / spread)}`;
    buckets.set(key, [...(buckets.get(key) ?? []), m]);
  }
  return placed.map((m) => {
    const bucket = buckets.get(`${Math.round(m.x / spread)},${Math.round(m.y / spread)}`) ?? [m];
    if (bucket.length === 1) return m;
    const i = bucket.indexOf(m);
    const radius = spread / (2 * Math.sin(Math.PI / Math.max(bucket.length, 2)));
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / bucket.length;
    return { ...m, x: round(m.x + radius * Math.cos(angle)), y: round(m.y + radius * Math.sin(angle)) };
  });
}

/** The parts of a country near a point: overseas territories would stretch a locator map across oceans. */
function nearParts(shape: CountryFeature, near: readonly [number, number], reach: number): Feature<Geometry>[] {
  const g = shape.geometry;
  const polygons = g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  const parts = polygons.map((coordinates): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
  const close = parts.filter((p) => {
    const [[w, s], [e, n]] = geoBounds(p);
    const dx = Math.max(w - near[0], near[0] - e, 0);
    const dy = Math.max(s - near[1], near[1] - n, 0);
    return Math.hypot(dx, dy) <= reach;
  });
  return close.length > 0 ? close : parts;
}

function focusBox(shapes: Feature<Geometry>[], margin: number): Feature<Geometry> {
  const boxes = shapes.map((s) => geoBounds(s));
  let [[w, s], [e, n]] = boxes[0] ?? [
    [-180, -60],
    [180, 85],
  ];
  for (const [[bw, bs], [be, bn]] of boxes.slice(1)) {
    w = Math.min(w, bw);
    s = Math.min(s, bs);
    e = Math.max(e, be);
    n = Math.max(n, bn);
  }
  [w, s, e, n] = [w - margin, Math.max(s - margin, -85), e + margin, Math.min(n + margin, 85)];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  };
}

/** What a map view draws beneath its markers; the same for every map with the same shapes, width and extent. */
interface Basemap {
  projection: GeoProjection;
  height: number;
  sphere: string;
  graticule: string;
  countries: { code: string; name: string; d: string }[];
}

// Profiles in one country share a locator view: drawing some 240 countries once
// per view instead of once per page keeps the build linear in pages and cheap (npm run bench:scale).
const basemaps = new WeakMap<ReadonlyMap<string, CountryFeature>, Map<string, Basemap>>();

function basemapOf(shapes: ReadonlyMap<string, CountryFeature>, key: string, draw: () => Basemap): Basemap {
  let views = basemaps.get(shapes);
  if (!views) basemaps.set(shapes, (views = new Map()));
  let basemap = views.get(key);
  if (!basemap) views.set(key, (basemap = draw()));
  return basemap;
}

function drawBasemap(shapes: ReadonlyMap<string, CountryFeature>, projection: GeoProjection, height: number): Basemap {
  const path = relativePath(projection, 1);
  const countries = [...shapes]
    .filter(([code]) => code !== 'AQ')
    .map(([code, f]) => ({ code, name: f.properties.name, d: path(f) }))
    .filter((c) => c.d !== '');
  return { projection, height, sphere: path({ type: 'Sphere' }), graticule: path(geoGraticule10()), countries };
}

export function mapModel<T extends MarkerInput>(
  shapes: ReadonlyMap<string, CountryFeature>,
  markers: readonly T[],
  opts: MapOptions,
): MapModel<T> {
  let basemap: Basemap;
  if (opts.focus && opts.focus.length > 0) {
    const focus = opts.focus
      .map((c) => shapes.get(c))
      .filter((f): f is CountryFeature => f !== undefined)
      .flatMap((f) => (opts.near ? nearParts(f, opts.near, 20) : [f]));
    const box = focusBox(focus, opts.margin ?? 4);
    const height = Math.round(opts.width * 0.75);
    basemap = basemapOf(shapes, `${opts.width} ${JSON.stringify(box.geometry)}`, () =>
      drawBasemap(
        shapes,
        geoEqualEarth()
          .fitExtent(
            [
              [0, 0],
              [opts.width, height],
            ],
            box,
          )
          .clipExtent([
            [0, 0],
            [opts.width, height],
          ]),
        height,
      ),
    );
  } else {
    basemap = basemapOf(shapes, `${opts.width} world`, () => {
      // The inhabited world, without the polar seas: from 58° S to 84° N.
      const edges: [number, number][] = [-180, -90, 0, 90, 180].flatMap((lon): [number, number][] => [
        [lon, -58],
        [lon, 0],
        [lon, 84],
      ]);
      const projection = geoEqualEarth().fitWidth(opts.width, { type: 'MultiPoint', coordinates: edges });
      const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'MultiPoint', coordinates: edges });
      const height = Math.ceil(y1 - Math.min(y0, 0));
      projection.clipExtent([
        [0, 0],
        [opts.width, height],
      ]);
      return drawBasemap(shapes, projection, height);
    });
  }
  const { projection, height } = basemap;
  const placed = markers.flatMap((datum) => {
    const p = projection([datum.lon, datum.lat]);
    if (!p) return [];
    const [x, y] = p;
    if (x < 0 || y < 0 || x > opts.width || y > height) return [];
    return [{ datum, x: round(x), y: round(y) }];
  });
  return {
    width: opts.width,
    height,
    sphere: basemap.sphere,
    graticule: basemap.graticule,
    countries: basemap.countries,
    markers: opts.spread ? spreadMarkers(placed, opts.spread) : placed,
  };
}
