/**
 * Controls that show their value: on a page of every kind (one per route of src/pages), no select cuts the text
 * of the option it shows (issue 26 case 8: the chart toolbar's Size select read «Screen (twice the size on sc»).
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { pageKinds } from '../helpers/axe.ts';
import { useSite } from '../helpers/browser.ts';
import { dist, htmlPages } from '../helpers/pages.ts';

const site = useSite();
const kinds = pageKinds(htmlPages(dist));

/**
 * For every select on screen and each of its options (`every`) or the one it shows: the option's text where the
 * select is too narrow for it. What the option needs is the width of a copy of the select holding only that option,
 * sized by its content (same font, padding and arrow, in the same parent).
 */
const cutSelects = (page: Page, every: boolean) =>
  page.evaluate((every) => {
    const cut: string[] = [];
    for (const select of document.querySelectorAll('select')) {
      if (select.getClientRects().length === 0 || !select.parentElement) continue;
      const has = select.getBoundingClientRect().width;
      for (const option of every ? [...select.options] : [...select.selectedOptions]) {
        const copy = select.cloneNode(false) as HTMLSelectElement;
        copy.append(option.cloneNode(true));
        copy.removeAttribute('id');
        copy.style.cssText = 'position: absolute; visibility: hidden; width: auto; min-width: 0; max-width: none';
        select.parentElement.append(copy);
        const needs = copy.getBoundingClientRect().width;
        copy.remove();
        if (needs > has + 0.5) cut.push(`${select.name || select.id || 'select'}: «${option.text}» needs ${Math.ceil(needs)} px, has ${Math.floor(has)}`);
      }
    }
    return cut;
  }, every);

describe.concurrent('no select cuts the option it shows', () => {
  for (const [route, path] of kinds)
    it(`${route} (${path}): every option at 1280 px, the one chosen at 320 px`, async ({ expect }) => {
      const { page, close } = await site.open(path, { viewport: { width: 1280, height: 800 } });
      try {
        expect(await cutSelects(page, true)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBe(320);
        expect(await cutSelects(page, false)).toEqual([]);
      } finally {
        await close();
      }
    });
});
