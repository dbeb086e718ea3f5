/** The files in public/data/ (written by `npm run data`) checked against their own specs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFrom, repoRoot } from '../helpers/dataset.ts';

const downloads = join(repoRoot, 'public', 'data');
const read = (name: string) => readFileSync(join(downloads, name), 'utf8');

describe('downloads', () => {
  it('re-validate as a dataset with no problem and the same rows as data/', () => {
    const again = buildFrom('public/data');
    const original = buildFrom('data');
    expect(again.problems).toEqual([]);
    for (const [name, table] of original.tables) {
      expect(again.tables.get(name)?.rows.map((r) => r.row), name).toEqual(table.rows.map((r) => r.row));
      expect(JSON.parse(read(`${name}.json`)), name).toEqual(table.rows.map((r) => r.row));
    }
  });

  it('clusters.geojson follows RFC 7946: a FeatureCollection of Points in [longitude, latitude]', () => {
    const geo = JSON.parse(read('clusters.geojson'));
    const clusters = JSON.parse(read('clusters.json')) as { id: string; lat: number; lon: number }[];
    expect(geo.type).toBe('FeatureCollection');
    expect(geo).not.toHaveProperty('crs'); // RFC 7946 §4: WGS 84 only, no crs member
    expect(geo.features).toHaveLength(clusters.length);
    geo.features.forEach((f: { type: string; id: unknown; geometry: { type: string; coordinates: number[] }; properties: unknown }, i: number) => {
      const c = clusters[i];
      expect(f.type).toBe('Feature');
      expect(f.id).toBe(c?.id);
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toEqual([c?.lon, c?.lat]);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(typeof f.properties).toBe('object');
    });
  });
});
