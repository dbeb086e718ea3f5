/**
 * The clusters table (/clusters/, issue 25 point 4) in Chromium: the text filter finds what people type
 * (without accents, places, a group's name), the facets and the sort live in the address and survive
 * reload and Back, a bad value is named and dropped, an empty result says so with a way back, and
 * «Download these rows» gives the published files' own rows for the clusters shown. Expected rows are
 * read from the CSV files with papaparse, not from the page's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, gotoReady, useSite } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const published = (name: string) => readFileSync(join(repoRoot, 'dist', 'data', name), 'utf8');
const records = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const clusters = records(published('clusters.csv')).data;
const groups = records(published('groups.csv')).data;
const idsWhere = (keep: (c: Record<string, string>) => boolean) => clusters.filter(keep).map((c) => c['id'] ?? '').sort();

const filterBox = (page: Page) => page.getByLabel('Filter by name, place or country');
const shownIds = async (page: Page) =>
  (await page.locator('table.clusters tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'] ?? ''))).sort();
const search = (page: Page) => new URL(page.url()).search;

describe('the clusters table’s text filter', () => {
  it('finds names typed without accents, every cluster placed at Lyon, and a group by its name', async () => {
    const { page, problems, close } = await site.open('/clusters/', DESKTOP);
    const group2 = groups.find((g) => g['name'] === 'World-Class Biomedical Research Clusters')?.['id'];
    const cases: [string, string[]][] = [
      ['Lyonbiopole', idsWhere((c) => c['name'] === 'Lyonbiopôle')],
      ['Eurasante', idsWhere((c) => c['name'] === 'Eurasanté')],
      ['Clubster Sante', idsWhere((c) => c['name'] === 'Clubster Santé')],
      // Placed at Lyon: the city is Lyon, or the note says the point marks Lyon (i-Care Cluster, bioXclusters).
      ['Lyon', idsWhere((c) => c['city'] === 'Lyon' || /point marks (its capital, )?Lyon\b/.test(c['location_note'] ?? ''))],
      ['World-Class', idsWhere((c) => c['group'] === group2)],
    ];
    for (const [query, expected] of cases) {
      await filterBox(page).fill(query);
      await expect.poll(() => shownIds(page), { message: query }).toEqual(expected);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(new URLSearchParams(search(page)).get('q')).toBe(query);
    }
    expect((await shownIds(page)).length).toBe(20);
    expect(problems).toEqual([]);
    await close();
  });

  it('filters by group, country and target model together, and a shared link restores them', async () => {
    const { page, problems, close } = await site.open('/clusters/', DESKTOP);
    const group2 = groups.find((g) => g['number'] === '2')?.['id'];
    const models = records(published('cluster-target-models.csv')).data;
    const global = new Set(models.filter((m) => m['target_model_id'] === 'global-network').map((m) => m['cluster_id']));
    const expected = idsWhere((c) => c['group'] === group2 && (c['countries'] ?? '').split(';').includes('FR') && global.has(c['id'] ?? ''));
    expect(expected).toEqual(['lyonbiopole', 'medicen-paris-region']);
    await page.getByLabel('Group', { exact: true }).selectOption('2');
    await page.getByLabel('Country', { exact: true }).selectOption('FR');
    await page.getByLabel('Target model', { exact: true }).selectOption('global-network');
    await expect.poll(() => shownIds(page)).toEqual(expected);
    expect(search(page)).toBe('?group=2&country=FR&model=global-network');
    await close();

    const shared = await site.open(`/clusters/?model=global-network&country=FR&group=2`, DESKTOP);
    expect(await shownIds(shared.page)).toEqual(expected);
    await expect(shared.page.getByLabel('Country', { exact: true }).inputValue()).resolves.toBe('FR');
    expect([...problems, ...shared.problems]).toEqual([]);
    await shared.close();
  });
});

describe('the clusters table’s sort in the address', () => {
  const countriesColumn = (page: Page) =>
    page.locator('table.clusters tbody tr:not([hidden]) > :nth-child(2)').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['value'] ?? ''));
  const inOrder = (values: string[], direction: 1 | -1) => values.every((v, i) => i === 0 || direction * values[i - 1]!.localeCompare(v, 'en') <= 0);

  it('keeps a sort through reload and Back, with the filter beside it', async () => {
    const { page, problems, close } = await site.open('/clusters/?layer=sample', DESKTOP);
    const header = page.locator('table.clusters thead th').nth(1);
    await header.getByRole('button').click();
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(search(page)).toBe('?layer=sample&sort=-countries');
    expect(inOrder(await countriesColumn(page), -1)).toBe(true);

    await page.reload({ waitUntil: 'load' });
    await page.locator('html[data-starting]').waitFor({ state: 'detached' });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const afterReload = await countriesColumn(page);
    expect(inOrder(afterReload, -1)).toBe(true);
    expect(afterReload.length).toBe(clusters.filter((c) => c['in_sample'] === 'true').length);
    // The first row is not the first by name: the sort, not the built order, decides.
    expect(afterReload[0]).not.toBe(afterReload.at(-1));

    const first = page.locator('table.clusters tbody tr:not([hidden]) th a').first();
    const name = await first.textContent();
    await first.click();
    await page.waitForURL(/\/clusters\/[^/]+\/$/);
    await page.goBack({ waitUntil: 'load' });
    await page.locator('html[data-starting]').waitFor({ state: 'detached' });
    expect(search(page)).toBe('?layer=sample&sort=-countries');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await countriesColumn(page)).toEqual(afterReload);
    await expect(page.locator('table.clusters tbody tr:not([hidden]) th a').first().textContent()).resolves.toBe(name);
    // Leaving a page cancels what it still loads (its icon): the navigations' doing, not the page's.
    expect(problems.filter((p) => !p.endsWith('net::ERR_ABORTED'))).toEqual([]);
    await close();
  });

  it('names a bad value, drops it from the address and keeps the rest', async () => {
    const { page, problems, close } = await site.open('/clusters/?sort=shoe-size&group=9&country=FR', DESKTOP);
    await expect(page.locator('[data-url-notice]').textContent()).resolves.toBe(
      'Ignored: group “9” (no such group); sort “shoe-size” (no such column to sort by).',
    );
    expect(search(page)).toBe('?country=FR');
    expect(await shownIds(page)).toEqual(idsWhere((c) => (c['countries'] ?? '').split(';').includes('FR')));
    await expect(page.locator('table.clusters thead th').first().getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the clusters table’s empty result', () => {
  it('says so, and «Clear the filters» brings every row back', async () => {
    const { page, problems, close } = await site.open('/clusters/?q=atlantis&layer=outside', DESKTOP);
    const empty = page.locator('[data-table-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    await expect(empty.textContent()).resolves.toMatch(/No cluster matches these filters\./);
    await expect(page.locator('[data-table-count]').textContent()).resolves.toBe(`0 of ${clusters.length} clusters`);
    await empty.getByRole('link', { name: 'Clear the filters' }).click();
    await expect.poll(() => shownIds(page)).toHaveLength(clusters.length);
    await expect(empty.isVisible()).resolves.toBe(false);
    expect(search(page)).toBe('');
    await expect(filterBox(page).inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('«Download these rows»', () => {
  it('gives the published rows of the clusters shown, and their facts, with the files’ own columns (RFC 4180)', async () => {
    const { page, problems, close } = await site.open('/clusters/?q=Lyon', DESKTOP);
    const shown = await shownIds(page);
    expect(shown).toEqual(idsWhere((c) => c['city'] === 'Lyon' || /point marks (its capital, )?Lyon\b/.test(c['location_note'] ?? '')));
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return { name: file.suggestedFilename(), text: (await downloadedBytes(file)).toString('utf8') };
    };

    const rows = await download('clusters (CSV)');
    expect(rows.name).toBe(`clusters-${shown.length}-clusters.csv`);
    expect(rows.text).toMatch(/^[^\n]*\r\n/);
    expect(rows.text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    const got = records(rows.text);
    expect(got.meta.fields).toEqual(records(published('clusters.csv')).meta.fields);
    expect(got.data).toEqual(clusters.filter((c) => shown.includes(c['id'] ?? '')));

    const facts = await download('their facts (CSV)');
    const allFacts = records(published('facts-with-clusters.csv'));
    const expectedFacts = allFacts.data.filter((f) => shown.includes(f['cluster_id'] ?? ''));
    expect(expectedFacts.length).toBeGreaterThan(0);
    const gotFacts = records(facts.text);
    expect(gotFacts.meta.fields).toEqual(allFacts.meta.fields);
    expect(gotFacts.data).toEqual(expectedFacts);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the clusters table at 320 px', () => {
  it('shows every filter without sideways scrolling, with rows or with none', async () => {
    for (const path of ['/clusters/?q=lyon&group=2&model=global-network', '/clusters/?q=atlantis']) {
      const { page, problems, close } = await site.open(path, { viewport: { width: 320, height: 800 } });
      for (const label of ['Filter by name, place or country', 'Group', 'Country', 'Target model', 'Layer'])
        await expect(page.getByLabel(label, { exact: true }).isVisible(), label).resolves.toBe(true);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(widths.page, path).toBeLessThanOrEqual(widths.view);
      expect(problems).toEqual([]);
      await close();
    }
  });
});

describe('the clusters table without JavaScript', () => {
  it('shows every row whatever the address asks', async () => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await gotoReady(page, `${site.origin}/clusters/?q=Lyon&group=2`);
    expect(await shownIds(page)).toHaveLength(clusters.length);
    await context.close();
  });
});
