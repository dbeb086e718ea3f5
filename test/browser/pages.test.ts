/**
 * Every built page in a real Chromium: it loads with no console error, no
 * failed request, no request to another origin and no Content-Security-Policy
 * violation; and, zoomed to 320 CSS px (WCAG 2.2 SC 1.4.10 Reflow: a 1280 px
 * window at 400 %), it reads without scrolling sideways — a chart or table
 * wider than that scrolls inside its own box, which must then be a labelled
 * region the keyboard can reach. axe runs in full on one page of every kind
 * (every route of src/pages) at desktop and at phone width
 * (test/helpers/axe.ts; the data-dependent rules are read on every page in
 * test/built/a11y-markup.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, pageKinds } from '../helpers/axe.ts';
import { gotoReady, useSite, watchProblems } from '../helpers/browser.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { dist, htmlPages } from '../helpers/pages.ts';
import { tabPool } from '../helpers/tab-pool.ts';

const generated = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as { id: string }[];

const site = useSite();
const pages = htmlPages(dist);
// Of each kind, the page with the most on it (layouts change most on these on a phone: wrapped lists, stacked charts
// and tables), where the kind has one.
const TELLING = ['/clusters/medicon-valley/', '/value-chains/mix-innovation-chain/', '/embed/guide-instruments/'];
const kinds = pageKinds(pages, TELLING);
const inFull = new Set(kinds.values());

/** 320 CSS px wide: a 1280 px window zoomed to 400 %. */
const ZOOMED = { width: 320, height: 640 };

interface Reflow {
  /** documentElement.scrollWidth − clientWidth: how far the page scrolls sideways, in CSS px. */
  overflow: number;
  /** overflow-x of html and body: clipping there would hide the overflow instead of removing it. */
  clipped: string[];
  /** Boxes that scroll sideways without being a focusable, labelled region. */
  unlabelledScrollers: string[];
}

/** Measures the page as it stands: see Reflow. */
/** Stricter than site.open: the document's own HTTP status counts too. Returns `problems`. */
function watchDocument(page: Page, problems: string[]): string[] {
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() === 'document') problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

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

describe('built pages', () => {
  it('include the home page, the 404 page, a page for every cluster, success factor and value chain, and embeds', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    for (const [table, section] of [['clusters', 'clusters'], ['success-factors', 'success-factors'], ['value-chains', 'value-chains']] as const)
      for (const { id } of generated(table)) expect(pages).toContain(`/${section}/${id}/`);
    expect(pages.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(5);
  });

  it('have a page of every kind to check in full, the telling pages among them', () => {
    expect(kinds.size).toBeGreaterThan(20);
    for (const path of TELLING) expect(inFull).toContain(path);
  });
});

describe.concurrent('every built page', () => {
  // A page of a kind loads in a context of its own at desktop width for axe, then is zoomed. Any other page loads
  // zoomed (400 %) in one of three tabs of one shared context, reused in turn: the site keeps no state in the browser
  // (no storage, no cookies), so nothing leaks from one page to the next but the HTTP cache, as for a visitor.
  let shared: BrowserContext;
  const { borrow, giveBack } = tabPool<{ page: Page; problems: string[] }>();
  beforeAll(async () => {
    shared = await site.browser.newContext({ viewport: ZOOMED });
    await recordCspViolations(shared);
    for (let i = 0; i < 3; i++) {
      const page = await shared.newPage();
      giveBack({ page, problems: watchDocument(page, watchProblems(page, site.origin)) });
    }
  });
  afterAll(async () => {
    await shared?.close();
  });

  for (const path of pages) {
    const full = inFull.has(path);
    it(`${path} loads cleanly${full ? ', passes axe in full' : ''} and reflows at 320 px`, async ({ expect }) => {
      const own = full ? await site.browser.newContext({ viewport: { width: 1280, height: 720 } }) : null;
      if (own) await recordCspViolations(own);
      const tab = own ? await own.newPage().then((page) => ({ page, problems: watchDocument(page, watchProblems(page, site.origin)) })) : await borrow();
      const { page, problems } = tab;
      try {
        await gotoReady(page, site.origin + path);
        problems.push(...(await cspViolations(page)));
        const axe = full ? await axeViolations(page, 'full') : [];
        if (full) await page.setViewportSize(ZOOMED);
        const reflow = await measureReflow(page);
        expect([...problems]).toEqual([]);
        expect(axe).toEqual([]);
        expect(reflow).toEqual({ overflow: 0, clipped: [], unlabelledScrollers: [] });
      } finally {
        if (own) await own.close();
        else {
          // Leaving the page ends whatever it still has under way before the next page's record starts.
          await page.goto('about:blank');
          problems.length = 0;
          giveBack(tab);
        }
      }
    });
  }
});

describe.concurrent('a page of every kind at phone width', () => {
  for (const path of inFull)
    it(`${path} passes axe (WCAG 2.2 AA) at phone width`, async ({ expect }) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await gotoReady(page, site.origin + path);
      const axe = await axeViolations(page, 'wcag22');
      await context.close();
      expect(axe).toEqual([]);
    });
});

describe('the 404 page and the home page', () => {
  it('an unknown address answers 404 with the helpful page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await gotoReady(page, `${site.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.locator('main a').count()).resolves.toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('lists the 40 clusters of the sample under their three groups, with countries, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const counts = await page.locator('section.group').evaluateAll((sections) =>
      sections.map((s) => s.querySelectorAll('ul.clusters > li').length),
    );
    expect(counts).toEqual([10, 20, 10]);
    await expect(page.locator('section.group li', { hasText: 'Medicon Valley' }).textContent()).resolves.toContain(
      'Denmark and Sweden',
    );
    const figure = (label: string) => page.locator('.headline div', { hasText: label }).locator('dd').textContent();
    await expect(figure('clusters in the HSE sample')).resolves.toBe('40');
    await expect(figure('countries')).resolves.toBe('22');
    await context.close();
  });
});
