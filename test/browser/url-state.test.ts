/**
 * URLs that describe what is shown: on every view with URL state, a query value the view does not understand is
 * dropped from the address bar, from Copy link and from the embed code, and named in a short polite line; never an error.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] };

const notice = (page: Page) => page.locator('[data-url-notice]');
const search = (page: Page) => new URL(page.url()).search;

/** What the chart toolbar's Copy link and embed code carry, as query strings. */
async function sharedQueries(page: Page): Promise<{ link: string; embed: string }> {
  const bar = page.locator('[data-chart-tools]').first();
  await bar.getByRole('button', { name: /^Copy link/ }).click();
  await expect.poll(() => bar.getByRole('status').textContent()).toBe('Link copied.');
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText())).search;
  await bar.getByRole('button', { name: /^Embed/ }).click();
  const code = await bar.locator('[data-embed-code]').inputValue();
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1] ?? '';
  return { link, embed: new URL(src.replace(/&amp;/g, '&')).search };
}

describe('URL state a view does not understand', () => {
  const cases: { path: string; view: string; left: string; says: string }[] = [
    {
      view: 'a value chain, with an unknown stage',
      path: '/value-chains/mix-innovation-chain/?stage=bogus',
      left: '',
      says: 'Ignored: stage “bogus” (no such stage of this chain).',
    },
    {
      view: 'the success-factor explorer, with an unknown order and group beside a known one',
      path: '/success-factors/?order=zzz&group=7,2',
      left: '?group=2',
      says: 'Ignored: order “zzz” (no such order); group “7” (no such group).',
    },
    {
      view: 'the map, with an unknown cluster id and parameter',
      path: '/map/?cluster=atlantis&colour=red&group=2',
      left: '?group=2',
      says: 'Ignored: “colour” (not a setting of this view); cluster “atlantis” (no such cluster).',
    },
    {
      view: 'the map’s embed page, with an unknown layer',
      path: '/embed/map/?layer=moon&model=global-network',
      left: '?model=global-network',
      says: 'Ignored: layer “moon” (no such layer).',
    },
    {
      view: 'the factor matrix’s embed page, with an unknown factor',
      path: '/embed/factor-matrix/?factor=luck',
      left: '',
      says: 'Ignored: factor “luck” (no such success factor).',
    },
    {
      view: 'a value chain’s embed page, with two stages',
      path: '/embed/value-chains/mix-innovation-chain/?stage=ideation,bogus',
      left: '?stage=ideation',
      says: 'Ignored: stage “bogus” (no such stage of this chain).',
    },
    {
      view: 'the search, with an unknown kind of page',
      path: '/search/?q=voucher&type=Recipes',
      left: '?q=voucher',
      says: 'Ignored: type “Recipes” (no such kind of page).',
    },
    {
      view: 'the clusters index, with an unknown layer, sort and parameter',
      path: '/clusters/?layer=moon&q=medicon&sort=up&colour=red',
      left: '?q=medicon',
      says: 'Ignored: “colour” (not a setting of this view); layer “moon” (no such layer); sort “up” (no such column to sort by).',
    },
  ];

  for (const c of cases)
    it(`${c.view}: drops it from the address and says so`, async () => {
      const { page, problems, close } = await site.open(c.path, DESKTOP);
      await expect(notice(page).textContent()).resolves.toBe(c.says);
      await expect(notice(page).getAttribute('role')).resolves.toBe('status');
      expect(search(page)).toBe(c.left);
      expect(problems).toEqual([]);
      await close();
    });

  it('keeps it out of Copy link and the embed code (value chain)', async () => {
    const { page, close } = await site.open('/value-chains/mix-innovation-chain/?stage=bogus&x=1', DESKTOP);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await sharedQueries(page)).toEqual({ link: '', embed: '' });
    await close();
  });

  it('keeps it out of Copy link and the embed code, and keeps what it understood (map)', async () => {
    const { page, close } = await site.open('/map/?group=2,9&cluster=atlantis', DESKTOP);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await sharedQueries(page)).toEqual({ link: '?group=2', embed: '?group=2' });
    await close();
  });

  it('keeps it out of Copy link and the embed code (explorer)', async () => {
    const { page, close } = await site.open('/success-factors/?order=zzz&factor=luck', DESKTOP);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    expect(await sharedQueries(page)).toEqual({ link: '', embed: '' });
    await close();
  });

  it('keeps it out of the link back to the full view on an embed page', async () => {
    const { page, close } = await site.open('/embed/map/?layer=moon&model=global-network', DESKTOP);
    await expect(notice(page).isVisible()).resolves.toBe(true);
    const backs = await page.locator('a[data-full-view]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).search));
    expect(backs.length).toBeGreaterThan(0);
    for (const search of backs) expect(search).toBe('?model=global-network');
    await close();
  });

  it('says nothing and keeps the address when it understands everything', async () => {
    for (const path of ['/map/?group=1&layer=sample', '/value-chains/mix-innovation-chain/?stage=ideation', '/search/?q=voucher&type=Value%20chain', '/success-factors/?group=2']) {
      const { page, close } = await site.open(path, DESKTOP);
      await expect(notice(page).count()).resolves.toBe(0);
      expect(`${new URL(page.url()).pathname}${search(page)}`).toBe(path);
      await close();
    }
  });

  it('shows the line as text, whatever the URL carries, and passes axe with it', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', DESKTOP);
    await expect(notice(page).textContent()).resolves.toBe('Ignored: cluster “<img src=x onerror=alert(1)>” (no such cluster).');
    await expect(notice(page).locator('*').count()).resolves.toBe(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
