/**
 * The site hosted under a sub-path: built with BASE_PATH=/atlas/ into a
 * directory of its own, the link checker finds no broken internal link,
 * asset or anchor, and the key pages load under /atlas/ in Chromium with
 * every request answered (the map's worker and basemap included). The usual
 * build in dist/ passes the link checker too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { dist, launchTestBrowser } from '../helpers/browser.ts';
import { buildSite } from '../helpers/site-build.ts';

const BASE = '/atlas/';
const SITE = 'https://atlas.example.org';
let workDir: string;
let built: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'atlas-base-'));
  built = await buildSite({ outRoot: workDir, base: BASE, site: SITE });
  server = await startStaticServer(built, { base: BASE });
  browser = await launchTestBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a build under /atlas/', () => {
  it('has no broken internal link, asset or anchor, canonical URLs included', () => {
    expect(checkLinks(built, { base: BASE, site: SITE }).map(formatProblem)).toEqual([]);
  });

  for (const path of ['', 'clusters/medicon-valley/', 'success-factors/', 'value-chains/mix-innovation-chain/', 'no-such-page/']) {
    it(`/atlas/${path} loads with every request answered`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      const url = `${server.origin}${BASE}${path}`;
      page.on('console', (m) => {
        // The 404 page's own status is logged too; failures are counted from the responses below.
        if (m.type() === 'error' && m.location().url !== url) problems.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url() !== url) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(path === 'no-such-page/' ? 404 : 200);
      // The stylesheet applied: the skip link sits off-screen until focused.
      await expect(page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().bottom <= 0)).resolves.toBe(true);
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it('/atlas/compare/ loads each cluster’s column from under the base path and links within it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${server.origin}${BASE}compare/?clusters=biocat,biom`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-view] thead th[data-column]').length === 2);
    const hrefs = await page.locator('[data-compare-view] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(2);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}compare/`);
    await context.close();
    expect(failed).toEqual([]);
  });

  it('/atlas/map/ starts MapLibre with its worker and basemap from under the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}${BASE}map/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await page.locator('[data-gl][data-rendered-clusters]').waitFor({ state: 'attached' });
    await context.close();
    expect(problems).toEqual([]);
    expect(requests).toContain(`${BASE}basemap/countries.geojson`);
    expect(requests.some((p) => p.startsWith(`${BASE}_astro/maplibre-gl-worker`))).toBe(true);
    expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
  });
});

describe('the usual build in dist/', () => {
  it('has no broken internal link, asset or anchor', () => {
    expect(checkLinks(dist, { base: '/' }).map(formatProblem)).toEqual([]);
  });
});
