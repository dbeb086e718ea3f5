/**
 * Long wide tables on a phone (issue 26 case 3): scrolled down and sideways inside their box, the clusters table and
 * a comparison keep their header row — the column's name, the clusters' names — and their first column or row label
 * in view, and what takes focus is not hidden under the sticky header (WCAG 2.4.11). Two clusters compared fit a
 * 320 px screen without scrolling sideways.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const phone = (width: number, height = 800) => ({ viewport: { width, height }, isMobile: true, hasTouch: true });

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const rectOf = (l: Locator): Promise<Rect> =>
  l.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
/** The part of the box's area that its scrollbars leave for content. */
const innerOf = (l: Locator): Promise<Rect> =>
  l.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top + e.clientTop, bottom: r.top + e.clientTop + e.clientHeight, left: r.left + e.clientLeft, right: r.left + e.clientLeft + e.clientWidth };
  });
const inside = (r: Rect, box: Rect) => r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
const overlapX = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left);

/** Brings a cell into the middle of its scroll box, as a reader scrolling down and sideways would. */
const scrollTo = (cell: Locator) => cell.evaluate((c) => c.scrollIntoView({ block: 'center', inline: 'center' }));

describe('a long wide table on a phone keeps its header in view', () => {
  it('/clusters/ at 375 px: scrolled down and right, a cell’s column name and its row’s cluster name are in view', async () => {
    const { page, problems, close } = await site.open('/clusters/', phone(375));
    const box = page.getByRole('region', { name: /All clusters of the atlas/ });
    const rows = page.locator('table.clusters tbody tr');
    expect(await rows.count()).toBeGreaterThan(40);
    // A cell far down and far right: the 40th row's column 12 (an indicator).
    const row = rows.nth(39);
    const cell = row.locator('td').nth(10);
    await scrollTo(cell);
    await expect.poll(() => box.evaluate((b) => b.scrollTop)).toBeGreaterThan(1000);
    expect(await box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(500);
    const view = await innerOf(box);
    const cellRect = await rectOf(cell);
    expect(inside(cellRect, view)).toBe(true);
    // The column's header: at the top of the box, over the cell, and wholly visible.
    const head = page.locator('table.clusters thead th').nth(11);
    const headRect = await rectOf(head);
    expect(Math.abs(headRect.top - view.top)).toBeLessThan(2);
    expect(inside(headRect, view)).toBe(true);
    expect(overlapX(headRect, cellRect)).toBeGreaterThan(0.8 * (cellRect.right - cellRect.left));
    expect(headRect.bottom).toBeLessThanOrEqual(cellRect.top + 1);
    // The row's cluster name at the left edge, and the name column's header in the corner above it.
    const name = await rectOf(row.locator('th'));
    expect(Math.abs(name.left - view.left)).toBeLessThan(2);
    const corner = await rectOf(page.locator('table.clusters thead th').first());
    expect(Math.abs(corner.left - view.left)).toBeLessThan(2);
    expect(Math.abs(corner.top - view.top)).toBeLessThan(2);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(problems).toEqual([]);
    await close();
  });

  it('/clusters/ at 375 px: a link reached with Tab is not hidden under the sticky header or name column', async () => {
    const { page, close } = await site.open('/clusters/', phone(375));
    const box = page.getByRole('region', { name: /All clusters of the atlas/ });
    // Scrolled to the end, then back to the top by focus: the 30th row's first success-factor link.
    await box.evaluate((b) => b.scrollTo(b.scrollWidth, b.scrollHeight));
    const link = page.locator('table.clusters tbody tr td.names a').nth(20);
    await link.focus();
    const view = await innerOf(box);
    const head = await rectOf(page.locator('table.clusters thead th').nth(4));
    const nameColumn = await rectOf(page.locator('table.clusters thead th').first());
    const linkRect = await rectOf(link);
    // Below the header row, and beside the name column: a link of two lines may be wider than the part of the box
    // the name column leaves, so at least most of that part shows it.
    expect(linkRect.top).toBeGreaterThanOrEqual(head.bottom - 1);
    expect(linkRect.bottom).toBeLessThanOrEqual(view.bottom + 1);
    const uncovered = Math.min(linkRect.right, view.right) - Math.max(linkRect.left, nameColumn.right);
    expect(uncovered).toBeGreaterThanOrEqual(0.8 * Math.min(linkRect.right - linkRect.left, view.right - nameColumn.right));
    await close();
  });

  const compared = async (page: Page) => {
    await expect.poll(() => page.locator('[data-compare-view] thead th[data-column]').count()).toBe(2);
    return page.getByRole('region', { name: 'Comparison table' });
  };

  for (const width of [320, 375])
    it(`/compare/ with two clusters at ${width} px: no sideways scrolling, the clusters’ names stay in view`, async () => {
      const { page, problems, close } = await site.open('/compare/?clusters=medicon-valley,biocat', phone(width, 640));
      const box = await compared(page);
      expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBe(0);
      // A row far down, brought to the top of the box: it stops under the clusters' names (the box's scroll padding).
      const row = page.locator('[data-compare-view] tbody tr[data-row]').nth(-4);
      await row.locator('th').evaluate((th) => th.scrollIntoView({ block: 'start' }));
      await expect.poll(() => box.evaluate((b) => b.scrollTop)).toBeGreaterThan(2000);
      const view = await innerOf(box);
      const names = page.locator('[data-compare-view] thead th[data-column]');
      const label = await rectOf(row.locator('th'));
      for (const i of [0, 1]) {
        const r = await rectOf(names.nth(i));
        expect(inside(r, view)).toBe(true);
        expect(Math.abs(r.top - view.top)).toBeLessThan(2);
        expect(label.top).toBeGreaterThanOrEqual(r.bottom - 1);
        // Each value stands under its cluster's name.
        expect(overlapX(r, await rectOf(row.locator('td').nth(i)))).toBeGreaterThan(50);
      }
      expect(inside(label, view)).toBe(true);
      expect(problems).toEqual([]);
      await close();
    });

  it('/compare/ with four clusters at 320 px: scrolled sideways, the row label stays at the left edge', async () => {
    const { page, close } = await site.open('/compare/?clusters=medicon-valley,biocat,lyonbiopole,bioxclusters', phone(320, 568));
    await expect.poll(() => page.locator('[data-compare-view] thead th[data-column]').count()).toBe(4);
    const box = page.getByRole('region', { name: 'Comparison table' });
    const row = page.locator('[data-compare-view] tbody tr[data-row]').nth(5);
    await scrollTo(row.locator('td').nth(3));
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(100);
    const view = await innerOf(box);
    const label = await rectOf(row.locator('th'));
    expect(inside(label, view)).toBe(true);
    const name = await rectOf(page.locator('[data-compare-view] thead th[data-column]').nth(3));
    expect(inside(name, view)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close();
  });
});
