import { getIssues } from '@placemarkio/check-geojson';
import { polygonContains } from 'd3-polygon';
import { describe, expect, it } from 'vitest';
import { clustersGeoJson } from '../../src/lib/downloads.ts';
import { basemapFeature, basemapGeoJson } from '../../src/lib/map/basemap.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { mapModel, spreadMarkers } from '../../src/lib/map/world-map.ts';
import type { Cluster } from '../../src/lib/schema/tables.ts';

const cluster = (id: string, lon: number, lat: number, countries = ['FR']): Cluster => ({
  id,
  name: id,
  short_name: null,
  other_names: [],
  countries,
  city: null,
  lat,
  lon,
  location_precision: 'city',
  location_note: null,
  group: null,
  group_basis: null,
  in_sample: false,
  kind: 'cluster',
  source: 'hse-2019',
  locator: 'fig. 2.1',
  note: null,
  location_basis: 'source',
  described_as: 'cluster',
});

describe('clustersGeoJson', () => {
  it('writes RFC 7946 points as [longitude, latitude] with the cluster id and every other column as properties', () => {
    const geo = clustersGeoJson([cluster('lyon', 4.8357, 45.764), cluster('medicon', 12.56, 55.68, ['DK', 'SE'])]);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]).toEqual({
      type: 'Feature',
      id: 'lyon',
      geometry: { type: 'Point', coordinates: [4.8357, 45.764] },
      properties: expect.objectContaining({ id: 'lyon', countries: ['FR'] }),
    });
    expect(geo.features[0]?.properties).not.toHaveProperty('lat');
    expect(geo.features[1]?.properties.countries).toEqual(['DK', 'SE']);
  });
});

describe('basemapGeoJson', () => {
  const shapes = loadCountryShapes('110m');
  const basemap = basemapGeoJson(shapes);

  it('keeps every country but Antarctica, keyed by its ISO code, with coordinates rounded to 0.01°', () => {
    expect(basemap.features.length).toBe(shapes.size - 1);
    expect(basemap.features.find((f) => f.properties.code === 'AQ')).toBeUndefined();
    const json = JSON.stringify(basemap);
    expect(json).not.toMatch(/\d\.\d{3,}/);
  });

  it('still contains the capitals of the countries it draws', () => {
    // Planar point-in-polygon: the rings are now plain [lon, lat] rings, cut at ±180°.
    const contains = (code: string, point: [number, number]) => {
      const g = basemap.features.find((f) => f.properties.code === code)?.geometry;
      const polygons = g?.type === 'MultiPolygon' ? g.coordinates : g ? [g.coordinates] : [];
      return polygons.some(
        ([outer, ...holes]) =>
          outer !== undefined && polygonContains(outer as [number, number][], point) && !holes.some((h) => polygonContains(h as [number, number][], point)),
      );
    };
    expect(contains('FR', [2.35, 48.86])).toBe(true);
    expect(contains('DK', [9.5, 56.2])).toBe(true);
    expect(contains('DK', [13.0, 55.6])).toBe(false); // Malmö, across the Øresund
    expect(contains('RU', [37.6, 55.75])).toBe(true);
    expect(contains('RU', [-175, 66])).toBe(true); // Chukotka, east of the antimeridian
    expect(contains('US', [-98, 39])).toBe(true);
  });

  const rings = basemap.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((polygon) =>
      polygon.map((ring, i) => ({ code: f.properties.code, exterior: i === 0, ring })),
    ),
  );

  it('cuts every ring at the antimeridian: no edge spans more than 180° of longitude (RFC 7946 §3.1.9)', () => {
    const wide = rings.flatMap(({ code, ring }) =>
      ring.slice(1).flatMap((p, k) => (Math.abs((p[0] ?? 0) - (ring[k]?.[0] ?? 0)) > 180 ? [`${code}: ${JSON.stringify([ring[k], p])}`] : [])),
    );
    expect(wide).toEqual([]);
    for (const { ring } of rings) for (const [lon] of ring) expect(Math.abs(lon ?? 0)).toBeLessThanOrEqual(180);
    // Countries that cross it are really cut, into parts on both sides.
    const sides = (code: string) => new Set(rings.filter((r) => r.code === code).map((r) => Math.sign(r.ring[0]?.[0] ?? 0)));
    expect(sides('RU')).toEqual(new Set([1, -1]));
    expect(sides('FJ')).toEqual(new Set([1, -1]));
  });

  it('winds exterior rings counter-clockwise and holes clockwise, each ring closed (RFC 7946 §3.1.6)', () => {
    // Twice the signed area by the shoelace formula: positive for a counter-clockwise ring.
    const signedArea = (ring: number[][]) =>
      ring.slice(1).reduce((sum, p, k) => sum + ((ring[k]?.[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (ring[k]?.[1] ?? 0)), 0);
    const wrong = rings.filter(({ exterior, ring }) => (signedArea(ring) > 0) !== exterior).map((r) => `${r.code} ${r.exterior ? 'exterior' : 'hole'}`);
    expect(wrong).toEqual([]);
    for (const { ring } of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
  });

  it('cuts and rewinds a ring with a hole that crosses the antimeridian', () => {
    // Spherical (d3) winding: exterior clockwise, hole counter-clockwise, as topojson-client gives them.
    const square = (w: number, s: number, e: number, n: number, clockwise: boolean) => {
      const ring = [[w, s], [w, n], [e, n], [e, s], [w, s]];
      return clockwise ? ring : ring.reverse();
    };
    const shape = {
      type: 'Feature' as const,
      properties: { name: 'Test' },
      geometry: { type: 'Polygon' as const, coordinates: [square(170, -20, -170, 0, true), square(175, -15, -175, -5, false)] },
    };
    const f = basemapFeature('XX', shape);
    expect(f?.geometry.type).toBe('MultiPolygon');
    const polygons = f?.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    expect(polygons).toHaveLength(2);
    const shoelace = (ring: number[][]) => ring.slice(1).reduce((sum, p, k) => sum + ((ring[k]?.[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (ring[k]?.[1] ?? 0)), 0);
    for (const polygon of polygons) {
      const lons = polygon.flat().map((p) => p[0] ?? 0);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(10); // one side of ±180° each
      expect(shoelace(polygon[0] ?? [])).toBeGreaterThan(0);
    }
  });

  it('passes a GeoJSON checker', () => {
    expect(getIssues(JSON.stringify(basemap))).toEqual([]);
  });
});

describe('world map model', () => {
  const shapes = loadCountryShapes('110m');

  it('projects markers into the drawing and keeps every one inside it', () => {
    const markers = [
      { id: 'kobe', lon: 135.1955, lat: 34.6901 },
      { id: 'medellin', lon: -75.5812, lat: 6.2442 },
      { id: 'tallinn', lon: 24.7536, lat: 59.437 },
    ];
    const model = mapModel(shapes, markers, { width: 960 });
    expect(model.markers).toHaveLength(3);
    for (const m of model.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(model.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(model.height);
    }
    const x = (id: string) => model.markers.find((m) => m.datum.id === id)?.x ?? NaN;
    expect(x('medellin')).toBeLessThan(x('tallinn'));
    expect(x('tallinn')).toBeLessThan(x('kobe'));
  });

  it('spreads markers at the same point onto a circle so none hides another', () => {
    const placed = [
      { datum: { id: 'a', lon: 0, lat: 0 }, x: 100, y: 100 },
      { datum: { id: 'b', lon: 0, lat: 0 }, x: 100, y: 100 },
      { datum: { id: 'c', lon: 0, lat: 0 }, x: 300, y: 100 },
    ];
    const spread = spreadMarkers(placed, 8);
    const [a, b, c] = spread;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(7.9);
    expect(c).toEqual(placed[2]);
  });

  it('frames a locator map on the focus countries and leaves out markers beyond the frame', () => {
    const model = mapModel(
      shapes,
      [
        { id: 'lille', lon: 3.0573, lat: 50.6292 },
        { id: 'kobe', lon: 135.1955, lat: 34.6901 },
      ],
      { width: 360, focus: ['FR'], margin: 4 },
    );
    expect(model.markers.map((m) => m.datum.id)).toEqual(['lille']);
    expect(model.countries.find((c) => c.code === 'FR')?.d).not.toBe('');
  });
});
