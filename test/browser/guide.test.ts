/**
 * The guide in a real Chromium: the checklist's ticks round-trip through the
 * address, unknown values are named and dropped, it works by keyboard and
 * without JavaScript, prints as a worksheet, and neither it nor the
 * instruments page scrolls sideways on a phone; the instruments table filters
 * and sorts with its state in the address.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { dist, htmlPages } from '../helpers/pages.ts';

const site = useSite();
const ticked = (page: import('playwright-core').Page) =>
  page.locator('input[data-done]').evaluateAll((boxes) => (boxes as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.value));

describe('guide pages', () => {
  it('are built: the checklist, the instruments, and an embed page per unit of amount', () => {
    const pages = htmlPages(dist);
    for (const p of ['/guide/', '/guide/instruments/', '/embed/guide-instruments/', '/embed/guide-instruments/per-year/', '/embed/guide-instruments/per-year-and-person/'])
      expect(pages).toContain(p);
  });
});

describe('the checklist', () => {
  it('reads ticks from the address, names and drops values that are no step', async () => {
    const { page, problems, close } = await site.open('/guide/?done=3,x,1,9');
    await expect(ticked(page)).resolves.toEqual(['1', '3']);
    await expect(page.locator('[data-done-invalid]').textContent()).resolves.toBe('Ignored: done “x” (no such step); done “9” (no such step).');
    await page.waitForFunction(() => location.search === '?done=1,3');
    await expect(page.locator('[data-done-status]').textContent()).resolves.toBe('2 of 8 steps done.');
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps ticks made by keyboard in the address, and the address brings them back', async () => {
    const first = await site.open('/guide/?done=1');
    const { page } = first;
    await page.locator('#done-5').focus();
    await expect(page.locator('#done-5').evaluate((e) => getComputedStyle(e).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '?done=1,5');
    await expect(page.locator('#step-5').getAttribute('class')).resolves.toContain('is-done');
    await page.locator('#done-1').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '?done=5');
    const address = new URL(page.url());
    await first.close();

    const again = await site.open(address.pathname + address.search);
    await expect(ticked(again.page)).resolves.toEqual(['5']);
    await again.page.locator('[data-clear]').click();
    await again.page.waitForFunction(() => location.search === '');
    await expect(ticked(again.page)).resolves.toEqual([]);
    await again.close();
  });

  it('reads without JavaScript: eight steps with their 24 checkpoints and evidence, boxes that still tick', async () => {
    const { page, close } = await site.open('/guide/', { javaScriptEnabled: false });
    await expect(page.locator('li.step').count()).resolves.toBe(8);
    await expect(page.locator('ul.checkpoints > li').count()).resolves.toBe(24);
    await expect(page.locator('li.step').first().locator('h3').textContent()).resolves.toMatch(/Step 1\s+Advanced Medical Imaging and its market/);
    for (let i = 1; i <= 8; i++) await expect(page.locator(`#step-${i} .evidence a`).count(), `step ${i}`).resolves.toBeGreaterThan(0);
    await expect(page.locator('.evidence h4').first().textContent()).resolves.toContain('the atlas’s own matching');
    await expect(page.locator('[data-checklist-tools]').isVisible()).resolves.toBe(false);
    await page.locator('#done-2').check();
    await page.locator('#done-6').check();
    await expect(page.locator('#done-2').isChecked()).resolves.toBe(true);
    // The form saves the ticks in the address; opened with JavaScript, that address shows them.
    await page.getByRole('button', { name: 'Save my ticks in the address' }).click();
    await page.waitForURL(/\/guide\/\?done=2&done=6$/);
    const address = new URL(page.url());
    await close();
    const withScript = await site.open(address.pathname + address.search);
    await expect(ticked(withScript.page)).resolves.toEqual(['2', '6']);
    await withScript.page.waitForFunction(() => location.search === '?done=2,6');
    await expect(withScript.page.getByRole('button', { name: 'Save my ticks in the address' }).isVisible()).resolves.toBe(false);
    await withScript.close();
  });

  it('prints as a worksheet: no site chrome or buttons, boxes and a notes field per step, ticks kept', async () => {
    const { page, close } = await site.open('/guide/?done=2', { viewport: { width: 688, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const visible = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    await expect(visible('.site-header, .site-footer, [data-checklist-tools]')).resolves.toBe(0);
    await expect(visible('input[data-done]')).resolves.toBe(8);
    await expect(visible('.notes')).resolves.toBe(8);
    await expect(ticked(page)).resolves.toEqual(['2']);
    await expect(page.locator('[data-print-address]').textContent()).resolves.toMatch(/\/guide\/\?done=2$/);
    await expect(visible('[data-print-address]')).resolves.toBe(1);
    // One column on paper: the evidence under its step, never beside it.
    const columns = await page.locator('li.step').first().evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close();
  });
});

describe('the support instruments table', () => {
  it('filters and sorts from the address, names what it does not understand and keeps the rest', async () => {
    const { page, problems, close } = await site.open('/guide/instruments/?region=saxony&sort=amount&q=&colour=red');
    const shownNames = () => page.locator('[data-instrument-table] tbody tr:not([hidden]) th').evaluateAll((ths) => ths.map((t) => t.firstChild?.textContent?.trim()));
    const names = await shownNames();
    expect(names).toHaveLength(11);
    // Largest stated amount first (KETs-Pilotlinien: up to 20 Mio Euro), rows without an amount last.
    expect(names[0]).toBe('KETs-Pilotlinien');
    expect(names.at(-1)).toBe('InnoTeam');
    await expect(page.locator('[data-instrument-count]').textContent()).resolves.toBe('11 of 31 instruments');
    await page.waitForFunction(() => location.search === '?region=saxony&sort=amount');
    await expect(page.locator('[data-instrument-invalid]').textContent()).resolves.toBe('Ignored: “colour” (not a setting of this view).');
    await page.locator('[data-filter-text]').fill('personal costs');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'personal costs');
    // Still by amount: the Transferassistent (up to EUR 60,000 a year per person) before InnoExpert (EUR 50,000).
    await expect(shownNames()).resolves.toEqual(['Transferassistent', 'InnoExpert']);
    const bad = await site.open('/guide/instruments/?region=bavaria');
    await expect(bad.page.locator('[data-instrument-invalid]').textContent()).resolves.toBe('Ignored: region “bavaria” (no such region).');
    await bad.page.waitForFunction(() => location.search === '');
    await bad.close();
    expect(problems).toEqual([]);
    await close();
  });

  it('sorts by a column header button, by keyboard', async () => {
    const { page, close } = await site.open('/guide/instruments/');
    const nameHeader = page.locator('th[data-sort="name"] button');
    await nameHeader.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?sort=name');
    await expect(page.locator('th[data-sort="name"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    const first = await page.locator('[data-instrument-table] tbody tr').first().locator('th').evaluate((t) => t.firstChild?.textContent?.trim());
    expect(first).toBe('Access to risk finance');
    await close();
  });

  it('shows every instrument and its figures without JavaScript', async () => {
    const { page, close } = await site.open('/guide/instruments/', { javaScriptEnabled: false });
    await expect(page.locator('[data-instrument-table] tbody tr').count()).resolves.toBe(31);
    const row = page.locator('#instrument-transferassistent');
    await expect(row.textContent()).resolves.toMatch(/up to EUR 60,000 a year per person.*50% of the personal costs.*between 12 and 48 month/s);
    await expect(page.locator('#instrument-kmo-portefeuille').textContent()).resolves.toContain('up to EUR 15,000');
    await expect(page.locator('#instrument-horizon-praemie').textContent()).resolves.toContain('up to EUR 5,000');
    await expect(page.locator('figure.chart-figure svg[role="img"]').count()).resolves.toBeGreaterThanOrEqual(3);
    await close();
  });
});

describe('on a phone', () => {
  for (const width of [320, 390])
    for (const path of ['/guide/?done=1,2', '/guide/instruments/', '/embed/guide-instruments/', '/success-factors/partnership-based-management/'])
      it(`${path} does not scroll sideways at ${width} px`, async () => {
        const { page, close } = await site.open(path, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await close();
      });
});

describe('links into the guide', () => {
  it('each success factor page lists its practices to copy, each pointing to a case on the page', async () => {
    const { page, close } = await site.open('/success-factors/partnership-based-management/', { javaScriptEnabled: false });
    const targets = await page.locator('#practices ~ ul li a[href^="#case-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets.length).toBe(5);
    for (const t of targets) await expect(page.locator(t ?? '#none').count(), t ?? '').resolves.toBe(1);
    await close();
  });

  it('the header, the overview, the explorer and a cited profile lead to /guide/', async () => {
    for (const path of ['/', '/success-factors/', '/clusters/pharmapolis/', '/data/']) {
      const { page, close } = await site.open(path, { javaScriptEnabled: false });
      await expect(page.locator('nav[aria-label="Main"] a[href="/guide/"]').count(), path).resolves.toBe(1);
      if (path !== '/data/') await expect(page.locator('main a[href^="/guide/"]').count(), path).resolves.toBeGreaterThan(0);
      await close();
    }
    const { page, close } = await site.open('/clusters/pharmapolis/', { javaScriptEnabled: false });
    await expect(page.locator('#in-the-guide ~ ul a').getAttribute('href')).resolves.toBe('/guide/#step-4');
    await close();
  });

  it('the overview offers a path for policy, research and report writing', async () => {
    const { page, close } = await site.open('/', { javaScriptEnabled: false });
    const hrefs = (id: string) => page.locator(`section[aria-labelledby="path-${id}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect(hrefs('policy')).resolves.toEqual(expect.arrayContaining(['/assess/', '/compare/', '/guide/']));
    await expect(hrefs('research')).resolves.toEqual(expect.arrayContaining(['/data/', '/about/']));
    await expect(hrefs('report')).resolves.toEqual(expect.arrayContaining(['/embed/', '/data/#cite']));
    await close();
  });
});

describe('search', () => {
  const settled = (page: import('playwright-core').Page) =>
    page.waitForFunction(() => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const found = (page: import('playwright-core').Page) =>
    page.locator('[data-search-results] > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  for (const [query, path] of [
    ['Transferassistent', '/guide/instruments/'],
    ['KMO-portefeuille', '/guide/instruments/'],
    ['Routinely survey', '/guide/'],
  ] as const)
    it(`finds «${query}» on ${path}`, async () => {
      const { page, close } = await site.open(`/search/?q=${encodeURIComponent(query)}`, { viewport: { width: 1280, height: 900 } });
      await settled(page);
      await expect(found(page)).resolves.toContain(path);
      await close();
    });
});
