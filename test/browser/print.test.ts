/**
 * The print stylesheet, in Chromium's print media at the width of an A4 page:
 * no site chrome or controls, black text, where the page comes from, charts
 * within the page width and kept whole with their title and source line,
 * table alternatives open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
// 210 mm less the 2 × 14 mm margins of the stylesheet's @page, at 96 px per inch.
const A4_CONTENT = { viewport: { width: 688, height: 1000 } };

async function openPrinted(path: string) {
  const opened = await site.open(path, A4_CONTENT);
  await opened.page.emulateMedia({ media: 'print' });
  return opened;
}

const shown = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);

/** For each chart: its width against the page's, whether it breaks inside, and its source line. */
const charts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((figures) =>
    figures.map((f) => {
      const svg = [...f.querySelectorAll('svg')].find((s) => s.getClientRects().length > 0 && !s.closest('.atlas-plot-swatch'));
      const body = f.querySelector('.chart-body') ?? f;
      return {
        fits: (svg?.getBoundingClientRect().width ?? Infinity) <= document.documentElement.clientWidth,
        breakInside: getComputedStyle(body).breakInside,
        titleBreakAfter: getComputedStyle(f.querySelector('h2, h3') ?? f).breakAfter,
        source: f.querySelector('.chart-source')?.textContent?.trim().slice(0, 7),
      };
    }),
  );

describe('printed', () => {
  it('a cluster profile: content only, black on white, its charts whole with title and source line', async () => {
    const { page, problems, close } = await openPrinted('/clusters/medicon-valley/');
    await expect(shown(page, '.site-header, .site-footer, .skip-link, nav[aria-label="Main"]')).resolves.toBe(0);
    await expect(page.locator('.print-source').textContent()).resolves.toBe('Biomedical Clusters Atlas · http://127.0.0.1:4321/clusters/medicon-valley/');
    await expect(page.locator('main p').first().evaluate((p) => getComputedStyle(p).color)).resolves.toBe('rgb(0, 0, 0)');
    const figures = await charts(page, 'figure.chart');
    expect(figures).toHaveLength(2);
    for (const f of figures) expect(f).toEqual({ fits: true, breakInside: 'avoid', titleBreakAfter: 'avoid', source: 'Source:' });
    await expect(shown(page, 'svg.world-map')).resolves.toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('the explorer: no controls, the charts whole and within the page, the table alternatives open', async () => {
    const { page, problems, close } = await openPrinted('/success-factors/');
    await expect(shown(page, 'form, button')).resolves.toBe(0);
    const figures = await charts(page, 'figure.chart-figure');
    expect(figures).toHaveLength(2);
    for (const f of figures) expect(f).toEqual({ fits: true, breakInside: 'avoid', titleBreakAfter: 'avoid', source: 'Source:' });
    await expect(shown(page, '#matrix details tbody tr')).resolves.toBe(9);
    await expect(shown(page, '#support details tbody tr')).resolves.toBe(7);
    expect(problems).toEqual([]);
    await close();
  });

  it('the map: the drawn map and the whole list, without filters', async () => {
    const { page, problems, close } = await openPrinted('/map/');
    await expect(shown(page, 'form[data-filters], button')).resolves.toBe(0);
    await expect(shown(page, 'svg.world-map')).resolves.toBe(1);
    const list = await page.locator('.list').boundingBox();
    expect(list?.x).toBeLessThan(20);
    expect(problems).toEqual([]);
    await close();
  });

  it('a long value chain: top to bottom, in pieces of at most a page each, cut only between stages', async () => {
    const { page, problems, close } = await openPrinted('/value-chains/mix-innovation-chain/');
    await expect(shown(page, 'svg.vc-diagram')).resolves.toBe(0);
    const printed = await page.evaluate(() => {
      const drawing = document.querySelector('svg.vc-vertical') as SVGSVGElement;
      const boxes = [...drawing.querySelectorAll<SVGRectElement>('a.vc-stage .vc-box')].map((r) => ({ top: r.y.baseVal.value, bottom: r.y.baseVal.value + r.height.baseVal.value }));
      return [...document.querySelectorAll<SVGSVGElement>('svg.vc-print-slice')].map((svg) => {
        const { y, height } = svg.viewBox.baseVal;
        return {
          shown: svg.getClientRects().length > 0,
          drawsTheChain: svg.querySelector('use')?.getAttribute('href') === `#${drawing.id}`,
          height: svg.getBoundingClientRect().height,
          breakInside: getComputedStyle(svg).breakInside,
          cutsThrough: boxes.filter((b) => (b.top < y && b.bottom > y) || (b.top < y + height && b.bottom > y + height)).length,
        };
      });
    });
    // A4 less the stylesheet's 2 × 15 mm of @page margin, at 96 CSS px per inch.
    const pageHeight = ((297 - 30) / 25.4) * 96;
    expect(printed.length).toBeGreaterThan(1);
    for (const p of printed) {
      expect(p).toMatchObject({ shown: true, drawsTheChain: true, breakInside: 'avoid', cutsThrough: 0 });
      expect(p.height).toBeLessThan(pageHeight);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('prints to PDF', async () => {
    const { page, close } = await openPrinted('/success-factors/');
    const pdf = await page.pdf({ format: 'A4' });
    await close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
