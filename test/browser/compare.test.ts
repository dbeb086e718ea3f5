/**
 * The compare view (/compare/?clusters=a,b) and the clusters table's
 * selection, in Chromium against the built site: the view restores from the
 * address, names and drops what it cannot use, adds and removes clusters by
 * keyboard with the address in step, reads without JavaScript, passes axe and
 * does not scroll sideways at 320 and 390 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';
import { repoRoot } from '../helpers/dataset.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const generated = <T>(name: string) => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as T[];
const clusters = generated<{ id: string; name: string }>('clusters');
const nameOf = (id: string) => clusters.find((c) => c.id === id)?.name ?? id;
const THREE = ['healthcapital-berlin-brandenburg', 'medicon-valley', 'lithuanian-medical-tourism-cluster'];

const columnNames = (page: Page) => page.locator('[data-compare-view] thead th[data-column] a').allTextContents();
const shownColumns = (page: Page, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll('[data-compare-view] thead th[data-column]').length === count, n);
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);
const axeViolations = async (page: Page, tags?: string[]) => {
  const builder = new AxeBuilder({ page });
  const result = await (tags ? builder.withTags(tags) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

describe('the compare view', () => {
  it('restores three clusters from the address, each value with its source', async () => {
    const { page, problems, close } = await site.open(`/compare/?clusters=${THREE.join(',')}`, DESKTOP);
    await shownColumns(page, 3);
    expect(await columnNames(page)).toEqual(THREE.map(nameOf));
    expect(query(page)).toBe(`?clusters=${THREE.join(',')}`);
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toBe('');
    // Medicon Valley's events per year is its fact's own words, and its citation links to that fact on the profile.
    const events = page.locator('[data-compare-view] tr[data-row="indicator-events-per-year"] td').nth(1);
    await expect(events.locator('.value').textContent()).resolves.toBe('about 25-30');
    const href = await events.locator('.cite a').getAttribute('href');
    expect(href).toBe('/clusters/medicon-valley/#fact-medicon-valley-events-1');
    expect(readFileSync(join(dist, 'clusters', 'medicon-valley', 'index.html'), 'utf8')).toContain('id="fact-medicon-valley-events-1"');
    // Silence is said, not left blank; every value that is shown carries a citation.
    await expect(page.locator('[data-compare-view] td .not-reported', { hasText: 'Not reported' }).count()).resolves.toBeGreaterThan(5);
    const uncited = await page
      .locator('[data-compare-view] td')
      .evaluateAll((cells) => cells.filter((td) => !td.querySelector('.not-reported')).filter((td) => td.querySelectorAll('.cite a').length === 0).length);
    expect(uncited).toBe(0);
    // One quotation per case study: HealthCapital has four.
    await expect(page.locator('[data-compare-view] tr[data-row="quotes"] td').first().locator('blockquote').count()).resolves.toBe(4);
    expect(await page.title()).toContain('Medicon Valley');
    expect(problems).toEqual([]);
    await close();
  });

  it('names unknown, repeated and surplus ids and unused parameters, drops them from the view and the address', async () => {
    const given = 'medicon-valley,atlantis,eurasante,medicon-valley,biocat,biom,massbio,connected-health';
    const { page, problems, close } = await site.open(`/compare/?clusters=${given}&group=2`, DESKTOP);
    await shownColumns(page, 4);
    expect(await columnNames(page)).toEqual(['medicon-valley', 'eurasante', 'biocat', 'biom'].map(nameOf));
    expect(query(page)).toBe('?clusters=medicon-valley,eurasante,biocat,biom');
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toBe(
      'Ignored: “group” (not a setting of this view); clusters “atlantis” (no such cluster); clusters “medicon-valley” (given more than once); ' +
        'clusters “massbio” (at most 4 at a time); clusters “connected-health” (at most 4 at a time).',
    );
    expect(problems).toEqual([]);
    await close();
  });

  it('reads the repeated parameters the clusters form sends without JavaScript, and writes the canonical address', async () => {
    const { page, close } = await site.open('/compare/?clusters=biocat&clusters=biom', DESKTOP);
    await shownColumns(page, 2);
    expect(query(page)).toBe('?clusters=biocat,biom');
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toBe('');
    await close();
  });

  it('shows the empty state and an example when no cluster is named', async () => {
    const { page, close } = await site.open('/compare/', DESKTOP);
    await expect(page.locator('[data-compare-empty]').isVisible()).resolves.toBe(true);
    await page.locator('[data-compare-example]').click();
    await shownColumns(page, 3);
    await close();
  });

  it('adds and removes clusters by keyboard, with the address and Back in step', async () => {
    const { page, problems, close } = await site.open('/compare/?clusters=medicon-valley', DESKTOP);
    await shownColumns(page, 1);
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('add at least one more');
    // Tab to the menu, pick by typing (the select's type-ahead), Tab to the button, Enter.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'compare-add')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-add');
    await page.keyboard.type('Eurasan');
    await expect(page.locator('#compare-add').inputValue()).resolves.toBe('eurasante');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await shownColumns(page, 2);
    expect(query(page)).toBe('?clusters=medicon-valley,eurasante');
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain(`${nameOf('eurasante')} added.`);
    // The option already shown cannot be added twice.
    await expect(page.locator('#compare-add option[value="eurasante"]').isDisabled()).resolves.toBe(true);
    // Remove Medicon Valley with the keyboard: the focus moves to the remaining Remove button.
    await page.locator('button[data-remove="medicon-valley"]').focus();
    await page.keyboard.press('Enter');
    await shownColumns(page, 1);
    expect(query(page)).toBe('?clusters=eurasante');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['remove'])).toBe('eurasante');
    // Back restores the previous selection.
    await page.goBack();
    await shownColumns(page, 2);
    expect(query(page)).toBe('?clusters=medicon-valley,eurasante');
    expect(problems).toEqual([]);
    await close();
  });

  it('without JavaScript: explains, shows an example comparison and offers the clusters table', async () => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/compare/?clusters=biocat,biom`);
    const example = page.locator('.without-script table.compare-table');
    await expect(example.isVisible()).resolves.toBe(true);
    await expect(example.locator('thead th[data-column]').count()).resolves.toBe(3);
    await expect(page.locator('.without-script p.note').textContent()).resolves.toContain('needs JavaScript');
    await expect(page.locator('.without-script a[href="/clusters/"]').count()).resolves.toBe(1);
    await expect(page.locator('#compare-add').isVisible()).resolves.toBe(false);
    await context.close();
  });

  // axe walks a few thousand nodes here: on a busy two-core machine that takes a while.
  it('passes axe with three clusters on a desktop', async () => {
    const desktop = await site.open(`/compare/?clusters=${THREE.join(',')}`, DESKTOP);
    await shownColumns(desktop.page, 3);
    expect(await axeViolations(desktop.page)).toEqual([]);
    await desktop.close();
  }, 180_000);

  it('passes axe (WCAG 2.2 AA) with three clusters at phone width', async () => {
    const phone = await site.open(`/compare/?clusters=${THREE.join(',')}`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await shownColumns(phone.page, 3);
    expect(await axeViolations(phone.page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])).toEqual([]);
    await phone.close();
  }, 180_000);

  for (const width of [320, 390])
    it(`does not scroll the page sideways at ${width} px: the tables scroll in their own box`, async () => {
      for (const path of [`/compare/?clusters=${THREE.join(',')}`, '/clusters/', '/embed/compare/?clusters=biocat,biom']) {
        const { page, close } = await site.open(path, { viewport: { width, height: 800 } });
        if (path.includes('compare')) await page.waitForSelector('[data-compare-view] table');
        await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(width);
        const box = page.locator(path.startsWith('/clusters/') ? '.scroll' : '[data-compare-view]').first();
        // Two clusters share a phone's width (issue 26 case 3); three and the table of all clusters scroll in their box.
        await expect(box.evaluate((el) => el.scrollWidth > el.clientWidth), path).resolves.toBe(!path.endsWith('biocat,biom'));
        await close();
      }
    });

  it('prints without the controls', async () => {
    const { page, close } = await site.open(`/compare/?clusters=${THREE.join(',')}`, DESKTOP);
    await shownColumns(page, 3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#compare-add').isVisible()).resolves.toBe(false);
    await expect(page.locator('button[data-remove]').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-compare-view] table').isVisible()).resolves.toBe(true);
    await close();
  });

  it('its toolbar gives the embed code and the link of the selection on screen', async () => {
    const { page, close } = await site.open('/compare/?clusters=biocat,biom', { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    await shownColumns(page, 2);
    await page.getByRole('button', { name: /^Embed/ }).click();
    // Addresses come from where the page is served, not from the build's SITE_URL.
    await expect(page.locator('[data-embed-code]').inputValue()).resolves.toContain(`${site.origin}/embed/compare/?clusters=biocat,biom`);
    await page.getByRole('button', { name: /^Copy link/ }).click();
    // Copying is asynchronous (the clipboard answers a promise): wait for the status line to say so.
    await expect.poll(() => page.locator('[data-tool-status]').textContent()).toBe('Link copied.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${site.origin}/compare/?clusters=biocat,biom`);
    // A table has no drawing to save as an image.
    await expect(page.getByRole('button', { name: /Download (SVG|PNG)/ }).count()).resolves.toBe(0);
    await close();
  });

  it('has an embed page that honours the address, without controls', async () => {
    const { page, problems, close } = await site.open('/embed/compare/?clusters=biocat,atlantis,biom', DESKTOP);
    await shownColumns(page, 2);
    expect(query(page)).toBe('?clusters=biocat,biom');
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toBe('Ignored: clusters “atlantis” (no such cluster).');
    await expect(page.locator('button[data-remove]').count()).resolves.toBe(0);
    await expect(page.locator('[data-compare-view] thead a').first().getAttribute('target')).resolves.toBe('_blank');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the clusters table', () => {
  it('goes to the compare view with the ticked clusters, and says what is missing otherwise', async () => {
    const { page, problems, close } = await site.open('/clusters/', DESKTOP);
    await page.locator('#pick-medicon-valley').check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('tick at least one more');
    expect(new URL(page.url()).pathname).toBe('/clusters/');
    await page.locator('#pick-eurasante').check();
    await page.locator('#pick-biocat').check();
    await Promise.all([page.waitForURL((u) => u.pathname === '/compare/'), page.getByRole('button', { name: 'Compare selected' }).click()]);
    await shownColumns(page, 3);
    // In the table's order (by name).
    expect(query(page)).toBe('?clusters=biocat,eurasante,medicon-valley');
    expect(problems.filter((p) => !p.endsWith('net::ERR_ABORTED'))).toEqual([]);
    await close();
  });

  it('sorts an indicator column by its figures, with «not reported» last either way', async () => {
    const { page, close } = await site.open('/clusters/', DESKTOP);
    const header = page.locator('table.clusters thead th', { hasText: 'Companies' }).locator('button');
    const companies = async () => {
      const index = await page.locator('table.clusters thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith('Companies')));
      return page.locator('table.clusters tbody tr').evaluateAll(
        (rows, i) => rows.map((r) => [r.querySelector('th a')?.textContent ?? '', r.children[i]?.querySelector('.value')?.textContent ?? '']),
        index,
      );
    };
    await header.click();
    let rows = await companies();
    // imago-mol: 1 company (AMI-4EUROPE D2.2 member table) is the smallest count.
    expect(rows[0]).toEqual(['IMAGO-MOL', '1 companies']);
    expect(rows.at(-1)?.[1]).toBe('');
    await header.click();
    rows = await companies();
    // FILAS: 1986 companies, above bioXclusters' «more than 1,700».
    expect(rows[0]).toEqual([nameOf('filas'), '1986 companies']);
    expect(rows[1]?.[1]).toBe('more than 1,700');
    expect(rows.at(-1)?.[1]).toBe('');
    await close();
  });
});
