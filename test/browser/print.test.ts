/**
 * The print stylesheet, in Chromium's print media at the width of an A4 page:
 * no site chrome or controls, black text, where the page comes from, charts
 * within the page width and kept whole with their title and source line,
 * table alternatives open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageKinds } from '../helpers/axe.ts';
import { useSite } from '../helpers/browser.ts';
import { dist, htmlPages } from '../helpers/pages.ts';

const site = useSite();
// 210 mm less the 2 × 14 mm margins of the stylesheet's @page, at 96 px per inch.
const A4_CONTENT = { viewport: { width: 688, height: 1000 } };
// 297 mm less the same margins: the stylesheet's landscape pages (@page wide).
const A4_LANDSCAPE_CONTENT = { viewport: { width: 1017, height: 700 } };

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
    // The address the page is served from, not the one the build assumed (issue 26 case 12).
    await expect(page.locator('.print-source').textContent()).resolves.toBe(`Biomedical Clusters Atlas · ${site.origin}/clusters/medicon-valley/`);
    await expect(page.locator('main p').first().evaluate((p) => getComputedStyle(p).color)).resolves.toBe('rgb(0, 0, 0)');
    const figures = await charts(page, 'figure.chart-figure');
    expect(figures).toHaveLength(2);
    for (const f of figures) expect(f).toEqual({ fits: true, breakInside: 'avoid', titleBreakAfter: 'avoid', source: 'Source:' });
    await expect(shown(page, 'svg.world-map')).resolves.toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('a comparison names the clusters printed in its address line, also after one is added', async () => {
    const { page, problems, close } = await site.open('/compare/?clusters=biocat,biom', A4_CONTENT);
    await expect.poll(() => page.locator('[data-compare-view] thead th[data-column]').count()).toBe(2);
    await page.getByLabel('Add a cluster').selectOption('medicon-valley');
    await page.getByRole('button', { name: 'Add to the comparison' }).click();
    await expect.poll(() => page.locator('[data-compare-view] thead th[data-column]').count()).toBe(3);
    const address = `${site.origin}/compare/${new URL(page.url()).search}`;
    expect(address).toContain('medicon-valley');
    // What the browser does before it prints (emulateMedia alone does not fire it).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-source').textContent()).resolves.toBe(`Biomedical Clusters Atlas · ${address}`);
    await expect(shown(page, '.print-source')).resolves.toBe(1);
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

  it('a group’s page: a brief without controls, its members, characteristics and figures within the page', async () => {
    const { page, problems, close } = await openPrinted('/groups/world-class-biomedical-research-clusters/');
    // A sortable column's name is its button, printed as its words (sort-headers.ts); no other button prints.
    await expect(shown(page, 'button:not(.sort-button), .site-header, .site-footer, .chart-tools')).resolves.toBe(0);
    await expect(shown(page, 'ul.members li')).resolves.toBe(20);
    await expect(shown(page, 'dl.traits dt')).resolves.toBe(9);
    await expect(shown(page, 'table[data-sorted-table] tbody tr')).resolves.toBe(20);
    const right = await page.locator('table[data-sorted-table]').evaluate((t) => t.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(A4_CONTENT.viewport.width + 1);
    expect(problems).toEqual([]);
    await close();
  });

  it('the table of all clusters prints as a list, several clusters a page, each value under its column’s name', async () => {
    const { page, problems, close } = await openPrinted('/clusters/');
    const rows = await shown(page, 'table.print-list tbody tr');
    expect(rows).toBeGreaterThanOrEqual(69);
    // A cluster's block on paper: its name, a few lines of what the sources give, set at the page's width.
    const block = await page.locator('table.print-list tbody tr').evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).display));
    expect(new Set(block)).toEqual(new Set(['block']));
    await expect(page.locator('table.print-list tbody td[data-label="Countries"]').first().evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toBe('"Countries: "');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // As a landscape table of 18 narrow columns it took 60 pages of four rows each, words cut letter by letter.
    expect(pages).toBeLessThanOrEqual(Math.ceil(rows / 5) + 1);
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

  /**
   * What a page shows on screen that is not a control, and whether it is on paper too: each table (and its rows),
   * each figure (a drawing: an svg, image or canvas with an area), each heading, and the main text as a whole.
   * Issue 26 case 1: /clusters/ printed without its table, which sits in a <form>.
   */
  const content = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main) return null;
      // Also left out of the count: the «not reported» cells a table printed as a list leaves off paper.
      const CONTROLS = 'nav, [role="search"], label, select, button, table.print-list td:is(.not-reported, :has(> .not-reported:only-child))';
      const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const drawn = (e: Element) =>
        [...e.querySelectorAll('svg, img, canvas')].some((d) => shown(d) && d.getBoundingClientRect().width > 20 && d.getBoundingClientRect().height > 20);
      return {
        tables: [...main.querySelectorAll('table')].map((t) => ({
          rows: shown(t) ? [...t.querySelectorAll('tbody tr')].filter(shown).length : -1,
          // A table printed as a list (.print-list): its cells in blocks, each value under its column's name.
          list: getComputedStyle(t).display === 'block',
          // Cells shown without their column's name, and cells with a value left out.
          unlabelled: [...t.querySelectorAll('tbody td')].filter((td) => shown(td) && !td.hasAttribute('data-label')).length,
          valuesLeftOut: [...t.querySelectorAll('tbody td')].filter((td) => !shown(td) && !td.matches('.not-reported, :has(> .not-reported:only-child)')).length,
          // Column headers that show their words, and whether the table's right edge is within the page.
          heads: [...t.querySelectorAll('thead th')].filter((th) => shown(th) && (th as HTMLElement).innerText.trim() !== '').length,
          fits: t.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
          // A table the stylesheet puts on pages of its own (CSS `page`, e.g. turned landscape) is measured there.
          ownPage: getComputedStyle(t).getPropertyValue('page') !== 'auto',
        })),
        figures: [...main.querySelectorAll('figure')].map((f) => shown(f) && drawn(f)),
        headings: [...main.querySelectorAll('h1, h2, h3')].filter((h) => !h.closest('nav')).map((h) => (shown(h) ? (h.textContent ?? '').trim() : '')),
        // The words of the page, less those of its navigation and its controls (a select's innerText is all its options).
        text: [main, ...[...main.querySelectorAll(CONTROLS)].filter((e) => shown(e) && !e.parentElement?.closest(CONTROLS))].reduce(
          (n, e, i) => n + (i === 0 ? 1 : -1) * (e as HTMLElement).innerText.replace(/\s+/g, ' ').length,
          0,
        ),
      };
    });

  const kinds = pageKinds(htmlPages(dist));
  describe.concurrent('every page kind keeps its content on paper', () => {
    for (const [route, path] of kinds)
      it(`${route} (${path}): its tables, figures, headings and text`, async ({ expect }) => {
        const { page, problems, close } = await site.open(path, A4_CONTENT);
        try {
          const screen = await content(page);
          await page.emulateMedia({ media: 'print' });
          const paper = await content(page);
          expect(screen).not.toBeNull();
          if (!screen || !paper) return;
          // Every table shown on screen prints, with at least the rows on screen (hidden ones may print too), its
          // column headers, and within the page: paper does not scroll sideways.
          screen.tables.forEach((t, i) => {
            if (t.rows < 0) return;
            expect(paper.tables[i]?.rows, `table ${i + 1}: rows`).toBeGreaterThanOrEqual(t.rows);
            // Column headers on paper, or, for a table printed as a list, each value under its column's name.
            if (paper.tables[i]?.list) expect([paper.tables[i]?.unlabelled, paper.tables[i]?.valuesLeftOut], `table ${i + 1}: unlabelled, values left out`).toEqual([0, 0]);
            else expect(paper.tables[i]?.heads, `table ${i + 1}: column headers`).toBeGreaterThanOrEqual(t.heads);
            if (!paper.tables[i]?.ownPage) expect(paper.tables[i]?.fits, `table ${i + 1}: within the page`).toBe(true);
          });
          if (paper.tables.some((t) => t.ownPage)) {
            await page.setViewportSize(A4_LANDSCAPE_CONTENT.viewport);
            const landscape = await content(page);
            paper.tables.forEach((t, i) => {
              if (t.ownPage) expect(landscape?.tables[i]?.fits, `table ${i + 1}: within its landscape page`).toBe(true);
            });
          }
          screen.figures.forEach((has, i) => {
            if (has) expect(paper.figures[i], `figure ${i + 1} drawn`).toBe(true);
          });
          expect(paper.headings.filter(Boolean)).toEqual(expect.arrayContaining(screen.headings.filter(Boolean)));
          expect(paper.headings[0]).not.toBe('');
          // Controls and their hints leave the paper; the text stays (screen-only words are a small part of a page).
          expect(paper.text).toBeGreaterThan(screen.text * 0.8);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
  });
});
