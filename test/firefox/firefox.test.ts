/**
 * The built site in a second engine, Debian's Firefox ESR over WebDriver BiDi (`npm run test:firefox`, after a
 * build): every page loads with no console error or warning, no page error, no failed or cross-origin request and no
 * CSP violation; the map page's static map and filters work, and its zoomable map either starts or, where the browser
 * has no WebGL2 (headless Firefox ESR here), is replaced by a sentence saying so; the compare view restores its
 * columns from the address; the assessment answers and shows its result. One Firefox for the whole file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { cspViolations, gotoReady, launchFirefox, watchProblems } from '../helpers/firefox.ts';
import { dist, htmlPages } from '../helpers/pages.ts';
import { tabPool } from '../helpers/tab-pool.ts';

const pages = htmlPages(dist);
const clusters = JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', 'clusters.json'), 'utf8')) as { id: string; name: string; group: string | null }[];
const DESKTOP = { width: 1280, height: 900 };
/** Tabs loading pages at once: Firefox's content processes share this machine's two cores with the test run. */
const TABS = 3;

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startStaticServer(dist), launchFirefox()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page at `path` (desktop size), ready; `problems` as watchProblems records them. */
async function open(path: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(DESKTOP);
  const problems = await watchProblems(page, server.origin);
  await gotoReady(page, server.origin + path);
  return { page, problems, close: () => context.close() };
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent?.trim() ?? ''));
const isShown = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).checkVisibility());

it('runs in Firefox', async () => {
  expect(await browser.version()).toMatch(/^firefox\//);
});

describe.concurrent('every built page in Firefox', () => {
  // Pages load in turn in a few tabs of one context, as in test/browser/pages.test.ts: the site keeps no state in the
  // browser, so nothing passes from one page to the next but the HTTP cache, as for a visitor.
  let shared: BrowserContext;
  const { borrow, giveBack } = tabPool<{ page: Page; problems: string[] }>();
  beforeAll(async () => {
    shared = await browser.createBrowserContext();
    for (let i = 0; i < TABS; i++) {
      const page = await shared.newPage();
      giveBack({ page, problems: await watchProblems(page, server.origin) });
    }
  });
  afterAll(async () => {
    await shared?.close();
  });

  for (const path of pages)
    it(`${path} loads cleanly`, async ({ expect }) => {
      const tab = await borrow();
      try {
        const status = await gotoReady(tab.page, server.origin + path);
        tab.problems.push(...(await cspViolations(tab.page)));
        expect([status, ...tab.problems]).toEqual([200]);
      } finally {
        // Leaving the page ends whatever it still has under way before the next page's record starts.
        await tab.page.goto('about:blank');
        tab.problems.length = 0;
        giveBack(tab);
      }
    });
});

describe('the map page in Firefox', () => {
  const shownIds = (page: Page) => page.$$eval('[data-map-page] li[data-id]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset['id'] ?? '').sort());
  const visibleMarkers = (page: Page) => page.$$eval('svg.world-map.wide a[data-id]:not([hidden])', (els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());
  const maplibreLoaded = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /maplibre/.test(e.name)));

  it('shows the static map and filters it with the list; the zoomable map starts, or the page says it cannot', async () => {
    const { page, problems, close } = await open('/map/');
    expect(await isShown(page, 'svg.world-map.wide')).toBe(true);
    expect(await visibleMarkers(page)).toHaveLength(clusters.length);
    expect(await shownIds(page)).toHaveLength(clusters.length);

    // A browser without WebGL2 gets a sentence instead of the button, and never loads MapLibre (src/client/map/webgl-support.ts).
    const webgl2 = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
    if (webgl2) {
      await page.click('[data-start-map]');
      await expect.poll(() => page.$eval('[data-gl]', (e) => e.getAttribute('data-rendered-clusters'))).toBe(String(clusters.length));
    } else {
      expect(await texts(page, '[data-start-hint]')).toEqual(['This browser cannot show the zoomable map; the map above, the filters and the list work as usual.']);
      expect(await isShown(page, '[data-start-hint]')).toBe(true);
      expect(await isShown(page, '[data-start-map]')).toBe(false);
      expect(await maplibreLoaded(page)).toBe(false);
    }

    const group1 = clusters.filter((c) => c.group === 'global-high-technology-medicine-clusters').map((c) => c.id).sort();
    await page.click('input[name="group"][value="1"]');
    await expect.poll(() => shownIds(page)).toEqual(group1);
    expect(await visibleMarkers(page)).toEqual(group1);
    expect(new URL(page.url()).search).toBe('?group=1');
    expect(await texts(page, '[data-summary]')).toEqual(['· Group: 1. Global High-Technology Medicine Clusters']);
    await page.click('[data-clear]');
    await expect.poll(() => shownIds(page)).toHaveLength(clusters.length);
    expect(new URL(page.url()).search).toBe('');
    expect([...problems, ...(await cspViolations(page))]).toEqual([]);
    await close();
  });
});

describe('the compare view in Firefox', () => {
  it('restores both clusters of the address as columns', async () => {
    const { page, problems, close } = await open('/compare/?clusters=medicon-valley,biom');
    const names = (id: string) => clusters.find((c) => c.id === id)?.name;
    await expect.poll(() => texts(page, '[data-compare-view] thead th[data-column] a')).toEqual([names('medicon-valley'), names('biom')]);
    expect(new URL(page.url()).search).toBe('?clusters=medicon-valley,biom');
    expect(await texts(page, '[data-compare-messages]')).toEqual(['']);
    // Every row of values (not the rows that head a section) has a cell per cluster.
    const cells = await page.$$eval('[data-compare-view] tbody tr:has(td)', (rows) => rows.map((r) => r.querySelectorAll('td').length));
    expect(cells.length).toBeGreaterThan(5);
    expect(new Set(cells)).toEqual(new Set([2]));
    expect([...problems, ...(await cspViolations(page))]).toEqual([]);
    await close();
  });
});

describe('/assess/ in Firefox', () => {
  it('takes the answers from clicks and shows the closest group, keeping them in the address', async () => {
    const { page, problems, close } = await open('/assess/');
    // A cluster like group 1 (test/browser/assess.test.ts): each answer a click on its radio button.
    const answers = { 'cluster-size': 'yes', 'ppp-based-management': 'yes', 'home-country': 'de-us-kr', 'establishment-initiative': 'public', 'biomedical-rd': 'yes' };
    for (const [name, value] of Object.entries(answers)) await page.click(`input[type="radio"][name="${name}"][value="${value}"]`);
    await expect.poll(() => texts(page, '[role="status"]')).toEqual([expect.stringMatching(/^Closest to group 1, Global High-Technology Medicine Clusters:/)]);
    expect(await page.$$eval('[data-points] li', (els) => els.length)).toBe(5);
    const query = new URLSearchParams(new URL(page.url()).search);
    expect(Object.fromEntries(query)).toEqual(answers);
    expect([...problems, ...(await cspViolations(page))]).toEqual([]);
    await close();
  });
});
