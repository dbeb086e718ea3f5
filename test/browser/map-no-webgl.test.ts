/**
 * The map page in a browser without WebGL2 (headless Firefox ESR, a blocked graphics driver), simulated in Chromium:
 * the page says it cannot show the zoomable map, never loads MapLibre, and the static map, the filters and the list
 * work as usual, with nothing in the console.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoReady, useSite, watchProblems } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';

const site = useSite();
const clusters = JSON.parse(readFileSync(join(dist, '..', 'public', 'data', 'clusters.json'), 'utf8')) as { id: string; group: string | null }[];
const SENTENCE = 'This browser cannot show the zoomable map; the map above, the filters and the list work as usual.';

/** Ways a browser lacks WebGL2, run before the page's own scripts. */
const withoutWebGL2 = {
  // Firefox ESR headless: the interface is there, the context is not.
  'no WebGL2 context': () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
      return id === 'webgl2' ? null : (getContext as (...a: unknown[]) => unknown).call(this, id, ...rest);
    } as typeof getContext;
  },
  // An older browser: no WebGL2 at all.
  'no WebGL2 interface': () => {
    delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext;
  },
};

async function open(path: string, how: () => void) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(how);
  const page = await context.newPage();
  const problems = watchProblems(page, site.origin);
  await gotoReady(page, site.origin + path);
  return { page, problems, close: () => context.close() };
}

const shownIds = (page: Page) =>
  page.locator('[data-map-page] li[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']).sort());
const visibleMarkers = (page: Page) =>
  page.locator('svg.world-map.wide a[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
/** Whether MapLibre's code or stylesheet has been asked for, once any start-up work has finished. */
const maplibreLoaded = async (page: Page) => {
  await page.locator('html[data-starting]').waitFor({ state: 'detached' });
  return page.evaluate(() => performance.getEntriesByType('resource').some((e) => /maplibre/.test(e.name)));
};

describe.each(Object.entries(withoutWebGL2))('map page with %s', (_, how) => {
  it('says the zoomable map cannot be shown, and never starts it', async () => {
    const { page, problems, close } = await open('/map/', how);
    await expect(page.getByText(SENTENCE, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Zoom and pan the map' }).count()).resolves.toBe(0);
    // The list's «Show on the map» buttons would start it: they stay hidden.
    await expect(page.getByRole('button', { name: /^Show .* on the map$/ }).count()).resolves.toBe(0);
    // A click on the static map's sea, which starts MapLibre where it can draw, does nothing here.
    const sea = page.locator('svg.world-map:visible [data-panel="world"] rect.sea');
    const seaBox = await sea.boundingBox();
    await sea.click({ position: { x: 20, y: (seaBox?.height ?? 0) - 20 } }); // the South Pacific
    expect(await maplibreLoaded(page)).toBe(false);
    await expect(page.locator('[data-gl]').isHidden()).resolves.toBe(true);
    await expect(page.locator('svg.world-map:visible a[data-id]').count()).resolves.toBe(clusters.length);
    // The sentence wraps at 320 CSS px (a 1280 px window at 400 %): nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await expect(page.getByText(SENTENCE, { exact: true }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('filters the static map and the list, and keeps the filters in the address', async () => {
    const { page, problems, close } = await open('/map/', how);
    const group1 = clusters.filter((c) => c.group === 'global-high-technology-medicine-clusters').map((c) => c.id).sort();
    await page.getByRole('checkbox', { name: /1\. Global High-Technology/ }).check();
    await expect.poll(() => shownIds(page)).toEqual(group1);
    expect(await visibleMarkers(page)).toEqual(group1);
    expect(new URL(page.url()).search).toBe('?group=1');
    await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expect.poll(() => shownIds(page)).toHaveLength(clusters.length);
    expect(await visibleMarkers(page)).toHaveLength(clusters.length);
    expect(await maplibreLoaded(page)).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows a cluster chosen in the address on the static map instead of opening the zoomable one', async () => {
    const { page, problems, close } = await open('/map/?cluster=medicon-valley', how);
    await expect(page.locator('svg.world-map.wide a[data-id="medicon-valley"]').getAttribute('class')).resolves.toMatch(/\bactive\b/);
    expect(await maplibreLoaded(page)).toBe(false);
    expect(new URL(page.url()).searchParams.get('cluster')).toBe('medicon-valley');
    expect(problems).toEqual([]);
    await close();
  });
});
