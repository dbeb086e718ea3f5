/**
 * The «On this page» list in Chromium: on one long page of each kind, a link
 * brings its heading to the top of the window (or as near as the end of the
 * page allows). test/built/page-contents.test.ts checks every long page's list
 * against its sections in the built HTML.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { LONG_PAGES } from '../helpers/page-contents.ts';

const site = useSite();
// One of each kind: the three single pages, a profile, a success factor.
const KINDS = ['/about/', '/landscape/', '/data/', '/clusters/medicon-valley/', '/success-factors/support-from-the-regional-authorities/'];

describe('in-page table of contents', () => {
  it('the pages tried are long pages', () => {
    expect(KINDS.filter((p) => !LONG_PAGES.includes(p))).toEqual([]);
  });

  for (const path of KINDS)
    it(`${path}: a link of the list leads to its heading`, async () => {
      const { page, close } = await site.open(path, { viewport: { width: 390, height: 800 } });
      const target = await page.locator('[data-page-contents] a').nth(1).getAttribute('href');
      expect(target).toMatch(/^#./);
      await page.locator(`[data-page-contents] a[href="${target}"]`).click();
      // The heading comes to the top of the window (or as near as the end of the page allows).
      await page.waitForFunction(
        (id) =>
          location.hash === id &&
          (Math.abs(document.getElementById(id.slice(1))!.getBoundingClientRect().top) < 2 || window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1),
        target ?? '',
      );
      await close();
    });
});
