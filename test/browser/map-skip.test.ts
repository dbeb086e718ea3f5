/**
 * The static map's markers, one Tab stop each, behind a link past them wherever the map stands (issue 26 case 4 is
 * /map/, whose own links keyboard.test.ts walks; this is the same kind on the overview and the embed): the link is
 * the stop right before the first marker, shows where it stands without moving the page, and Enter on it puts the
 * next Tab past the last marker.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const MARKER = 'svg.cluster-map a';
const SKIP = 'a.skip-within[data-skip="markers"]';

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Tab presses from the top of the page until `selector` has the focus; with `skip`, Enter on the link past the markers (counted). */
async function keysTo(page: Page, selector: string, skip: boolean): Promise<number> {
  for (let presses = 1; presses <= 200; presses++) {
    await page.keyboard.press('Tab');
    if (await focused(page, selector)) return presses;
    if (skip && (await focused(page, SKIP))) {
      await page.keyboard.press('Enter');
      presses++;
    }
  }
  throw new Error(`${selector} not reached in 200 key presses`);
}

for (const { path, after } of [
  // After the markers: the overview's key (its links to the group pages), the embed's note.
  { path: '/', after: '#map-key a' },
  { path: '/embed/map/', after: '#map-note a' },
])
  describe(`the link past the map's markers on ${path}`, () => {
    for (const width of [1280, 390]) {
      it(`at ${width} px: right before the first marker, visible where it stands, and Enter goes past the last`, async () => {
        const { page, problems, close } = await site.open(path, { viewport: { width, height: 800 } });
        await expect(page.locator(SKIP).count()).resolves.toBe(1);
        const markers = await page.locator(`${MARKER}:visible`).count();
        expect(markers).toBeGreaterThan(20);

        const toSkip = await keysTo(page, SKIP, false);
        const map = page.locator('svg.cluster-map:visible');
        const before = await map.boundingBox();
        const box = await page.locator(SKIP).boundingBox();
        expect(box?.width).toBeGreaterThan(40);
        expect(box?.height).toBeGreaterThan(16);
        // Shown over the map's corner: nothing moves.
        expect(await map.boundingBox()).toEqual(before);
        expect(box!.y).toBeGreaterThanOrEqual(before!.y - 1);
        await page.keyboard.press('Tab');
        expect(await focused(page, MARKER)).toBe(true);

        await page.reload();
        const past = await keysTo(page, after, true);
        // The link, Enter, then the first stop after the map: not one marker on the way.
        expect(past).toBe(toSkip + 2);
        expect(past).toBeLessThan(markers);
        console.info(`${path} at ${width} px: ${past} key presses to «${await page.locator(after).first().textContent()}» past ${markers} markers`);
        expect(problems).toEqual([]);
        await close();
      });
    }
  });
