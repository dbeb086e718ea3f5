/**
 * Reflow (WCAG 2.2 SC 1.4.10): every built page, embeds included, at 320 CSS
 * px — a 1280 px window zoomed to 400 % — reads without scrolling the page
 * sideways. A chart or table wider than that may scroll inside its own box,
 * which must then be a labelled region the keyboard can reach (so that it can
 * be scrolled without a pointer).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dist, useSite } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/pages.ts';

const site = useSite();
const pages = htmlPages(dist);

interface Reflow {
  /** documentElement.scrollWidth − clientWidth: how far the page scrolls sideways, in CSS px. */
  overflow: number;
  /** overflow-x of html and body: clipping there would hide the overflow instead of removing it. */
  clipped: string[];
  /** Boxes that scroll sideways without being a focusable, labelled region. */
  unlabelledScrollers: string[];
}

/** Measures the page as it stands: see Reflow. */
const measureReflow = (page: Page): Promise<Reflow> =>
  page.evaluate(() => {
    const root = document.documentElement;
    const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    const scrollers = [...document.querySelectorAll('body *')].filter((e) => {
      const x = getComputedStyle(e).overflowX;
      return (x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1 && e.getClientRects().length > 0;
    });
    return {
      overflow: root.scrollWidth - root.clientWidth,
      clipped: [root, document.body].map((e) => getComputedStyle(e).overflowX).filter((x) => x !== 'visible'),
      unlabelledScrollers: scrollers
        .filter((e) => !(e.getAttribute('role') === 'region' && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby')) && e.getAttribute('tabindex') === '0'))
        .map(describe),
    };
  });

describe('reflow at 320 CSS px', () => {
  it('covers every page, embeds included', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(5);
  });

  for (const path of pages)
    it(`${path} does not scroll sideways`, async () => {
      const { page, close } = await site.open(path, { viewport: { width: 320, height: 640 } });
      const reflow = await measureReflow(page);
      await close();
      expect(reflow).toEqual({ overflow: 0, clipped: [], unlabelledScrollers: [] });
    });
});
