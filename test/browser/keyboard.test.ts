/**
 * Walk-throughs with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow
 * keys): the map list, the success-factor explorer and a value chain. At
 * every step the focus is on an element (never lost to <body>) and shows an
 * indicator with at least 3:1 contrast against what is behind it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { focusState } from '../helpers/focus.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** Asserts the focus is visible and not lost; returns what is focused. */
async function expectVisibleFocus(page: Page, step: string): Promise<string> {
  const state = await focusState(page);
  expect(state.lost, `${step}: focus lost to <body>`).toBe(false);
  expect(state.indicator, `${step}: no focus indicator on ${state.element}`).not.toBeNull();
  expect(state.contrast, `${step}: focus indicator of ${state.element} (${state.indicator}) has contrast ${state.contrast}`).toBeGreaterThanOrEqual(3);
  return state.element;
}

/** Presses a key and checks the focus it leaves. */
async function press(page: Page, key: string): Promise<string> {
  await page.keyboard.press(key);
  return expectVisibleFocus(page, `after ${key}`);
}

/** Requests cut short by leaving the page are no failure. */
const real = (problems: string[]) => problems.filter((p) => !p.endsWith('net::ERR_ABORTED'));
const POPUP = '.maplibregl-popup:not(.atlas-tooltip)';

const focusMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Tabs (or Shift+Tabs) until the focused element matches `selector`, checking the focus at every stop. */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<number> {
  for (let i = 1; i <= (opts.max ?? 80); i++) {
    await press(page, opts.back ? 'Shift+Tab' : 'Tab');
    if (await focusMatches(page, selector)) return i;
  }
  throw new Error(`no ${selector} within ${opts.max ?? 80} presses of ${opts.back ? 'Shift+Tab' : 'Tab'}`);
}

describe('keyboard only', () => {
  it('the map: skip link, filters, the cluster list, a cluster on the map and its profile', async () => {
    const { page, problems, close } = await site.open('/map/', DESKTOP);
    await press(page, 'Tab');
    expect(await focusMatches(page, 'a.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusMatches(page, 'main')).toBe(true);

    // The filters: a radio group moves with the arrow keys, a checkbox toggles with Space.
    await tabTo(page, 'form[data-filters] input[name="layer"]');
    await press(page, 'ArrowDown');
    expect(await focusMatches(page, 'input[name="layer"][value="sample"]:checked')).toBe(true);
    await tabTo(page, 'form[data-filters] input[name="group"][value="2"]');
    await press(page, 'Space');
    await expect(page.locator('[data-count]').first().textContent()).resolves.toMatch(/^20 of \d+$/);
    expect(new URL(page.url()).searchParams.get('group')).toBe('2');

    // On to the list: only the 20 clusters shown are in the tab order.
    await tabTo(page, '.list li:not([hidden]) a');
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect(page.locator('.list li:not([hidden])').first().locator('a').textContent()).resolves.toBe(first);
    await press(page, 'Tab');
    expect(await focusMatches(page, '.list li:not([hidden]) button.show')).toBe(true);

    // Show it on the map: the popup takes the focus on its link to the profile.
    await press(page, 'Enter');
    await page.locator(POPUP).waitFor();
    await expectVisibleFocus(page, 'popup open');
    expect(await focusMatches(page, `${POPUP} a`)).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await expect(page.locator('h1').textContent()).resolves.toContain(first);
    expect(real(problems)).toEqual([]);
    await close();
  });

  it('the map: Tab stops before each main control, with the skip links past the filters and past the markers', async () => {
    /**
     * Key presses from the top of a fresh /map/ until `target` has the focus: Tab, and Enter on the skip links
     * named in `follow` when Tab reaches them (each Enter counted too), checking the focus at every stop.
     */
    const keysTo = async (target: string, follow: readonly string[] = []): Promise<number> => {
      const { page, close } = await site.open('/map/', DESKTOP);
      let presses = 0;
      for (; presses < 200; ) {
        await press(page, 'Tab');
        presses++;
        if (await focusMatches(page, target)) break;
        const skip = await page.evaluate(() => document.activeElement?.getAttribute('data-skip') ?? null);
        if (skip !== null && follow.includes(skip)) {
          await page.keyboard.press('Enter');
          presses++;
        }
      }
      await close();
      return presses;
    };
    const FILTERS = 'form[data-filters] input[name="layer"]';
    const ZOOM = '[data-start-map]';
    const FIRST_MARKER = 'svg.world-map:not(.narrow) a[data-id]';
    const LYON = 'svg.world-map:not(.narrow) a[data-id="lyonbiopole"]';
    const LIST = '.list li a';

    const header = await keysTo('a[data-skip="filters"]');
    const filters = await keysTo(FILTERS);
    // The filters come first on the page, right after the link past them.
    expect(filters).toBe(header + 1);
    // Past the filters (Tab, Enter) the next stop is the link past the markers, then the first marker; past both
    // (Tab, Enter, Tab, Enter), the map's button.
    expect(await keysTo(FIRST_MARKER, ['filters'])).toBe(header + 3);
    const zoom = await keysTo(ZOOM, ['filters', 'markers']);
    expect(zoom).toBe(header + 4);
    // Not 99 Tab stops as before (issue 26 case 4): the site's header, then four keys.
    expect(zoom).toBeLessThanOrEqual(20);
    // Going through the markers from west to east, Lyon is reached before the eastern half of Europe's markers.
    const lyon = await keysTo(LYON, ['filters']);
    const markers = await (async () => {
      const { page, close } = await site.open('/map/', DESKTOP);
      const n = await page.locator(`svg.world-map:not(.narrow) a[data-id]`).count();
      await close();
      return n;
    })();
    expect(lyon - (header + 3)).toBeLessThan(markers);
    // The list: past the filters and the markers, only the map's own controls stand between the button and the list
    // (its toolbar, the key's links to the three groups' pages), never a marker again.
    const list = await keysTo(LIST, ['filters', 'markers']);
    expect(list - zoom).toBeLessThanOrEqual(15);
    expect(list - zoom).toBeLessThan(markers);
    console.info(`/map/ key presses to reach: header ${header}, filters ${filters}, zoom ${zoom}, Lyonbiopôle ${lyon}, list ${list} (of ${markers} markers)`);
  }, 120_000);

  it('the map: closing the popup with the keyboard returns the focus to the list', async () => {
    const { page, problems, close } = await site.open('/map/', DESKTOP);
    await page.getByRole('button', { name: 'Show Medicon Valley on the map' }).focus();
    await press(page, 'Enter');
    await page.locator(POPUP).waitFor();
    await tabTo(page, '.maplibregl-popup-close-button', { max: 3 });
    await press(page, 'Enter');
    await expect(page.locator(POPUP).count()).resolves.toBe(0);
    expect(await focusMatches(page, 'button[aria-label="Show Medicon Valley on the map"]')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('the map: Escape closes a popup opened from the list, and the focus returns to the list', async () => {
    const { page, problems, close } = await site.open('/map/', DESKTOP);
    await page.getByRole('button', { name: 'Show Medicon Valley on the map' }).focus();
    await press(page, 'Enter');
    await page.locator(POPUP).waitFor();
    expect(await focusMatches(page, `${POPUP} a`)).toBe(true);
    await press(page, 'Escape');
    await expect(page.locator(POPUP).count()).resolves.toBe(0);
    expect(await focusMatches(page, 'button[aria-label="Show Medicon Valley on the map"]')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('the zoomable map: Enter lists what is in view, a bubble zooms in, a pin opens its popup, Escape returns to the map', async () => {
    const { page, problems, close } = await site.open('/map/', DESKTOP);
    const total = (await page.evaluate(() =>
      fetch((JSON.parse(document.getElementById('map-data')?.textContent ?? '{}') as { clustersUrl: string }).clustersUrl).then((r) => r.json()),
    )) as unknown[];
    const gl = page.locator('[data-gl]');
    await page.locator('[data-start-map]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusMatches(page, '[data-gl] canvas'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => gl.getAttribute('data-rendered-clusters'), { timeout: 30_000 }).toBe(String(total.length));
    await expectVisibleFocus(page, 'the map');
    const popup = page.locator(POPUP);
    const choices = popup.locator('.popup-choices button');
    const count = (label: string) => Number(/^(\d+) clusters:/.exec(label)?.[1] ?? 1);

    // The whole world is in view: the list names every cluster, one by one or in bubbles, and takes the focus.
    await press(page, 'Enter');
    await expect.poll(() => popup.locator('h3').textContent()).toBe(`In view: ${total.length} clusters`);
    const labels = await choices.allTextContents();
    expect(labels.reduce((n, label) => n + count(label), 0)).toBe(total.length);
    expect(await focusMatches(page, `${POPUP} .popup-choices button`)).toBe(true);

    // The largest bubble: Enter zooms in on it and the focus goes back to the map.
    const largest = labels.reduce((a, b) => (count(b) > count(a) ? b : a));
    expect(count(largest)).toBeGreaterThan(1);
    const bounds = await gl.getAttribute('data-bounds');
    for (let i = 0; i < labels.length && (await page.evaluate(() => document.activeElement?.textContent)) !== largest; i++) await press(page, 'Tab');
    await press(page, 'Enter');
    await expect.poll(() => popup.count()).toBe(0);
    await expect.poll(() => gl.getAttribute('data-bounds'), { timeout: 30_000 }).not.toBe(bounds);
    expect(await focusMatches(page, '[data-gl] canvas')).toBe(true);

    // Closer in, a single pin: its popup opens with the focus on its profile's link; Escape returns to the map.
    await press(page, 'Enter');
    await expect.poll(async () => (await choices.allTextContents()).some((label) => !/^\d+ clusters:/.test(label))).toBe(true);
    const pin = (await choices.allTextContents()).find((label) => !/^\d+ clusters:/.test(label)) ?? '';
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.textContent)) !== pin; i++) await press(page, 'Tab');
    await press(page, 'Enter');
    await expect.poll(() => popup.locator('h3').textContent()).toBe(pin);
    expect(await focusMatches(page, `${POPUP} a`)).toBe(true);
    await press(page, 'Escape');
    await expect.poll(() => popup.count()).toBe(0);
    expect(await focusMatches(page, '[data-gl] canvas')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('the explorer: change the order, choose a factor and a cluster, reach a case study', async () => {
    const { page, problems, close } = await site.open('/success-factors/', DESKTOP);
    await tabTo(page, 'form[data-controls] input[name="order"]');
    await press(page, 'ArrowDown');
    await expect(page.locator('.matrix:not([hidden])').getAttribute('data-order')).resolves.toBe('country');
    expect(new URL(page.url()).searchParams.get('order')).toBe('country');

    await tabTo(page, 'select[name="factor"]');
    await press(page, 'ArrowDown');
    const factor = await page.locator('select[name="factor"]').inputValue();
    expect(factor).not.toBe('');
    await expect(page.locator('[data-explorer]').getAttribute('data-hl-factor')).resolves.toBe(factor);

    await tabTo(page, 'select[name="cluster"]');
    await press(page, 'ArrowDown');
    const cluster = await page.locator('select[name="cluster"]').inputValue();
    await expect(page.locator('[data-explorer]').getAttribute('data-hl-cluster')).resolves.toBe(cluster);
    expect(new URL(page.url()).searchParams.get('cluster')).toBe(cluster);

    // The matrix cells are links to the case studies.
    await tabTo(page, '.matrix:not([hidden]) a[data-cluster]');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    expect(target).toMatch(/^\/success-factors\/[a-z0-9-]+\/#case-[a-z0-9-]+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
    const caseId = target.split('#')[1] ?? '';
    await expect(page.locator(`[id="${caseId}"]`).isVisible()).resolves.toBe(true);
    expect(real(problems)).toEqual([]);
    await close();
  });

  it('a value chain: one tab stop, arrows between stages, Enter opens the details, the panel’s button clears and gives the focus back', async () => {
    const { page, problems, close } = await site.open('/value-chains/medical-tourism-services/', DESKTOP);
    await tabTo(page, 'svg.vc-diagram a.vc-stage');
    const start = await page.evaluate(() => (document.activeElement as SVGElement).dataset['stage']);
    expect(start).toBe('visa-support');
    await press(page, 'ArrowRight');
    await press(page, 'ArrowRight');
    const stage = await page.evaluate(() => (document.activeElement as SVGElement).dataset['stage'] ?? '');
    expect(stage).not.toBe(start);
    await press(page, 'Enter');
    const panel = page.locator('[data-vc-details]');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('h2').textContent()).resolves.toBe(await page.locator(`#stage-${stage} h4`).textContent());

    // Tab leaves the diagram (one stop) for the panel.
    await tabTo(page, '[data-vc-clear]', { max: 3 });
    await press(page, 'Tab');
    expect(await focusMatches(page, '[data-vc-details] a')).toBe(true);
    await tabTo(page, '[data-vc-clear]', { back: true, max: 5 });
    await press(page, 'Enter');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset['stage'])).toBe(stage);

    // Space selects too; Escape clears and keeps the focus on the stage.
    await press(page, 'ArrowLeft');
    await press(page, 'Space');
    await expect(panel.isVisible()).resolves.toBe(true);
    await press(page, 'Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('the sortable clusters table: the column buttons sort it and keep the focus', async () => {
    const { page, problems, close } = await site.open('/clusters/', DESKTOP);
    await tabTo(page, 'table.clusters thead button');
    await press(page, 'Enter');
    await expect(page.locator('table.clusters thead th').first().getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await focusMatches(page, 'table.clusters thead button')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});
