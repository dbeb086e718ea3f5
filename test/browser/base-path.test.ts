/**
 * The site hosted under a sub-path: the suite's one extra build (the hostile
 * dataset built with BASE_PATH=/atlas/, test/helpers/extra-site.ts) has no
 * broken internal link, asset or anchor for the link checker, and the key
 * pages load under /atlas/ in Chromium with every request answered (the map's
 * worker and basemap included). test/built/links.test.ts checks dist/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { connectTestBrowser, gotoReady } from '../helpers/browser.ts';
import { EXTRA_BASE as BASE, extraSite, type ExtraSite } from '../helpers/extra-site.ts';

let site: ExtraSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([extraSite(), connectTestBrowser()]);
});

afterAll(async () => {
  await browser?.close();
});

describe('a build under /atlas/', () => {
  it('has no broken internal link, asset or anchor, canonical URLs included', () => {
    expect(checkLinks(site.dist, { base: BASE, site: site.site }).map(formatProblem)).toEqual([]);
  });

  for (const path of ['', 'clusters/medicon-valley/', 'success-factors/', 'value-chains/mix-innovation-chain/', 'no-such-page/']) {
    it(`/atlas/${path} loads with every request answered`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      const url = `${site.origin}${BASE}${path}`;
      page.on('console', (m) => {
        // The 404 page's own status is logged too; failures are counted from the responses below.
        if (m.type() === 'error' && m.location().url !== url) problems.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && r.url() !== url) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
      const response = await gotoReady(page, url);
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
    await gotoReady(page, `${site.origin}${BASE}compare/?clusters=biocat,biom`);
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
    await gotoReady(page, `${site.origin}${BASE}map/`);
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await page.locator('[data-gl][data-rendered-clusters]').waitFor({ state: 'attached' });
    await context.close();
    expect(problems).toEqual([]);
    expect(requests).toContain(`${BASE}basemap/countries.geojson`);
    expect(requests.some((p) => p.startsWith(`${BASE}_astro/maplibre-gl-worker`))).toBe(true);
    expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
  });
});
