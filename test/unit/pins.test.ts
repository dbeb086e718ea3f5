/** The zoomable map's pins as GeoJSON (src/lib/map/pins.ts), on the real clusters, and what is drawn, read back. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { summaries } from '../../src/lib/atlas-summaries.ts';
import { bubbleRadius, clustersDrawn, GROUPING_RADIUS, PIN_RADIUS, PIN_SYMBOLS, pinFeatures, pinImage, uniqueDrawn } from '../../src/lib/map/pins.ts';

/** The rows of data/clusters.csv: the expected values come from there, not from the summaries the code derives. */
const rows = Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'clusters.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const row = (id: string) => rows.find((r) => r['id'] === id) ?? {};

describe('pin features', () => {
  it('one point per cluster shown, at the coordinates of data/clusters.csv, named and with its symbol', () => {
    const all = pinFeatures(summaries, new Set(summaries.map((c) => c.id)));
    expect(all.features.map((f) => f.properties.id).sort()).toEqual(rows.map((r) => r['id']).sort());
    for (const f of all.features) {
      const r = row(f.properties.id);
      expect(f.geometry.coordinates, f.properties.id).toEqual([Number(r['lon']), Number(r['lat'])]);
      expect(f.properties.name).toBe(r['name']);
    }
    const image = (id: string) => all.features.find((f) => f.properties.id === id)?.properties.image;
    // Medicon Valley spans Denmark and Sweden: a ring round a group-2 disc; MassBio a group-1 disc; Biocat lies outside the sample.
    expect(row('medicon-valley')['countries']).toBe('DK;SE');
    expect(image('medicon-valley')).toBe('pin-g2-ring');
    expect(image('massbio')).toBe('pin-g1');
    expect(row('biocat')['in_sample']).toBe('false');
    expect(image('biocat')).toBe('pin-outside');
  });

  it('only the clusters shown: what the filters leave is what MapLibre groups', () => {
    const shown = new Set(['medicon-valley', 'biocat']);
    expect(pinFeatures(summaries, shown).features.map((f) => f.properties.id)).toEqual(summaries.filter((c) => shown.has(c.id)).map((c) => c.id));
    expect(pinFeatures(summaries, new Set()).features).toEqual([]);
  });

  it('every symbol a cluster has is among the images added to the map, each image name once', () => {
    const names = PIN_SYMBOLS.map(pinImage);
    expect(new Set(names).size).toBe(8);
    for (const f of pinFeatures(summaries, new Set(summaries.map((c) => c.id))).features) expect(names).toContain(f.properties.image);
  });

  it('pins left apart are farther apart than the symbols are wide, and at least 24 px (WCAG 2.5.8)', () => {
    expect(GROUPING_RADIUS).toBeGreaterThanOrEqual(2 * PIN_RADIUS);
    expect(GROUPING_RADIUS).toBeGreaterThanOrEqual(24);
    expect(bubbleRadius(2)).toBeLessThanOrEqual(bubbleRadius(10));
    expect(bubbleRadius(10)).toBeLessThanOrEqual(bubbleRadius(1000));
  });
});

describe('what is drawn', () => {
  const pin = (id: string, lon = 0) => ({ properties: { id, name: id.toUpperCase() }, geometry: { type: 'Point', coordinates: [lon, 1] } });
  const bubble = (clusterId: number, count: number) => ({
    properties: { cluster: true, cluster_id: clusterId, point_count: count, point_count_abbreviated: String(count) },
    geometry: { type: 'Point', coordinates: [5, 6] },
  });

  it('counts a pin or a bubble drawn in two tiles once, and a bubble as the clusters it holds', () => {
    const drawn = uniqueDrawn([pin('a'), pin('b', 2), pin('a'), bubble(7, 4), bubble(7, 4), bubble(9, 52)]);
    expect(drawn).toEqual([
      { kind: 'pin', id: 'a', name: 'A', lon: 0, lat: 1 },
      { kind: 'pin', id: 'b', name: 'B', lon: 2, lat: 1 },
      { kind: 'bubble', clusterId: 7, count: 4, lon: 5, lat: 6 },
      { kind: 'bubble', clusterId: 9, count: 52, lon: 5, lat: 6 },
    ]);
    expect(clustersDrawn(drawn)).toBe(2 + 4 + 52);
    expect(clustersDrawn(uniqueDrawn([]))).toBe(0);
  });
});
