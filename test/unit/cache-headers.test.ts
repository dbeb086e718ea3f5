/**
 * Caching as a CDN would apply it from the built `_headers`: content-hashed
 * assets for a year and immutable, pages and data downloads revalidated,
 * and never two Cache-Control values for one file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/security-policy.ts';
import { headersFor } from '../helpers/headers.ts';
import { repoRoot } from '../helpers/dataset.ts';

const dist = join(repoRoot, 'dist');
const headers = readFileSync(join(dist, '_headers'), 'utf8');
const urlOf = (file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const filesUnder = (dir: string) =>
  readdirSync(join(dist, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
const cacheOf = (path: string) => headersFor(headers, path).filter(([name]) => name === 'cache-control').map(([, value]) => value);

describe('cache headers of the built site', () => {
  it('marks every hashed asset of Astro and of the Pagefind index immutable for a year', () => {
    const hashed = [...filesUnder('_astro'), ...['fragment', 'index', 'filter'].flatMap((d) => filesUnder(join('pagefind', d)))];
    expect(hashed.length).toBeGreaterThan(20);
    for (const file of hashed) expect(cacheOf(urlOf(file)), urlOf(file)).toEqual([IMMUTABLE]);
  });

  it('makes caches revalidate every page, embed and data download', () => {
    const pages = filesUnder('.').filter((f) => f.endsWith('.html'));
    const downloads = filesUnder('data').filter((f) => !f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    expect(downloads.map((f) => f.split(sep).at(-1))).toContain('clusters.csv');
    for (const file of [...pages, ...downloads]) expect(cacheOf(urlOf(file)), urlOf(file)).toEqual([REVALIDATE]);
  });

  it('never marks a file whose name does not change with its content immutable', () => {
    const unhashed = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/embed.js', '/basemap/countries.geojson'];
    for (const path of unhashed) {
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(cacheOf(path), path).not.toContain(IMMUTABLE);
    }
  });
});
