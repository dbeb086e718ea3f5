/**
 * A page per group (/groups/<id>/, issue 25 point 3) in Chromium: reached from the map's legend and filters, the
 * overview, the landscape and a profile, and on to a member's profile; its figures table sorts by its headers with
 * the sort in the address; it reads without JavaScript, does not scroll sideways at 320 px, and embeds. Expected
 * members and values are read from the published CSV files with papaparse, not from the page's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoReady, useSite } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/dataset.ts';

const site = useSite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const records = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(repoRoot, 'dist', 'data', name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const clusters = records('clusters.csv');
const groups = records('groups.csv');
const groupId = (n: number) => groups.find((g) => g['number'] === String(n))?.['id'] ?? '';
const membersOf = (n: number) =>
  clusters
    .filter((c) => c['group'] === groupId(n) && c['in_sample'] === 'true')
    .map((c) => c['name'] ?? '')
    .sort((a, b) => a.localeCompare(b, 'en'));
const TOURISM = `/groups/${groupId(3)}/`;
const RESEARCH = `/groups/${groupId(2)}/`;

const memberNames = (page: Page) => page.locator('#members ~ ul.members a.name').allTextContents();
const figureColumn = (page: Page, i: number) =>
  page.locator(`table[data-sorted-table] tbody tr > :nth-child(${i + 1})`).evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['value'] ?? ''));
const columnOf = async (page: Page, label: string) =>
  (await page.locator('table[data-sorted-table] thead th').allTextContents()).findIndex((t) => t.trim().startsWith(label));

describe('the way to a group’s page', () => {
  it('from the overview’s map legend: one click to the group, its members as clusters.csv lists them, one more to a member', async () => {
    const { page, problems, close } = await site.open('/', DESKTOP);
    await page.locator('.legend').getByRole('link', { name: 'Group 3: International Medical Tourism Clusters' }).click();
    await page.waitForURL(`**${TOURISM}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Group 3: International Medical Tourism Clusters/);
    expect(await memberNames(page)).toEqual(membersOf(3));
    expect(membersOf(3)).toHaveLength(10);
    // groups.csv: the text says 11; the note says why the list holds 10.
    await expect(page.locator('#members').locator('..').textContent()).resolves.toMatch(/the report states 11/);
    await expect(page.locator('#members').locator('..').textContent()).resolves.toMatch(/placed by elimination/);
    await page.getByRole('link', { name: 'PROMED', exact: true }).first().click();
    await page.waitForURL('**/clusters/promed/');
    // And back from the profile, where its group is named.
    await page.getByRole('link', { name: 'Group 3: International Medical Tourism Clusters' }).click();
    await page.waitForURL(`**${TOURISM}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('from the overview’s group heading, the landscape’s table and the map’s filters', async () => {
    const { page, problems, close } = await site.open('/', DESKTOP);
    await page.getByRole('heading', { level: 3, name: /Group 2/ }).getByRole('link').click();
    await page.waitForURL(`**${RESEARCH}`);
    expect(await memberNames(page)).toEqual(membersOf(2));
    await gotoReady(page, `${site.origin}/landscape/`);
    await page.locator('#groups ~ .scroll thead').getByRole('link', { name: /Group 1/ }).click();
    await page.waitForURL(`**/groups/${groupId(1)}/`);
    expect(await memberNames(page)).toEqual(membersOf(1));
    await gotoReady(page, `${site.origin}/map/`);
    await page.getByRole('link', { name: 'About group 3' }).click();
    await page.waitForURL(`**${TOURISM}`);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('a group’s figures table', () => {
  it('sorts by a header, numbers in order and «not reported» last, the sort in the address through a reload', async () => {
    const { page, problems, close } = await site.open(RESEARCH, DESKTOP);
    const column = await columnOf(page, 'Founded');
    expect(column).toBeGreaterThan(1);
    await page.locator('table[data-sorted-table] thead th').nth(column).getByRole('button').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=founded');
    const values = await figureColumn(page, column);
    const filled = values.filter((v) => v !== '').map(Number);
    // cluster-indicator-values.csv: group 2's founding dates that hold a figure («1990s» sorts as 1990), at the top
    // in order; one without («four years ago») goes with the clusters that have none.
    const ids = new Set(clusters.filter((c) => c['group'] === groupId(2)).map((c) => c['id']));
    const founded = records('cluster-indicator-values.csv').filter((v) => v['indicator_id'] === 'founded' && ids.has(v['cluster_id']));
    const years = founded.flatMap((v) => /\d+/.exec(v['value'] ?? '') ?? []).map(Number);
    expect(founded.length).toBeGreaterThan(years.length);
    expect(filled).toEqual(years.sort((a, b) => a - b));
    expect(values.slice(filled.length).every((v) => v === '')).toBe(true);
    await expect(page.locator('[role="status"]').filter({ hasText: 'Sorted by' }).textContent()).resolves.toMatch(/Sorted by Founded, ascending/);
    await page.locator('table[data-sorted-table] thead th').nth(column).getByRole('button').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=-founded');
    await page.reload({ waitUntil: 'load' });
    const again = (await figureColumn(page, column)).filter((v) => v !== '').map(Number);
    expect(again).toEqual([...filled].reverse());
    await expect(page.locator('table[data-sorted-table] thead th').nth(column).getAttribute('aria-sort')).resolves.toBe('descending');
    expect(problems).toEqual([]);
    await close();
  });

  it('names and drops a sort it does not know', async () => {
    const { page, problems, close } = await site.open(`${TOURISM}?sort=staff&colour=red`, DESKTOP);
    await expect(page.locator('[data-url-notice]').textContent()).resolves.toBe('Ignored: “colour” (not a setting of this view); sort “staff” (no such column to sort by).');
    expect(new URL(page.url()).search).toBe('');
    expect(await memberNames(page)).toEqual(membersOf(3));
    expect(problems).toEqual([]);
    await close();
  });

  it('embeds at /embed/groups/<id>/ with its title, source line and a way back carrying the sort', async () => {
    const { page, problems, close } = await site.open(`/embed/groups/${groupId(2)}/?sort=-countries`, { viewport: { width: 600, height: 800 } });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Figures of the clusters of group 2: World-Class Biomedical Research Clusters');
    await expect(page.locator('table[data-sorted-table] tbody tr').count()).resolves.toBe(membersOf(2).length);
    const countries = await figureColumn(page, 1);
    expect(countries).toEqual([...countries].sort((a, b) => b.localeCompare(a, 'en')));
    await expect(page.locator('.chart-source').textContent()).resolves.toMatch(/^Source: /);
    await expect.poll(() => page.locator('a[data-full-view]').getAttribute('href')).toMatch(new RegExp(`${RESEARCH}\\?sort=-countries#figures$`));
    expect(problems).toEqual([]);
    await close();
  });
});

describe('a group’s page without JavaScript and on a narrow screen', () => {
  it('reads whole without JavaScript: members, characteristics, every figure row, no dead controls', async () => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${RESEARCH}`, { waitUntil: 'load' });
    expect(await memberNames(page)).toEqual(membersOf(2));
    await expect(page.locator('table[data-sorted-table] tbody tr').count()).resolves.toBe(20);
    await expect(page.locator('#characteristics ~ dl.traits dt').count()).resolves.toBe(9);
    await expect(page.getByRole('button', { name: 'Print this brief' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('table[data-sorted-table] thead button').count()).resolves.toBe(0);
    await context.close();
  });

  it('does not scroll sideways at 320 px; the figures table scrolls in its own region', async () => {
    for (const path of [RESEARCH, TOURISM, `/embed/groups/${groupId(2)}/`]) {
      const { page, problems, close } = await site.open(path, { viewport: { width: 320, height: 800 } });
      await expect(page.evaluate(() => document.documentElement.scrollWidth), path).resolves.toBeLessThanOrEqual(320);
      const region = page.locator('[role="region"]:has(table[data-sorted-table])');
      await expect(region.evaluate((r) => r.scrollWidth > r.clientWidth), path).resolves.toBe(true);
      expect(problems, path).toEqual([]);
      await close();
    }
  });
});
