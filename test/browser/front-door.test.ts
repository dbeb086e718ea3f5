/**
 * The overview's first screen (issue 26 case 10): at a desktop's 1280 × 800 and at phones' 390 × 844 and 320 × 568,
 * the world map (its drawing) begins on the first screen and the three ways in — the paths for policy, research and
 * reports, or on a phone the line of links to them — are on it; the map is framed like every chart (title, source
 * line, toolbar).
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();

describe('the overview’s first screen', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
    [320, 568],
  ] as const)
    it(`holds the map and the three ways in at ${width} × ${height}`, async () => {
      const { page, problems, close } = await site.open('/', { viewport: { width, height } });
      const map = page.locator('[data-home-map] svg.world-map:visible');
      await expect(map.count()).resolves.toBe(1);
      const mapTop = await map.evaluate((svg) => svg.getBoundingClientRect().top);
      expect(mapTop).toBeLessThan(height - 20);
      // The three ways in: each audience's heading beside the map, or on a phone the links to them.
      const ways = page.locator(width >= 900 ? '.paths h3' : '.ways a');
      const bottoms = await ways.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().bottom));
      expect(bottoms).toHaveLength(3);
      for (const b of bottoms) expect(b).toBeLessThanOrEqual(height);
      await expect(page.locator('[data-home-map] .chart-source').textContent()).resolves.toMatch(/^Source:/);
      await expect(page.locator('[data-home-map]').getAttribute('aria-labelledby')).resolves.toBe('overview-map-title');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
      await close();
    });

  it('the phone’s links to the three ways in lead to them', async () => {
    const { page, close } = await site.open('/', { viewport: { width: 390, height: 844 } });
    for (const id of ['path-policy', 'path-research', 'path-report']) {
      await expect(page.locator(`.ways a[href="#${id}"]`).count()).resolves.toBe(1);
      await expect(page.locator(`#${id}`).count()).resolves.toBe(1);
    }
    await close();
  });
});
