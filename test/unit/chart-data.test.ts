/**
 * The data behind each kind of chart, as the toolbar's «Data (CSV)» gives it,
 * compared with the atlas's tables read straight from data/*.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { atlasCharts, chartById, factChartsOf } from '../../src/lib/atlas-charts.ts';
import { mapChartData } from '../../src/lib/chart-kinds/map.ts';
import { chartCsv, tableSources, type ChartTable } from '../../src/lib/chart-data.ts';
import { repoRoot } from '../helpers/dataset.ts';

const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(repoRoot, 'data', `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const rowsOf = (t: ChartTable, shown?: string[]) => parse(chartCsv(t, shown)).data;

describe('chart data', () => {
  it('has a builder for every embeddable chart, each table with labels, source and locator', () => {
    for (const chart of atlasCharts) {
      const table = chart.table();
      const names = table.columns.map((c) => c.name);
      expect(names, chart.id).toEqual(expect.arrayContaining(['source', 'locator']));
      expect(table.rows.length, chart.id).toBeGreaterThan(0);
      for (const r of table.rows) expect(r.cells, chart.id).toHaveLength(names.length);
      expect(tableSources(table).length, chart.id).toBeGreaterThan(0);
    }
  });

  it('map: one row per cluster shown, with its coordinates in degrees, group, source and locator as in clusters.csv', () => {
    const all = chartById('map').table();
    const data = csv('clusters');
    expect(all.rows).toHaveLength(data.length);
    const shown = ['medicon-valley', 'biocat'];
    const rows = rowsOf(all, shown);
    expect(rows.map((r) => r['cluster_id'])).toEqual(shown);
    const medicon = data.find((c) => c['id'] === 'medicon-valley') as Record<string, string>;
    expect(rows[0]).toMatchObject({
      cluster: medicon['name'],
      countries: 'DK;SE',
      in_hse_sample: 'true',
      source: medicon['source'],
      locator: medicon['locator'],
    });
    // Numbers compared as numbers: the CSV of data/ writes 55.6800 where the chart's writes 55.68.
    expect(Number(rows[0]?.['latitude'])).toBe(Number(medicon['lat']));
    expect(Number(rows[0]?.['longitude'])).toBe(Number(medicon['lon']));
    expect(all.columns.find((c) => c.name === 'latitude')?.unit).toBe('degrees (WGS 84)');
    // The builder takes the list the view shows, whatever drew it (static map or MapLibre).
    expect(mapChartData([], []).rows).toEqual([]);
  });

  it('factor matrix: one row per case study behind a filled cell, counted per cell, from case-studies.csv', () => {
    const table = chartById('factor-matrix').table();
    const studies = csv('case-studies');
    const factors = csv('success-factors');
    const rows = rowsOf(table);
    expect(rows).toHaveLength(studies.length);
    for (const s of studies) {
      const row = rows.find((r) => r['case_study'] === s['title']) as Record<string, string>;
      const factor = factors.find((f) => f['id'] === s['factor_id']) as Record<string, string>;
      expect(row, s['id']).toMatchObject({ factor_number: factor['number'], success_factor: factor['name'], source: s['source'], locator: s['locator'] });
      const inCell = studies.filter((x) => x['cluster_id'] === s['cluster_id'] && x['factor_id'] === s['factor_id']).length;
      expect(Number(row['case_studies_in_cell'])).toBe(inCell);
    }
    expect(table.columns.find((c) => c.name === 'case_studies_in_cell')?.unit).toBe('case studies');
    // Only the cells shown: one cluster's cells.
    const one = studies[0] as Record<string, string>;
    const shown = rowsOf(table, [`${one['cluster_id']}|${one['factor_id']}`]);
    expect(shown.every((r) => r['locator'] !== undefined)).toBe(true);
    expect(shown).toHaveLength(studies.filter((x) => x['cluster_id'] === one['cluster_id'] && x['factor_id'] === one['factor_id']).length);
  });

  it('factor support: case studies and distinct clusters per factor, each with its unit', () => {
    const rows = rowsOf(chartById('factor-support').table());
    const studies = csv('case-studies');
    for (const f of csv('success-factors')) {
      const mine = studies.filter((s) => s['factor_id'] === f['id']);
      expect(rows.find((r) => r['factor_number'] === f['number'] && r['measure'] === 'case studies')).toMatchObject({
        value: String(mine.length),
        unit: 'case studies',
      });
      expect(rows.find((r) => r['factor_number'] === f['number'] && r['measure'] === 'clusters')).toMatchObject({
        value: String(new Set(mine.map((s) => s['cluster_id'])).size),
        unit: 'clusters',
      });
    }
  });

  it('value chain: one row per stage with its number and unit as in value-chain-nodes.csv', () => {
    const nodes = csv('value-chain-nodes').filter((n) => n['chain_id'] === 'mix-innovation-chain');
    const rows = rowsOf(chartById('value-chains/mix-innovation-chain').table());
    expect(rows.map((r) => r['stage_id']).sort()).toEqual(nodes.map((n) => n['id']).sort());
    for (const n of nodes) {
      const row = rows.find((r) => r['stage_id'] === n['id']);
      expect(row, n['id']).toMatchObject({ stage: n['label'], number: n['number'], unit: n['unit'], source: n['source'], locator: n['locator'] });
    }
    expect(nodes.some((n) => n['unit'] !== '')).toBe(true);
  });

  it('fact chart: one row per bar, its number and unit as in facts.csv', () => {
    const [chart] = factChartsOf('medicon-valley');
    expect(chart).toBeDefined();
    const rows = rowsOf((chart as NonNullable<typeof chart>).table());
    const facts = csv('facts');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // The row joins back to facts.csv by its id, under the same column names.
    for (const r of rows) {
      const fact = facts.find((f) => f['id'] === r['id']) as Record<string, string>;
      expect(fact, r['id']).toBeDefined();
      for (const column of ['cluster_id', 'label', 'value', 'number', 'unit', 'period', 'source', 'locator']) expect(r[column], `${r['id']} ${column}`).toBe(fact[column]);
    }
  });

  it('writes RFC 4180 CSV: quotes fields with commas, quotes and line breaks; no byte-order mark', () => {
    const table: ChartTable = { columns: [{ name: 'a', description: '' }, { name: 'b', description: '' }], rows: [{ key: 'k', cells: ['x, "y"', 'line\nbreak'] }] };
    expect(chartCsv(table)).toBe('a,b\n"x, ""y""","line\nbreak"\n');
  });
});

describe('chart data of the guide’s instrument charts and of the compare view', () => {
  it('instruments: one row per instrument of the chart’s unit, with the amount as stated beside the number drawn', () => {
    const table = chartById('guide-instruments').table();
    const instruments = csv('support-instruments').filter((i) => i['amount_unit'] === 'EUR' && i['amount'] !== '' && i['amount_kind'] !== 'minimum');
    expect(table.rows.map((r) => r.key).sort()).toEqual(instruments.map((i) => i['id']).sort());
    const kmo = rowsOf(table).find((r) => r['instrument'] === 'KMO-portefeuille');
    const source = instruments.find((i) => i['name'] === 'KMO-portefeuille') as Record<string, string>;
    expect(kmo).toMatchObject({ amount: source['amount'], amount_as_stated: source['amount_as_stated'], source: 'mix-2016', locator: source['locator'] });
  });

  it('compare: the rows of the clusters shown only, in their order, every entry with its source and locator', () => {
    const table = chartById('compare').table();
    const rows = rowsOf(table, ['medicon-valley', 'biocat']);
    expect([...new Set(rows.map((r) => r['cluster_id']))]).toEqual(['medicon-valley', 'biocat']);
    const medicon = csv('clusters').find((c) => c['id'] === 'medicon-valley') as Record<string, string>;
    expect(rows.filter((r) => r['cluster_id'] === 'medicon-valley').every((r) => r['cluster'] === medicon['name'])).toBe(true);
    for (const r of rows.filter((r) => r['value'] !== 'not reported' && r['source'] !== '')) expect(r['locator'], r['row']).not.toBe('');
    expect(rows.some((r) => r['source'] === 'hse-2019')).toBe(true);
  });
});
