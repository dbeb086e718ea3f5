/** The map page in a real Chromium: MapLibre on an explicit intent, filters, URL state, list and popup. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { downloadedBytes, useSite } from '../helpers/browser.ts';
import { dist } from '../helpers/pages.ts';

const site = useSite();
const clusters = JSON.parse(readFileSync(join(dist, '..', 'public', 'data', 'clusters.json'), 'utf8')) as {
  id: string;
  name: string;
  in_sample: boolean;
  group: string | null;
  countries: string[];
}[];
const shownIds = (page: import('playwright-core').Page) =>
  page.locator('[data-map-page] li[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']).sort());
const visibleMarkers = (page: import('playwright-core').Page) =>
  page.locator('svg.world-map.wide a[data-id]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

describe('map page', () => {
  it('shows a marker and a list entry for every cluster before any script loads MapLibre', async () => {
    const { page, problems, close } = await site.open('/map/');
    expect(await page.locator('svg.world-map:visible a[data-id]').count()).toBe(clusters.length);
    expect(await shownIds(page)).toHaveLength(clusters.length);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((s) => /maplibre/.test(s))).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('starts MapLibre from its button and renders one feature per cluster on a WebGL canvas', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    const gl = page.locator('[data-gl]');
    await expect.poll(() => gl.getAttribute('data-rendered-clusters')).toBe(String(clusters.length));
    const webgl = await page.evaluate(() => {
      const canvas = document.querySelector('[data-gl] canvas') as HTMLCanvasElement | null;
      return canvas !== null && (canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null);
    });
    expect(webgl).toBe(true);
    const worker = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('worker')));
    expect(worker).toHaveLength(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('filters by group: the list, the markers and the URL follow', async () => {
    const { page, close } = await site.open('/map/');
    const group1 = clusters.filter((c) => c.group === 'global-high-technology-medicine-clusters').map((c) => c.id).sort();
    await page.getByRole('checkbox', { name: /1\. Global High-Technology/ }).check();
    expect(await shownIds(page)).toEqual(group1);
    expect(await visibleMarkers(page)).toEqual(group1);
    expect(new URL(page.url()).search).toBe('?group=1');
    // The count and a one-line summary of the filters sit above the map, with a control that clears them.
    for (const count of await page.locator('[data-count]').all()) await expect(count.textContent()).resolves.toBe(`${group1.length} of ${clusters.length}`);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe(' · Group: 1. Global High-Technology Medicine Clusters');
    await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expect.poll(() => shownIds(page)).toHaveLength(clusters.length);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe(' · no filter');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('button', { name: 'Clear filters', exact: true }).isHidden()).resolves.toBe(true);
    await close();
  });

  it('filters by country, by target model and by layer, and combines them', async () => {
    const { page, close } = await site.open('/map/');
    await page.locator('summary', { hasText: 'Country' }).click();
    await page.getByRole('checkbox', { name: 'Germany' }).check();
    expect(await shownIds(page)).toEqual(clusters.filter((c) => c.countries.includes('DE')).map((c) => c.id).sort());
    await page.getByRole('checkbox', { name: /3\. Establishing a global network/ }).check();
    expect(await shownIds(page)).toEqual(['healthcapital-berlin-brandenburg', 'life-science-nord']);
    expect(new URL(page.url()).searchParams.get('model')).toBe('global-network');
    await page.getByRole('radio', { name: 'Outside the sample only' }).check();
    expect(await shownIds(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('layer')).toBe('outside');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => shownIds(page)).toHaveLength(clusters.length);
    await expect.poll(() => page.url()).toMatch(/\/map\/$/);
    await close();
  });

  it('filters by success factor: only clusters whose case studies evidence it', async () => {
    const studies = JSON.parse(readFileSync(join(dist, '..', 'public', 'data', 'case-studies.json'), 'utf8')) as { cluster_id: string; factor_id: string }[];
    const expected = [...new Set(studies.filter((s) => s.factor_id === 'involving-patients-and-doctors').map((s) => s.cluster_id))].sort();
    expect(expected.length).toBeGreaterThan(0);
    const { page, close } = await site.open('/map/');
    await page.getByRole('checkbox', { name: /6\. Involving patients and doctors/ }).check();
    expect(await shownIds(page)).toEqual(expected);
    expect(await visibleMarkers(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?factor=involving-patients-and-doctors');
    await close();
  });

  it('restores filters from the URL', async () => {
    const { page, close } = await site.open('/map/?group=3&country=CO,MX');
    expect(await shownIds(page)).toEqual(['medellin-health-city', 'medical-travel-international', 'monterrey-healthcare-city-cluster']);
    await expect(page.getByRole('checkbox', { name: /3\. International Medical Tourism/ }).isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="country"][value="MX"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="country"][value="DE"]').isChecked()).resolves.toBe(false);
    await close();
  });

  it('choosing a cluster in the list flies to it and opens a popup whose link leads to its profile', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('button', { name: 'Show Medicon Valley on the map' }).click();
    const popup = page.locator('.maplibregl-popup-content');
    await expect.poll(() => popup.locator('h3').textContent()).toBe('Medicon Valley');
    await expect(popup.textContent()).resolves.toContain('Denmark, Sweden');
    expect(new URL(page.url()).searchParams.get('cluster')).toBe('medicon-valley');
    await popup.getByRole('link').click();
    await page.waitForURL('**/clusters/medicon-valley/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Medicon Valley');
    expect(problems).toEqual([]);
    await close();
  });

  it('names countries and cities on the zoomable map, drawn in the browser’s own fonts with no request to another origin', async () => {
    const { page, problems, close } = await site.open('/map/', { viewport: { width: 1280, height: 900 } });
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.getByRole('button', { name: 'Show Lyonbiopôle on the map' }).click();
    const gl = page.locator('[data-gl]');
    // Lyon is a seat the data name (Lyonbiopôle, ERAI); France the country all four Lyon clusters share.
    await expect
      .poll(async () => (await gl.getAttribute('data-rendered-places'))?.split('|') ?? [], { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['France', 'Lyon']));
    expect([...origins]).toEqual([new URL(page.url()).origin]);
    expect(problems).toEqual([]);
    await close();
  });

  it('a popup says what its point stands for and who chose it: i-Care and bioXclusters, both drawn at Lyon', async () => {
    const { page, problems, close } = await site.open('/map/?cluster=i-care-cluster', { viewport: { width: 1280, height: 900 } });
    const popup = page.locator('.maplibregl-popup:not(.atlas-tooltip) .maplibregl-popup-content');
    await expect.poll(() => popup.locator('h3').textContent(), { timeout: 30_000 }).toBe('i-Care Cluster');
    // data/clusters.csv: i-Care's precision is region, from a source; its note names the region.
    await expect(popup.textContent()).resolves.toContain('Point: the region only, not the seat’s city (a source gives the region)');
    await page.getByRole('button', { name: 'Show bioXclusters on the map' }).click();
    await expect.poll(() => popup.locator('h3').textContent()).toBe('bioXclusters');
    // bioXclusters: four countries, a point the atlas chose.
    await expect(popup.textContent()).resolves.toContain('Point: the 4 countries only, no city or region (the atlas chose the point)');
    expect(problems).toEqual([]);
    await close();
  });

  it('downloads the facts of the clusters a group filter shows, each with its cluster’s name, group and countries', async () => {
    const { page, problems, close } = await site.open('/map/?group=2', { viewport: { width: 1280, height: 900 } });
    const groups = Papa.parse<Record<string, string>>(readFileSync(join(dist, 'data', 'groups.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const group2 = groups.find((g) => g['number'] === '2')?.['id'];
    const members = new Map(clusters.filter((c) => c.group === group2).map((c) => [c.id, c]));
    await expect.poll(() => shownIds(page)).toEqual([...members.keys()].sort());
    // Expected rows from facts.csv and clusters.json, not from the derived file the page serves.
    const facts = Papa.parse<Record<string, string>>(readFileSync(join(dist, 'data', 'facts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const expected = facts.filter((f) => members.has(f['cluster_id'] ?? ''));
    expect(expected.length).toBeGreaterThan(0);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'their facts (CSV)' }).click()]);
    expect(file.suggestedFilename()).toBe(`facts-with-clusters-${members.size}-clusters.csv`);
    const got = Papa.parse<Record<string, string>>((await downloadedBytes(file)).toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(got.map((r) => r['id'])).toEqual(expected.map((f) => f['id']));
    for (const row of got) {
      const c = members.get(row['cluster_id'] ?? '');
      expect(row['cluster_name'], row['id']).toBe(c?.name);
      expect(row['cluster_group'], row['id']).toBe(group2);
      expect(row['cluster_countries'], row['id']).toBe(c?.countries.join(';'));
      const fact = expected.find((f) => f['id'] === row['id']);
      expect({ value: row['value'], source: row['source'], locator: row['locator'] }, row['id']).toEqual({ value: fact?.['value'], source: fact?.['source'], locator: fact?.['locator'] });
    }
    expect(problems).toEqual([]);
    await close();
  });
});
