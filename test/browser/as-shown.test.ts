/**
 * Every "as shown" download of the chart toolbar (Data CSV, Metadata JSON,
 * Cite this, and the images where the chart has them) holds what the view
 * shows, in its order, and nothing the page keeps hidden: the example drawn
 * for readers without JavaScript, a drawing for another screen width, the
 * matrix of another order, markers a filter took away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';

const site = useSite();
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 320, height: 800 } };
const sources = JSON.parse(readFileSync(join(dist, 'data', 'sources.json'), 'utf8')) as { id: string; title: string }[];

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return downloadedBytes(file);
}
const csvRows = (bytes: Buffer) => Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data;
/** The distinct values of a column, in order of first appearance. */
const distinct = (rows: readonly Record<string, string>[], column: string) => [...new Set(rows.map((r) => r[column] ?? ''))];
/** Source ids a CSV's rows cite (a cell may hold several, «;»-separated). */
const citedIds = (rows: readonly Record<string, string>[]) => new Set(rows.flatMap((r) => (r['source'] ?? '').split(';').filter(Boolean)));

/** CSV rows, metadata and citation text of the toolbar `bar`, as the reader downloads them now. */
async function asShown(page: Page, bar: Locator) {
  const rows = csvRows(await download(page, bar.getByRole('button', { name: /^Data \(CSV\)/ })));
  const meta = JSON.parse((await download(page, bar.getByRole('button', { name: /^Metadata \(JSON\)/ }))).toString('utf8')) as {
    rows: number;
    sources: string[];
    citation: string;
  };
  await bar.getByRole('button', { name: /^Cite this/ }).click();
  const text = bar.getByRole('textbox', { name: /Citation of this view/ });
  await expect.poll(() => text.inputValue()).toContain('Biomedical Clusters Atlas');
  return { rows, meta, citation: await text.inputValue() };
}

/** The metadata and the citation name exactly the source documents the CSV's rows cite. */
function expectSourcesOf(shown: Awaited<ReturnType<typeof asShown>>) {
  const cited = citedIds(shown.rows);
  expect(shown.meta.rows).toBe(shown.rows.length);
  expect(shown.meta.sources).toHaveLength(cited.size);
  for (const s of sources) {
    expect(shown.meta.sources.some((line) => line.includes(s.title)), s.id).toBe(cited.has(s.id));
    expect(shown.citation.includes(s.title), s.id).toBe(cited.has(s.id));
  }
}

describe('"as shown" downloads hold exactly the view on screen', () => {
  it('compare: the three clusters of the address, in the order of its columns, not the example shown without JavaScript', async () => {
    const ids = ['medicon-valley', 'biom', 'lyonbiopole'];
    const { page, problems, close } = await site.open(`/compare/?clusters=${ids.join(',')}`, DESKTOP);
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-view] thead th[data-column]').length === 3);
    const columns = await page.locator('[data-compare-view] thead th[data-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')));
    expect(columns).toEqual(ids);
    const shown = await asShown(page, page.locator('[data-chart-tools]'));
    expect(distinct(shown.rows, 'cluster_id')).toEqual(ids);
    // Each cluster's rows stand together: one block per column, in the columns' order.
    const blocks = shown.rows.map((r) => r['cluster_id']).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(blocks).toEqual(ids);
    expectSourcesOf(shown);
    expect(problems).toEqual([]);
    await close();
  });

  it('compare: two clusters whose sources leave out HSE 2019 give a citation without it', async () => {
    // Biocat and BioM are outside the HSE sample; the example shown without JavaScript is all HSE 2019.
    const { page, problems, close } = await site.open('/compare/?clusters=biocat,biom', DESKTOP);
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-view] thead th[data-column]').length === 2);
    const shown = await asShown(page, page.locator('[data-chart-tools]'));
    expect(distinct(shown.rows, 'cluster_id')).toEqual(['biocat', 'biom']);
    expectSourcesOf(shown);
    expect(problems).toEqual([]);
    await close();
  });

  it('compare with no cluster chosen: the downloads hold no row, though the example for readers without JavaScript is in the page', async () => {
    const { page, problems, close } = await site.open('/compare/', DESKTOP);
    await expect(page.locator('[data-compare-empty]').isVisible()).resolves.toBe(true);
    const bar = page.locator('[data-chart-tools]');
    expect(csvRows(await download(page, bar.getByRole('button', { name: /^Data \(CSV\)/ })))).toEqual([]);
    const meta = JSON.parse((await download(page, bar.getByRole('button', { name: /^Metadata \(JSON\)/ }))).toString('utf8'));
    expect(meta).toMatchObject({ rows: 0, sources: [] });
    expect(problems).toEqual([]);
    await close();
  });

  it('map at phone width, filtered: the markers of the stacked map that the filter leaves, and the same in the SVG', async () => {
    const { page, problems, close } = await site.open('/map/?group=3', PHONE);
    // The list beside the map is the view's text alternative: the entries it shows are the clusters shown.
    const listed = await page.locator('li[data-id]:visible').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(listed.length).toBeGreaterThan(0);
    const markers = await page
      .locator('svg.cluster-map.narrow [data-id]:not([hidden])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    const bar = page.locator('[data-chart-tools]');
    const shown = await asShown(page, bar);
    const ids = distinct(shown.rows, 'cluster_id');
    expect(ids).toEqual([...new Set(markers)]);
    expect([...ids].sort()).toEqual([...listed].sort());
    for (const row of shown.rows) expect(row['group']).toMatch(/^3\. /);
    expectSourcesOf(shown);
    const svg = (await download(page, bar.getByRole('button', { name: /^Download SVG/ }))).toString('utf8');
    expect([...new Set([...svg.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]))].sort()).toEqual([...ids].sort());
    expect(problems).toEqual([]);
    await close();
  });

  it('success-factor matrix in another order and filtered by group: the cells of the matrix on screen, in its order', async () => {
    const { page, problems, close } = await site.open('/success-factors/?order=country&group=2', DESKTOP);
    const matrix = page.locator('.matrix[data-order="country"]');
    await expect(matrix.isVisible()).resolves.toBe(true);
    // The matrix is drawn for wide and for narrow screens; the cells are those of the drawing laid out.
    const cells = await matrix
      .locator('svg:visible [data-cluster][data-factor]:not(.dimmed)')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-cluster')}|${el.getAttribute('data-factor')}`));
    const bar = page.locator('[data-chart-figure]', { has: page.locator('.matrix') }).locator('[data-chart-tools]');
    const shown = await asShown(page, bar);
    const clusters = JSON.parse(readFileSync(join(dist, 'data', 'clusters.json'), 'utf8')) as { id: string; name: string }[];
    const byName = new Map(clusters.map((c) => [c.name, c.id]));
    const shownCells = distinct(
      shown.rows.map((r) => ({ key: `${byName.get(r['cluster'] ?? '')}|${r['factor_number']}` })),
      'key',
    );
    const factors = JSON.parse(readFileSync(join(dist, 'data', 'success-factors.json'), 'utf8')) as { id: string; number: number }[];
    const numberOf = new Map(factors.map((f) => [f.id, String(f.number)]));
    expect(shownCells).toEqual(cells.map((key) => key.replace(/\|(.+)$/, (_, f: string) => `|${numberOf.get(f)}`)));
    for (const row of shown.rows) expect(row['group']).toMatch(/^2\. /);
    expectSourcesOf(shown);
    expect(problems).toEqual([]);
    await close();
  });

  it('value chain at phone width: the stages of the chain once each, though it is drawn twice (across and down)', async () => {
    const { page, problems, close } = await site.open('/value-chains/mix-innovation-chain/', PHONE);
    const nodes = JSON.parse(readFileSync(join(dist, 'data', 'value-chain-nodes.json'), 'utf8')) as { chain_id: string; id: string; source: string }[];
    const chain = nodes.filter((n) => n.chain_id === 'mix-innovation-chain');
    const shown = await asShown(page, page.locator('[data-chart-tools]'));
    expect(shown.rows.map((r) => r['stage_id']).sort()).toEqual(chain.map((n) => n.id).sort());
    expectSourcesOf(shown);
    expect(problems).toEqual([]);
    await close();
  });

  it('guide instruments: each amount chart holds its own bars, not the other charts’ nor the table’s rows', async () => {
    const { page, problems, close } = await site.open('/guide/instruments/', DESKTOP);
    const figures = page.locator('[data-chart-figure]');
    const count = await figures.count();
    expect(count).toBeGreaterThan(1);
    const all = new Set<string>();
    let total = 0;
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const bars = await figure
        .locator('[data-chart-svg] svg:visible [data-instrument]')
        .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-instrument')))]);
      const shown = await asShown(page, figure.locator('[data-chart-tools]'));
      expect(shown.rows).toHaveLength(bars.length);
      for (const row of shown.rows) all.add(row['instrument'] ?? '');
      total += shown.rows.length;
      expectSourcesOf(shown);
    }
    // No instrument is in two charts' downloads (one chart per unit).
    expect(all.size).toBe(total);
    expect(problems).toEqual([]);
    await close();
  });

  it('a profile’s fact chart: its bars, with the sources of those bars only', async () => {
    const { page, problems, close } = await site.open('/clusters/medicon-valley/', DESKTOP);
    const figure = page.locator('[data-chart-figure]').first();
    // One bar (a rect of the Plot drawing) per fact charted.
    const bars = await figure.locator('[data-chart-svg] svg rect').count();
    expect(bars).toBeGreaterThan(0);
    const shown = await asShown(page, figure.locator('[data-chart-tools]'));
    expect(shown.rows).toHaveLength(bars);
    expect(distinct(shown.rows, 'cluster_id')).toEqual(['medicon-valley']);
    expect(distinct(shown.rows, 'cluster_name')).toEqual(['Medicon Valley']);
    // Each row carries its fact's id, under facts.csv's own column name, so it joins back.
    for (const row of shown.rows) expect(row['id'], JSON.stringify(row)).toMatch(/^[a-z0-9-]+$/);
    expectSourcesOf(shown);
    expect(problems).toEqual([]);
    await close();
  });
});
