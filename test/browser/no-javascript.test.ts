/**
 * Every page read with JavaScript off: each page type has its heading, its
 * main lists or tables and its charts (drawn at build time) in the HTML, and
 * no page shows a control that would only work with a script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageKinds } from '../helpers/axe.ts';
import { useSite } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { htmlPages } from '../helpers/pages.ts';

const site = useSite();
const NO_JS = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } };
const count = (name: string) => (JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as unknown[]).length;
const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);

/**
 * Controls a person could see and use that need a script: plain buttons, and
 * form fields outside a form that submits somewhere. Summary elements, forms
 * with an action and their submit and reset buttons work without one.
 */
const deadControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        // A field belongs to its form by nesting or by its form attribute (which .form resolves).
        const form = ('form' in el ? (el as HTMLInputElement).form : null) ?? el.closest('form');
        const submits = form !== null && form.hasAttribute('action');
        if (el instanceof HTMLButtonElement) return !(submits && (el.type === 'submit' || el.type === 'reset'));
        if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return !submits;
        // A scrollable region is focusable so that the keyboard can scroll it: that needs no script.
        if (el.getAttribute('role') === 'region') return false;
        return el.tagName.toLowerCase() !== 'a' && el.tagName.toLowerCase() !== 'summary';
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`),
  );

/**
 * Visible sentences that ask for something the page cannot do without a script (issue 26 case 7: the value chain
 * said «Select a stage …; arrow keys move between stages» with nothing to select and no keys listened to). A key to
 * press, a pointer gesture: never, since without a script only links and forms answer, and those need no
 * instructions of that kind. Ticking, selecting or choosing: only where the page shows a control of that kind (the
 * test above holds every control shown to working without a script).
 */
const unanswerableAsks = (page: Page) =>
  page.evaluate(() => {
    const shown = (selector: string) => [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0);
    const asks: [RegExp, boolean][] = [
      [/\b(arrow keys?|press(ing)? (Enter|Escape|Esc|Space|Tab|the \w+ key)|(Enter|Escape|Esc|Space|Tab) (key|selects|clears|opens|closes|moves)|keyboard shortcuts?)\b/i, false],
      [/\b(click|double-click|tap|hover|drag|swipe|pinch)\b/i, false],
      [/\b(tick|untick)\b/i, shown('input[type="checkbox"]')],
      [/\b(select|choose|pick)\b/i, shown('select, input[type="radio"], input[type="checkbox"]')],
    ];
    return document.body.innerText
      .split(/\n+/)
      .filter((line) => asks.some(([ask, answered]) => ask.test(line) && !answered))
      .map((line) => line.trim().slice(0, 120));
  });

describe('without JavaScript', () => {
  const pages = htmlPages(join(repoRoot, 'dist'));

  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  describe.concurrent('no page shows a control that needs a script', () => {
    // Pages without JavaScript keep no state between visits, so the tabs of one context are reused in turn, one per
    // test that runs at a time.
    let context: BrowserContext;
    const idle: Page[] = [];
    const waiting: ((page: Page) => void)[] = [];
    const borrow = () => idle.pop() ?? new Promise<Page>((give) => waiting.push(give));
    const giveBack = (page: Page) => {
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    };
    beforeAll(async () => {
      context = await site.browser.newContext(NO_JS);
      for (let i = 0; i < 3; i++) idle.push(await context.newPage());
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const path of pages)
      it(path, async ({ expect }) => {
        const page = await borrow();
        try {
          await page.goto(site.origin + path, { waitUntil: 'load' });
          expect(await deadControls(page)).toEqual([]);
        } finally {
          giveBack(page);
        }
      });
  });

  it('no page kind asks for a key, a click or a selection that cannot work', async () => {
    const context = await site.browser.newContext(NO_JS);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of pageKinds(pages).values()) {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      found.push(...(await unanswerableAsks(page)).map((line) => `${path}: ${line}`));
    }
    await context.close();
    expect(found).toEqual([]);
  });

  const types: [string, string, (page: Page) => Promise<void>][] = [
    ['the overview', '/', async (page) => {
      await expect(visible(page, 'section.group ul.clusters > li')).resolves.toBe(40);
    }],
    ['the map', '/map/', async (page) => {
      await expect(visible(page, 'svg.world-map a[data-id]')).resolves.toBe(count('clusters'));
      await expect(visible(page, '.list li a')).resolves.toBe(count('clusters'));
      await expect(visible(page, 'noscript, p.note')).resolves.toBeGreaterThan(0);
    }],
    ['the clusters index', '/clusters/', async (page) => {
      await expect(visible(page, 'table.clusters tbody tr')).resolves.toBe(count('clusters'));
    }],
    ['a cluster profile', '/clusters/medicon-valley/', async (page) => {
      await expect(visible(page, 'svg.world-map')).resolves.toBe(1);
      await expect(visible(page, 'figure.chart-figure svg')).resolves.toBe(2);
      await expect(visible(page, 'table.facts')).resolves.toBeGreaterThan(2);
      await expect(visible(page, 'blockquote')).resolves.toBeGreaterThan(0);
    }],
    ['the success-factor explorer', '/success-factors/', async (page) => {
      await expect(visible(page, '#matrix svg a[data-cluster]')).resolves.toBeGreaterThan(20);
      await expect(visible(page, '#support svg rect')).resolves.toBeGreaterThan(10);
      await expect(visible(page, '#matrix details summary')).resolves.toBe(1);
      await expect(visible(page, 'table.mimc tbody tr')).resolves.toBe(count('mimc-comparison'));
    }],
    ['a success factor', '/success-factors/support-from-the-regional-authorities/', async (page) => {
      await expect(visible(page, 'main h2')).resolves.toBeGreaterThan(3);
    }],
    ['the landscape', '/landscape/', async (page) => {
      await expect(visible(page, 'main table')).resolves.toBe(5);
      await expect(visible(page, 'main h2:not(.page-contents-title)')).resolves.toBe(5);
    }],
    ['the value chains', '/value-chains/', async (page) => {
      await expect(visible(page, 'svg.vc-thumbnail')).resolves.toBe(count('value-chains'));
    }],
    ['a value chain', '/value-chains/mix-innovation-chain/', async (page) => {
      await expect(visible(page, 'svg.vc-diagram a.vc-stage')).resolves.toBeGreaterThan(5);
      await expect(visible(page, '.vc-entry h4')).resolves.toBe(await page.locator('svg.vc-diagram:visible a.vc-stage').count());
    }],
    ['the about page', '/about/', async (page) => {
      await expect(visible(page, '#sources ~ * li, #sources + * li')).resolves.toBeGreaterThanOrEqual(count('sources'));
    }],
    ['the 404 page', '/404.html', async (page) => {
      await expect(visible(page, 'main a')).resolves.toBeGreaterThan(10);
    }],
  ];

  for (const [name, path, check] of types) {
    it(`${name} (${path}) has its heading, lists, tables and charts`, async () => {
      const { page, problems, close } = await site.open(path, NO_JS);
      await expect(visible(page, 'main h1')).resolves.toBe(1);
      await check(page);
      await close();
      expect(problems).toEqual([]);
    });
  }
});
