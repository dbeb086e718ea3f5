import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { clustersGeoJson } from '../../src/lib/downloads.ts';
import { basemapGeoJson } from '../../src/lib/geo/basemap.ts';
import { loadCountryShapes } from '../../src/lib/geo/load-country-shapes.ts';
import { mapModel, spreadMarkers } from '../../src/lib/geo/world-map.ts';
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
    const france = basemap.features.find((f) => f.properties.code === 'FR');
    const denmark = basemap.features.find((f) => f.properties.code === 'DK');
    expect(france && geoContains(france, [2.35, 48.86])).toBe(true);
    expect(denmark && geoContains(denmark, [9.5, 56.2])).toBe(true);
    expect(denmark && geoContains(denmark, [13.0, 55.6])).toBe(false); // Malmö, across the Øresund
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
