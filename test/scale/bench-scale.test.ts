/**
 * The scale benchmark end to end at a small factor (1× and 2×), a command of
 * its own (`npm run test:scale`, vitest.scale.config.ts) since it builds the
 * site twice: synthetic data written, two whole builds elsewhere than
 * data/ and dist/, pages weighed in Chromium, Lighthouse run, bench/scale.json
 * written. It checks that every figure is there and sensible, never how fast
 * anything was: speed is the benchmark's to report. Then the 2× site, twice
 * today's clusters, is read as a visitor would: the crowded map groups, the
 * map's list and the table of all clusters page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Growth, ScaleRun } from '../../scripts/scale/scale-report.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { gotoReady, withoutTimeLimits } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-scale-test-'));
/** The builds the bench keeps (--keep), by factor. */
const kept = new Map<number, string>();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const dir of kept.values()) rmSync(dir, { recursive: true, force: true });
});

describe('npm run bench:scale at 1× and 2×', () => {
  it('builds both sizes elsewhere, measures every figure and writes the report with the growth of each', { timeout: 20 * 60_000 }, async () => {
    const out = join(work, 'scale.json');
    const dataBefore = statSync(join(repoRoot, 'data', 'clusters.csv')).mtimeMs;
    // Vitest's own variables would be read by Astro as the site's; the script drops them itself.
    const { stdout } = await run(process.execPath, [join(repoRoot, 'scripts', 'bench-scale.ts'), '--factors', '1,2', '--seed', '3', '--out', out, '--keep'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const [, factor, dir] of stdout.matchAll(/^(\d+)×: generating, building and measuring in (.+)$/gm)) kept.set(Number(factor), dir ?? '');
    expect(stdout).toContain('Growth from 1× to 2×');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { runs: ScaleRun[]; growth: Growth[]; missed: string[] };
    const [one, two] = report.runs;
    expect(one?.factor).toBe(1);
    expect(two?.factor).toBe(2);
    const realClusters = readFileSync(join(repoRoot, 'data', 'clusters.csv'), 'utf8').trim().split('\n').length - 1;
    expect(one?.rows.clusters).toBe(realClusters);
    expect(two?.rows.clusters).toBe(2 * realClusters);
    for (const r of report.runs) {
      expect(r.distFiles).toBeGreaterThan(100);
      expect(r.searchIndexBytes).toBeGreaterThan(0);
      expect(r.distBytes).toBeGreaterThan(r.searchIndexBytes);
      expect(r.pages.map((p) => p.path).slice(0, 3)).toEqual(['/', '/map/', '/clusters/']);
      for (const page of r.pages) expect(page.htmlBytes, page.path).toBeGreaterThan(1000);
      expect(r.pages.find((p) => p.path === '/map/')?.jsBytes).toBeGreaterThan(0);
      expect(r.lighthouse.map((l) => l.path)).toEqual(['/map/', '/clusters/']);
      for (const l of r.lighthouse) {
        expect(l.error, l.path).toBeUndefined();
        expect(l.performance).toBeGreaterThan(0);
        expect(l.performance).toBeLessThanOrEqual(1);
      }
    }
    // Twice the clusters: twice the profile pages, so more files; the growth table says so.
    expect(two?.distFiles).toBeGreaterThan(one?.distFiles ?? Infinity);
    const files = report.growth.find((g) => g.figure === 'dist files');
    expect(files?.ratio).toBeCloseTo((two?.distFiles ?? 0) / (one?.distFiles ?? 1), 10);
    expect(report.growth.map((g) => g.figure)).toEqual(expect.arrayContaining(['html /map/', 'js /map/', 'html /clusters/', 'build seconds']));
    expect(Array.isArray(report.missed)).toBe(true);
    // The real data and the site's own build stay as they were.
    expect(statSync(join(repoRoot, 'data', 'clusters.csv')).mtimeMs).toBe(dataBefore);
  });
});

describe('the site at twice today\'s clusters', () => {
  let server: RunningServer;
  let browser: Browser;
  let clusters: { id: string; name: string; countries: string[] }[];
  beforeAll(async () => {
    const dir = kept.get(2);
    if (!dir) throw new Error('the bench kept no 2× build: the test above failed');
    clusters = JSON.parse(readFileSync(join(dir, 'out', 'dist', 'map', 'clusters.json'), 'utf8')) as typeof clusters;
    server = await startStaticServer(join(dir, 'out', 'dist'));
    browser = withoutTimeLimits(await launchChromium());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (path: string, width = 1366): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await gotoReady(page, server.origin + path);
    return page;
  };

  it('the map draws every cluster once, singly or in its country’s numbered marker, and a numbered marker shows that country', async () => {
    const page = await open('/map/');
    const drawn = await page.locator('svg.world-map:visible a').evaluateAll((els) =>
      els.flatMap((a) => (a.hasAttribute('data-members') ? (a.getAttribute('data-members') ?? '').split(' ') : [a.getAttribute('data-id') ?? ''])),
    );
    expect(drawn.sort()).toEqual(clusters.map((c) => c.id).sort());
    const pin = page.locator('svg.world-map:visible a[data-group]').first();
    const country = (await pin.getAttribute('data-group')) ?? '';
    const members = ((await pin.getAttribute('data-members')) ?? '').split(' ');
    expect(members.length).toBeGreaterThan(1);
    await expect(pin.getAttribute('aria-label')).resolves.toMatch(new RegExp(`^[^:]+: ${members.length} clusters, too many to draw apart here`));
    await pin.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe(country);
    const inCountry = clusters.filter((c) => c.countries.includes(country)).map((c) => c.id);
    const shown = () => page.locator('[data-cluster-list] li[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await expect.poll(async () => (await shown()).sort()).toEqual(inCountry.slice(0, 100).sort());
    await expect.poll(() => page.locator('[data-gl] canvas').count()).toBe(1);
    await page.close();
  });

  it('the map’s list holds the first 100 clusters and shows the rest on request', async () => {
    const page = await open('/map/');
    const shown = () => page.locator('[data-cluster-list] li[data-id]:not([hidden])').count();
    await expect(shown()).resolves.toBe(100);
    await expect(page.locator('[data-list-status]').textContent()).resolves.toBe(`The first 100 of ${clusters.length}, by name:`);
    await page.getByRole('button', { name: `Show ${clusters.length - 100} more` }).click();
    await expect.poll(shown).toBe(clusters.length);
    const names = await page.locator('[data-cluster-list] li[data-id] a').allTextContents();
    expect(names).toEqual(clusters.map((c) => c.name));
    await expect(page.locator('[data-list-next]').isHidden()).resolves.toBe(true);
    await page.close();
  });

  it('the table of all clusters comes in pages, and a filter or a sort takes in every page', async () => {
    const page = await open('/clusters/');
    const rows = () => page.locator('table.clusters tbody tr:not([hidden])').count();
    await expect(rows()).resolves.toBe(100);
    await expect(page.getByRole('navigation', { name: 'Pages of the table' }).getByRole('link').allTextContents()).resolves.toEqual(['Page 1', 'Page 2', 'Next page']);
    const second = await open('/clusters/page/2/');
    await expect(second.locator('table.clusters tbody tr').count()).resolves.toBe(clusters.length - 100);
    await expect(second.title()).resolves.toMatch(/^All clusters, page 2 of 2/);
    // From page 2, a filter fetches page 1 too, and its rows go before this page's: the whole table in name order.
    await second.getByLabel('Filter by name, place or country').fill('Synthetic');
    await expect.poll(() => second.locator('table.clusters tbody tr:not([hidden])').count()).toBe(clusters.length);
    await expect(second.locator('table.clusters tbody th a').allTextContents()).resolves.toEqual(clusters.map((c) => c.name));
    await second.close();
    const last = clusters.at(-1);
    await page.getByLabel('Filter by name, place or country').fill(last?.name ?? '');
    await expect.poll(() => page.locator('table.clusters tbody tr:not([hidden]) th a').allTextContents()).toEqual([last?.name]);
    await page.getByLabel('Filter by name, place or country').fill('');
    await expect.poll(rows).toBe(clusters.length);
    await expect(page.locator('[data-table-count]').textContent()).resolves.toBe(`${clusters.length} of ${clusters.length} clusters`);
    await expect(page.locator('[data-table-pager]').isHidden()).resolves.toBe(true);
    await page.close();
  });
});
