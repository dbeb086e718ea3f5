/**
 * The site at a phone's width (375 and 390 CSS px) and where a layout adapts
 * to the page's width: no page wider than the screen, stacked table rows that
 * still say which column each value is in, charts whose text stays inside
 * them and apart, a header that takes one line (its links behind a «Menu»
 * that works by keyboard and without JavaScript).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const phone = (width: number) => ({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('at phone width', () => {
  for (const width of [375, 390])
    for (const path of ['/data/', '/value-chains/medical-imaging-market/', '/value-chains/mix-innovation-chain/', '/clusters/medicon-valley/', '/landscape/'])
      it(`${path} is no wider than a ${width} px screen`, async () => {
        const { page, close } = await site.open(path, phone(width));
        const overflow = await pageOverflow(page);
        await close();
        expect(overflow).toBe(0);
      });

  it('a stacked row of a fact table names the column of each value', async () => {
    const { page, close } = await site.open('/clusters/medicon-valley/', phone(375));
    const rows = await page.locator('table.facts tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.split('\n')[0]?.trim())),
    );
    const header = await page.locator('table.facts thead').first().evaluate((h) => getComputedStyle(h).display);
    await close();
    // The header row is not shown on a phone, so each cell must carry its column's name itself.
    expect(header).toBe('none');
    expect(rows.length).toBeGreaterThan(3);
    for (const cells of rows) expect(cells).toEqual(['Value', 'When', 'Source']);
  });

  it('the support chart keeps every text inside the chart and apart from the others', async () => {
    const { page, close } = await site.open('/success-factors/', phone(375));
    const report = await page.locator('#support svg.atlas-plot:visible').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
      const rects = texts.map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }));
      const outside = rects.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5).map((t) => t.text);
      const overlaps: string[] = [];
      // <text> elements of one multi-line label share a parent and never overlap; compare each text with every other.
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!.r;
          const b = rects[j]!.r;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`${rects[i]!.text} × ${rects[j]!.text}`);
        }
      return { count: texts.length, outside, overlaps };
    });
    await close();
    expect(report.count).toBeGreaterThan(20);
    expect(report.outside).toEqual([]);
    expect(report.overlaps).toEqual([]);
  });

  for (const javaScriptEnabled of [true, false])
    it(`the header is one line with a Menu that opens by keyboard ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const { page, close } = await site.open('/about/', { ...phone(390), javaScriptEnabled });
      const header = page.locator('.site-header');
      const overview = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' });
      const headerHeight = await header.evaluate((h) => h.getBoundingClientRect().height);
      await expect(overview.isVisible()).resolves.toBe(false);
      await page.locator('summary', { hasText: 'Menu' }).focus();
      await page.keyboard.press('Enter');
      await overview.waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      await close();
      expect(headerHeight).toBeLessThanOrEqual(72);
      expect(focused).toBe('Overview');
    });
});

describe('on a wide screen', () => {
  it('the header shows every link of the main navigation in one line, without a Menu button', async () => {
    const { page, close } = await site.open('/about/', { viewport: { width: 1280, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => ({ visible: a.getClientRects().length > 0, top: Math.round(a.getBoundingClientRect().top) })));
    const summaryShown = await page.locator('.site-header summary').isVisible();
    await close();
    expect(links.length).toBeGreaterThanOrEqual(9);
    expect(links.every((l) => l.visible)).toBe(true);
    expect(new Set(links.map((l) => l.top)).size).toBe(1);
    expect(summaryShown).toBe(false);
  });
});
