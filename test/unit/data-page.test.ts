/** The data page's model over the real tables and changelog, checked against data/ by hand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPage } from '../../src/lib/data-page.ts';
import type { DownloadManifest } from '../../src/lib/download-manifest.ts';
import { atlasFrom, buildFrom, repoRoot } from '../helpers/dataset.ts';

const built = buildFrom('data');
const manifest: DownloadManifest = {
  created: '2026-01-02T03:04:05Z',
  // Every file the catalogue lists weighs 1,000 bytes here: the sizes are the data build's business, not the page's.
  bytes: new Proxy({}, { get: () => 1000 }),
  // The source tables' rows as the build counts them; a derived table (facts-with-clusters) 0.
  rows: new Proxy(Object.fromEntries([...built.tables].map(([name, table]) => [name, table.rows.length])), {
    get: (rows, name: string) => rows[name] ?? 0,
  }),
};
const changelog = readFileSync(join(repoRoot, 'data', 'CHANGELOG.md'), 'utf8');
const p = dataPage(atlasFrom(built), manifest, changelog, 'https://atlas.example/');

describe('dataPage', () => {
  it('cites each of the five sources of sources.csv by its short name', () => {
    expect(p.sources.map((s) => [s.source.id, s.short])).toEqual([
      ['hse-2019', 'HSE 2019'],
      ['bioxclusters', 'bioXclusters'],
      ['cebr-2020', 'CEBR 2020'],
      ['mix-2016', 'MIX 2016'],
      ['ami4europe-d2.2', 'AMI-4EUROPE D2.2'],
    ]);
    for (const s of p.sources) expect(s.bibtex).toMatch(/^@\w+\{/);
  });

  it('cites the atlas with the year of the build and its address', () => {
    expect(p.citation).toMatchObject({ year: '2026', url: 'https://atlas.example/' });
    expect(dataPage(atlasFrom(built), manifest, changelog, undefined).citation.url).toBeUndefined();
  });

  it('counts the methodology notes and lists the clusters table with its rows', () => {
    // methodology-notes.csv: 118 rows; clusters.csv: 69.
    expect(p.notes).toBe(118);
    expect(p.catalogue.datasets.find((d) => d.name === 'clusters')?.rows).toBe(69);
  });

  it('reads data/CHANGELOG.md newest first, with column names as code', () => {
    const [latest] = p.changelog;
    expect(latest?.version).toBe('3.1.0');
    expect(latest?.items).toContainEqual([{ text: 'assessment-links: table added (29 rows)' }]);
  });
});
