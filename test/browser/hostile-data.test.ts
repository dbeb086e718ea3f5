/**
 * Every data string is shown as text: the site is built from the hostile
 * dataset of test/fixtures/xss (names, notes, quotes, chart labels and JSON
 * carrying <script>, "><img onerror> and the like) — the suite's one extra
 * build, under /atlas/ (test/helpers/extra-site.ts) — and each page that shows
 * those strings is opened in Chromium. No
 * dialog opens, no element or script is injected, and the strings read as
 * written, in the page, in the charts and in the JSON the scripts read.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestBrowser, gotoReady } from '../helpers/browser.ts';
import { extraSite, type ExtraSite } from '../helpers/extra-site.ts';
import { HOSTILE } from '../fixtures/xss/hostile-strings.ts';

let site: ExtraSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([extraSite(), connectTestBrowser()]);
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page; `dialogs` records any alert() that managed to run, `problems` console errors and page errors. */
async function open(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // The build is under a sub-path (test/helpers/extra-site.ts): paths here are the site's own.
  await gotoReady(page, `${site.origin}${site.base}${path.slice(1)}`);
  return { page, dialogs, problems, close: () => context.close() };
}

/** Elements and attributes the hostile strings would have added had they been parsed as markup. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const { name } of el.attributes) if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
      if (tag === 'iframe') found.push('<iframe>');
      if (tag === 'script' && !el.hasAttribute('src') && el.getAttribute('type') !== 'application/json') found.push('inline <script>');
      if (tag === 'b' && el.closest('h1, option, text, a')) found.push('<b> from a factor name');
      if (tag === 'i' && el.textContent === 'Success Factors') found.push('<i> from a source title');
    }
    return found;
  });

/** How many elements of `selector` have exactly this text (whitespace folded). */
const withText = (page: Page, selector: string, text: string) =>
  page.locator(selector).evaluateAll((els, t) => els.filter((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === t).length, text);

/** Whether some element of `selector` contains this text. */
const containing = (page: Page, selector: string, text: string) =>
  page.locator(selector).evaluateAll((els, t) => els.some((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(t)), text);

async function expectClean(opened: Awaited<ReturnType<typeof open>>) {
  expect(await injected(opened.page)).toEqual([]);
  expect(opened.dialogs).toEqual([]);
  expect(opened.problems).toEqual([]);
}

describe('a dataset of hostile strings', () => {
  it('the profile shows the name, note, quote, case title, chart label and source as text', async () => {
    const opened = await open('/clusters/medicon-valley/');
    const { page } = opened;
    await expect(withText(page, 'h1', HOSTILE.clusterName)).resolves.toBe(1);
    await expect(page.title()).resolves.toContain(HOSTILE.clusterName);
    await expect(containing(page, 'main li, main p', HOSTILE.clusterNote)).resolves.toBe(true);
    await expect(containing(page, 'blockquote, q, main p', HOSTILE.quote)).resolves.toBe(true);
    await expect(containing(page, 'main', HOSTILE.caseTitle)).resolves.toBe(true);
    // The bar chart drawn at build time: its label is SVG text.
    await expect(containing(page, 'svg text', 'Swedish staff <img src=x')).resolves.toBe(true);
    await expect(containing(page, 'footer cite', HOSTILE.sourceTitle)).resolves.toBe(true);
    await expectClean(opened);
    await opened.close();
  });

  it('the clusters index and the home page show the names as text', async () => {
    for (const path of ['/clusters/', '/']) {
      const opened = await open(path);
      await expect(withText(opened.page, 'a', HOSTILE.clusterName)).resolves.toBeGreaterThan(0);
      await expectClean(opened);
      await opened.close();
    }
    const opened = await open('/clusters/');
    await expect(containing(opened.page, 'td, th', HOSTILE.shortName)).resolves.toBe(true);
    // Filtering reads the names back from the table.
    await opened.page.getByLabel('Filter by name, place or country').fill('<script>');
    await expect(opened.page.locator('table.clusters tbody tr:not([hidden])').count()).resolves.toBe(1);
    await expectClean(opened);
    await opened.close();
  });

  it('the compare view shows names, case titles, factor names and an unknown id from the address as text', async () => {
    const bad = '<img src=x onerror=alert(10)>';
    const opened = await open(`/compare/?clusters=medicon-valley,${encodeURIComponent(bad)},istanbul-health-industry-cluster`);
    const { page } = opened;
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-view] thead th[data-column]').length === 2);
    await expect(withText(page, '[data-compare-view] thead a', HOSTILE.clusterName)).resolves.toBe(1);
    await expect(containing(page, '[data-compare-view] td', `Case study «${HOSTILE.caseTitle}»`)).resolves.toBe(true);
    await expect(containing(page, '[data-compare-view] td a', HOSTILE.factorName)).resolves.toBe(true);
    await expect(containing(page, '[data-compare-messages]', `clusters “${bad}” (no such cluster)`)).resolves.toBe(true);
    await expect(page.title()).resolves.toContain(HOSTILE.clusterName);
    await expectClean(opened);
    await opened.close();
  });

  it('the map page: the JSON block cannot be closed early, and the list, filters and popup show the strings as text', async () => {
    const opened = await open('/map/');
    const { page } = opened;
    // The inline block (with the factors' names) parses whole; the clusters come from the URL it names.
    const settings = await page.evaluate(() => JSON.parse(document.getElementById('map-data')?.textContent ?? 'null') as { clustersUrl: string; filterNames: unknown });
    expect(JSON.stringify(settings.filterNames)).toContain(JSON.stringify(HOSTILE.factorName).slice(1, -1));
    const clusters = await page.evaluate((url) => fetch(url).then((r) => r.json() as Promise<{ id: string; name: string; city: string | null }[]>), settings.clustersUrl);
    const medicon = clusters.find((c) => c.id === 'medicon-valley');
    expect(medicon?.name).toBe(HOSTILE.clusterName);
    expect(medicon?.city).toBe(HOSTILE.clusterCity);
    // Nothing injected: the only scripts are the site's own module files and the page's one JSON block.
    const scripts = await page.locator('script').evaluateAll((ss) => ss.map((s) => s.getAttribute('src') ?? s.getAttribute('type')));
    const ownModule = new RegExp(`^${site.base}_astro/[\\w.-]+\\.js$`);
    expect(scripts.filter((s) => !ownModule.test(s ?? ''))).toEqual(['application/json']);
    await expect(withText(page, '.list a', HOSTILE.clusterName)).resolves.toBe(1);
    await expect(containing(page, 'form[data-filters] label', HOSTILE.factorName)).resolves.toBe(true);
    await page.getByRole('button', { name: `Show ${HOSTILE.clusterName} on the map` }).click();
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    await expect(withText(page, '.maplibregl-popup h3', HOSTILE.clusterName)).resolves.toBe(1);
    await expect(page.locator('[data-gl] canvas').count()).resolves.toBe(1);
    await expectClean(opened);
    await opened.close();
  });

  it('the explorer shows names, short names, case titles and the factor in its charts, controls and table as text', async () => {
    const opened = await open('/success-factors/');
    const { page } = opened;
    const matrix = page.locator('.matrix:not([hidden]) .wide svg');
    await expect(containing(page, '.matrix:not([hidden]) .wide svg text', HOSTILE.clusterName)).resolves.toBe(true);
    await expect(containing(page, '.matrix:not([hidden]) .wide svg text', HOSTILE.shortName)).resolves.toBe(true);
    await expect(matrix.locator('title').evaluateAll((ts, t) => ts.some((x) => (x.textContent ?? '').includes(t)), HOSTILE.caseTitle)).resolves.toBe(true);
    await expect(containing(page, '#support svg text', 'Communication <b onmouseover=alert(8)>as</b>')).resolves.toBe(true);
    await expect(withText(page, 'select[name="factor"] option', `1. ${HOSTILE.factorName}`)).resolves.toBe(1);
    await expect(withText(page, 'select[name="cluster"] option', HOSTILE.clusterName)).resolves.toBe(1);
    // Choosing the cluster highlights it: the script reads ids, never the names.
    await page.locator('select[name="cluster"]').selectOption('medicon-valley');
    await expect(page.locator('[data-explorer]').getAttribute('data-hl-cluster')).resolves.toBe('medicon-valley');
    await expectClean(opened);
    await opened.close();
  });

  it('the factor page shows its name, the case title and the quote as text', async () => {
    const opened = await open('/success-factors/communication-as-the-ultimate-value/');
    await expect(containing(opened.page, 'h1', HOSTILE.factorName)).resolves.toBe(true);
    await expect(containing(opened.page, 'h2', HOSTILE.caseTitle)).resolves.toBe(true);
    await expect(containing(opened.page, 'main', HOSTILE.quote)).resolves.toBe(true);
    await expectClean(opened);
    await opened.close();
  });

  it('the value chain shows the stage label in the diagram, the list and the details panel as text', async () => {
    const opened = await open('/value-chains/medical-tourism-services/');
    const { page } = opened;
    await expect(containing(page, 'svg.vc-diagram text', 'Visa <iframe')).resolves.toBe(true);
    await expect(withText(page, '#stage-visa-support h4', HOSTILE.stageLabel)).resolves.toBe(1);
    await page.locator('svg.vc-diagram:visible a.vc-stage[data-stage="visa-support"]').click();
    await expect(withText(page, '[data-vc-details] h2', HOSTILE.stageLabel)).resolves.toBe(1);
    await expectClean(opened);
    await opened.close();
  });
});
