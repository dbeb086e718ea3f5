/** The 404 page helps the visitor on: the main sections, the search, clusters to start with; from any depth. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';

const site = useSite();
const SECTIONS = ['/clusters/', '/map/', '/', '/success-factors/', '/landscape/', '/value-chains/', '/data/', '/about/#sources'];

describe('the 404 page', () => {
  it('answers an unknown address deep in the site with status 404, the main sections and the search', async () => {
    const { page, close } = await site.open('/clusters/no-such-cluster/');
    await expect(page.evaluate(() => performance.getEntriesByType('navigation').map((e) => (e as PerformanceNavigationTiming).responseStatus))).resolves.toEqual([404]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    const hrefs = await page.locator('main ul.sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([...SECTIONS, '/search/']);
    await expect(page.locator('form[role="search"]').count()).resolves.toBe(1);
    // Not a page of its own: no canonical address, not indexed.
    await expect(page.locator('link[rel="canonical"]').count()).resolves.toBe(0);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await page.getByRole('link', { name: 'All clusters' }).click();
    await page.waitForURL((url) => url.pathname === '/clusters/');
    await expect(page.locator('h1').textContent()).resolves.toBe('All clusters');
    await close();
  });

  it('lists eight clusters of the sample to start with, each linking to its profile', async () => {
    const { page, close } = await site.open('/no/such/page/');
    const links = await page.locator('main ul.start a').evaluateAll((as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute('href') ?? '' })));
    expect(links).toHaveLength(8);
    for (const { href } of links) {
      expect(href).toMatch(/^\/clusters\/[a-z0-9-]+\/$/);
      expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
    }
    // The ones whose case studies evidence the most factors: Health Valley Netherlands has five.
    expect(links[0]?.name).toBe('Health Valley Netherlands');
    await close();
  });
});
