/** The site search in a real Chromium: Pagefind loads on demand, finds what the atlas holds, keeps the query in the URL, works by keyboard. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] > li h2 a');
const hrefs = (page: Page) => resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
/**
 * Waits for the live region to report the finished search for `query` (typing runs searches for the
 * words on the way, which may finish first on a busy machine).
 */
const settled = (page: Page, query: string) =>
  page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`for “${q}”`), query);

describe('site search', () => {
  it('loads nothing of Pagefind until the search box is focused; then "Medicon" typed finds the Medicon Valley profile', async () => {
    const { page, problems, close } = await site.open('/search/', DESKTOP);
    // The page has loaded (network idle): every resource it fetched is in the performance timeline.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await fetched()).filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-q').focus();
    await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.keyboard.type('Medicon');
    await settled(page, 'Medicon');
    await expect(resultLinks(page).first().textContent()).resolves.toBe('Medicon Valley');
    expect((await hrefs(page))[0]).toBe('/clusters/medicon-valley/');
    await expect(status(page).getAttribute('role')).resolves.toBe('status');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Medicon');
    expect((await fetched()).filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('"voucher" submitted with Enter finds the MIX value chain and the clusters of its case, with the word marked in the excerpts', async () => {
    const { page, problems, close } = await site.open('/search/', DESKTOP);
    await page.locator('#search-q').fill('voucher');
    await page.locator('#search-q').press('Enter');
    await settled(page, 'voucher');
    const found = await hrefs(page);
    expect(found).toContain('/value-chains/mix-innovation-chain/');
    expect(found).toContain('/clusters/minalogic/');
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toMatch(/^voucher/);
    // The excerpt is text: Pagefind's <mark> became elements, nothing else did.
    await expect(page.locator('[data-search-results] .excerpt *:not(mark)').count()).resolves.toBe(0);
    // The first page of results is shown; the status counts them all (the guide's pages name vouchers too).
    const total = Number(/^(\d+) results for “voucher”\.$/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(found.length);
    expect(problems).toEqual([]);
    await close();
  });

  it('arriving with a query on a phone, the results come without moving the page (layout shift at most 0.05, issue 26 case 9)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Every layout shift from the first paint on, as Lighthouse counts them (none follows an input here).
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/search/?q=voucher`, { waitUntil: 'load' });
    await settled(page, 'voucher');
    await expect(resultLinks(page).count()).resolves.toBeGreaterThan(0);
    // Two frames after the results: any shift they cause has been recorded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    await context.close();
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.05);
  });

  it('restores a linked search with its type filter from the URL', async () => {
    const { page, problems, close } = await site.open('/search/?q=voucher&type=Value%20chain', DESKTOP);
    await settled(page, 'voucher');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('voucher');
    await expect(page.locator('#search-type').inputValue()).resolves.toBe('Value chain');
    expect(await hrefs(page)).toEqual(['/value-chains/mix-innovation-chain/']);
    await expect(page.locator('[data-search-results] .type').allTextContents()).resolves.toEqual(['Value chain']);
    await expect(status(page).textContent()).resolves.toBe('1 result for “voucher” among value chain pages.');
    expect(problems).toEqual([]);
    await close();
  });

  it('works by keyboard: Tab through the form, show more results, follow a result with Enter', async () => {
    const { page, problems, close } = await site.open('/search/', DESKTOP);
    await page.locator('#search-q').focus();
    await page.keyboard.type('cluster');
    await page.keyboard.press('Enter');
    await settled(page, 'cluster');
    await expect(resultLinks(page).count()).resolves.toBe(10);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-type');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    const more = page.locator('[data-search-more]');
    await expect(more.isVisible()).resolves.toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    const eleventh = await resultLinks(page).nth(10).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === eleventh);
    expect(problems).toEqual([]);
    await close();
  });

  it('says so when nothing matches, and clears the results when the box is emptied', async () => {
    const { page, close } = await site.open('/search/?q=zzyzxq', DESKTOP);
    await settled(page, 'zzyzxq');
    await expect(status(page).textContent()).resolves.toBe('No results for “zzyzxq”.');
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => new URL(location.href).search === '');
    await expect(status(page).textContent()).resolves.toBe('');
    await close();
  });

  for (const word of ['artery', 'orchid', 'Tokyo'])
    it(`"${word}", a word on no page, finds nothing (not the pages with a word it begins with)`, async () => {
      const { page, problems, close } = await site.open(`/search/?q=${word}`, DESKTOP);
      await settled(page, word);
      await expect(status(page).textContent()).resolves.toBe(`No results for “${word}”.`);
      await expect(resultLinks(page).count()).resolves.toBe(0);
      expect(problems).toEqual([]);
      await close();
    });

  it('finds a word of the site in a longer query only if every word is there: "voucher Tokyo" finds nothing, "voucher cluster" does', async () => {
    const { page, close } = await site.open('/search/?q=voucher%20Tokyo', DESKTOP);
    await settled(page, 'voucher Tokyo');
    await expect(status(page).textContent()).resolves.toBe('No results for “voucher Tokyo”.');
    await page.locator('#search-q').fill('voucher cluster');
    await page.locator('#search-q').press('Enter');
    await settled(page, 'voucher cluster');
    expect(await hrefs(page)).toContain('/value-chains/mix-innovation-chain/');
    await close();
  });

  it('does not index the printed address line: "http" does not find every page, and no excerpt shows the address', async () => {
    const { page, close } = await site.open('/search/?q=Medicon', DESKTOP);
    await settled(page, 'Medicon');
    const excerpts = await page.locator('[data-search-results] .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toMatch(/https?:\/\/|Biomedical Clusters Atlas ·/);
    await page.locator('#search-q').fill('http');
    await page.locator('#search-q').press('Enter');
    await settled(page, 'http');
    for (const e of await page.locator('[data-search-results] .excerpt').allTextContents()) expect(e).not.toContain(site.origin);
    await expect(resultLinks(page).count()).resolves.toBeLessThan(10);
    await close();
  });

  it('keeps labels and values apart in the index: no «CountriesDenmark» on any indexed page', async () => {
    const { page, close } = await site.open('/search/', DESKTOP);
    // Every indexed page's text as Pagefind holds it, against the label/value pairs of its HTML. A string, so that
    // vitest leaves its import() alone.
    const runIns = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(`${site.origin}/pagefind/pagefind.js`)});
      await pf.init();
      const pages = await Promise.all((await pf.search(null)).results.map((r) => r.data()));
      const found = [];
      for (const { url, content } of pages) {
        const html = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        for (const dt of html.querySelectorAll('main dt')) {
          const label = (dt.textContent ?? '').replace(/\\s+/g, ' ').trim();
          const value = (dt.nextElementSibling?.textContent ?? '').replace(/\\s+/g, ' ').trim().split(' ')[0];
          if (label && value && content.includes(label + value)) found.push(url + ': «' + label + value + '»');
        }
      }
      return { pages: pages.length, found };
    })()`)) as { pages: number; found: string[] };
    expect(runIns.pages).toBeGreaterThan(40);
    expect(runIns.found).toEqual([]);
    await close();
  });

  it('passes axe with results shown', async () => {
    const { page, close } = await site.open('/search/?q=incubator', DESKTOP);
    await settled(page, 'incubator');
    await expect(resultLinks(page).count()).resolves.toBeGreaterThan(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await close();
  });

  it('without JavaScript says search needs it and offers the clusters index and the data page', async () => {
    const { page, close } = await site.open('/search/?q=Medicon', { ...DESKTOP, javaScriptEnabled: false });
    await expect(page.locator('[data-search-form]').isVisible()).resolves.toBe(false);
    const message = page.locator('[data-search-nojs]');
    await expect(message.textContent()).resolves.toMatch(/Search needs JavaScript/);
    const links = await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/clusters/', '/data/']);
    await close();
  });
});
