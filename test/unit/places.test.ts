/** The interactive map's place names: a label point on each country's land, the cities the data name as seats. */
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { clusterSummaries } from '../../src/lib/cluster-index.ts';
import { basemapGeoJson } from '../../src/lib/map/basemap.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { cityPlaces, countryPlaces, labelPoint, placesGeoJson } from '../../src/lib/map/places.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const basemap = basemapGeoJson(loadCountryShapes('110m')).features;
const clusters = clusterSummaries(atlasFrom(buildFrom('data')));

describe('country names', () => {
  const places = countryPlaces(basemap);

  it('one per country of the basemap, named as the basemap names it, on its land', () => {
    expect(places).toHaveLength(basemap.length);
    const byName = new Map(places.map((p) => [p.properties.name, p]));
    for (const f of basemap) {
      const place = byName.get(f.properties.name);
      expect(place, f.properties.name).toBeDefined();
      // d3-geo winds the other way round from RFC 7946: the point must lie in the country's own shape.
      expect(geoContains(loadCountryShapes('110m').get(f.properties.code) ?? { type: 'Sphere' }, place?.geometry.coordinates as [number, number]), f.properties.name).toBe(true);
    }
  });

  it('labels bent countries on their land and ranks the largest first', () => {
    for (const name of ['Croatia', 'Norway', 'Italy', 'Chile']) expect(places.some((p) => p.properties.name === name)).toBe(true);
    expect(places[0]?.properties.name).toBe('Russia');
    expect(places.map((p) => p.properties.rank)).toEqual(places.map((_, i) => i));
  });

  it('puts the label of a square ring in its middle, and of a ring with a hole beside the hole', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const [x, y] = labelPoint([square]);
    expect(Math.abs(x - 5)).toBeLessThan(0.5);
    expect(Math.abs(y - 5)).toBeLessThan(0.5);
    const hole = [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
      [3, 3],
    ];
    const [hx, hy] = labelPoint([square, hole]);
    expect(hx > 3 && hx < 7 && hy > 3 && hy < 7).toBe(false);
  });
});

describe('city names', () => {
  it('the cities the data give as seats, each once per country', () => {
    const places = cityPlaces(clusters);
    const names = places.map((p) => p.properties.name);
    const seats = clusters.filter((c) => c.precision === 'city');
    expect(new Set(names)).toEqual(new Set(seats.map((c) => c.city)));
    // data/clusters.csv: Lyonbiopôle, ERAI (city precision) at Lyon; i-Care and bioXclusters are only a region and countries there.
    const lyon = seats.filter((c) => c.city === 'Lyon').map((c) => c.id);
    expect(lyon.sort()).toEqual(['erai', 'lyonbiopole']);
    // Its label must clear all four markers drawn at its point.
    expect(places.find((p) => p.properties.name === 'Lyon')?.properties.sharing).toBe(4);
    expect(names).not.toContain(null);
    expect(places.every((p) => p.properties.kind === 'city')).toBe(true);
  });

  it('names no city for clusters known only by region or country, and none for no clusters', () => {
    const regionOnly = clusters.filter((c) => c.precision !== 'city');
    expect(regionOnly.length).toBeGreaterThan(0);
    expect(cityPlaces(regionOnly)).toEqual([]);
    expect(cityPlaces([])).toEqual([]);
  });

  it('keeps two cities of one name in different countries apart', () => {
    const two = cityPlaces([
      { city: 'Cambridge', countries: ['GB'], lon: 0.12, lat: 52.2, precision: 'city' },
      { city: 'Cambridge', countries: ['US'], lon: -71.1, lat: 42.37, precision: 'city' },
      { city: 'Cambridge', countries: ['GB'], lon: 0.13, lat: 52.21, precision: 'city' },
    ]);
    expect(two.map((p) => [p.properties.name, p.geometry.coordinates, p.properties.rank, p.properties.sharing])).toEqual([
      ['Cambridge', [0.12, 52.2], 0, 1],
      ['Cambridge', [-71.1, 42.37], 1, 1],
    ]);
  });
});

it('the file holds the countries, then the cities', () => {
  const all = placesGeoJson(basemap, clusters);
  expect(all.type).toBe('FeatureCollection');
  const kinds = all.features.map((f) => f.properties.kind);
  expect(kinds.indexOf('city')).toBe(basemap.length);
});
