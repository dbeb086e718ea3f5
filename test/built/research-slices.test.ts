/**
 * Issue 25 points 5 and 8, read in the built site (dist/, from `npm run build`):
 * the derived resource facts-with-clusters validates against the schema that
 * dist/data/datapackage.json declares for it, each row's cluster resolves to
 * clusters.csv with the same name, group and countries; and Medicon Valley's
 * «At a glance» lists its member counts before names of companies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkDataPackage } from '../helpers/data-package-check.ts';
import { dist } from '../helpers/pages.ts';

const data = join(dist, 'data');
const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(data, name), 'utf8'), { header: true, skipEmptyLines: true });
const pkg = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
  resources: { name: string; path: string; schema?: { fields: { name: string }[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] } }[];
};

describe('facts-with-clusters in the published data package', () => {
  const resource = pkg.resources.find((r) => r.name === 'facts-with-clusters');
  const rows = csv('facts-with-clusters.csv');

  it('is declared with its fields, in the file’s order, and a foreign key to clusters', () => {
    expect(resource?.path).toBe('facts-with-clusters.csv');
    expect(resource?.schema?.fields.map((f) => f.name)).toEqual(rows.meta.fields);
    expect(resource?.schema?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['cluster_id', 'cluster_name', 'cluster_group', 'cluster_countries']));
    expect(resource?.schema?.foreignKeys).toContainEqual({ fields: ['cluster_id'], reference: { resource: 'clusters', fields: ['id'] } });
  });

  it('validates against its declared schema: types, constraints, primary and foreign keys', () => {
    expect(checkDataPackage(data).filter((p) => p.startsWith('facts-with-clusters.csv') || p.includes('facts-with-clusters'))).toEqual([]);
  });

  it('holds every fact once, each with the name, group and countries of a cluster that exists', () => {
    const facts = csv('facts.csv').data;
    const clusters = new Map(csv('clusters.csv').data.map((c) => [c['id'], c]));
    expect(rows.data.map((r) => r['id'])).toEqual(facts.map((f) => f['id']));
    for (const [i, row] of rows.data.entries()) {
      const c = clusters.get(row['cluster_id']);
      expect(c, `row ${i + 2}`).toBeDefined();
      expect([row['cluster_name'], row['cluster_group'], row['cluster_countries'], row['cluster_in_sample']], row['id']).toEqual([c?.['name'], c?.['group'], c?.['countries'], c?.['in_sample']]);
      const fact = facts[i] ?? {};
      for (const k of ['cluster_id', 'topic', 'label', 'value', 'number', 'unit', 'period', 'case_study_id', 'source', 'locator', 'note']) expect(row[k], `${row['id']} ${k}`).toBe(fact[k]);
    }
  });

  it('is listed on /data/ with its CSV and JSON', () => {
    const page = parseHTML(readFileSync(join(dist, 'data', 'index.html'), 'utf8')).document;
    const links = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((h) => h.endsWith('/data/facts-with-clusters.csv'))).toBe(true);
    expect(links.some((h) => h.endsWith('/data/facts-with-clusters.json'))).toBe(true);
  });
});

describe('Medicon Valley’s «At a glance»', () => {
  const page = parseHTML(readFileSync(join(dist, 'clusters', 'medicon-valley', 'index.html'), 'utf8')).document;
  const facts = csv('facts.csv').data.filter((f) => f['cluster_id'] === 'medicon-valley');
  const members = [...page.querySelectorAll('dl.glance > div')].find((d) => d.querySelector('dt')?.textContent?.trim() === 'Members');
  const items = [...(members?.querySelectorAll('dd li:not(.more)') ?? [])].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  /** The fact an item shows («label: value …»), from facts.csv. */
  const factOf = (item: string) => facts.find((f) => f['topic'] === 'members' && item.startsWith(`${f['label']}: ${f['value']}`));
  const isCount = (f: Record<string, string> | undefined) => f !== undefined && (f['number'] !== '' || /\d/.test(f['value'] ?? ''));

  it('lists the member counts first, the companies’ names after them', () => {
    expect(items.length).toBeGreaterThan(0);
    const shown = items.map(factOf);
    expect(shown.every((f) => f !== undefined), items.join(' | ')).toBe(true);
    const firstName = shown.findIndex((f) => !isCount(f));
    expect(firstName === -1 ? shown.length : firstName).toBeGreaterThanOrEqual(3);
    if (firstName >= 0) expect(shown.slice(firstName).some(isCount)).toBe(false);
    // «350 companies» (hse-2019 ch. 2, target model 2) is in sight, not behind «more».
    expect(items.some((t) => t.startsWith('Companies: 350'))).toBe(true);
    expect(items[0]).not.toMatch(/Novo Nordisk/);
  });

  it('shows Members, Founded and Staff before the lists of target models and success factors, «not reported» where the sources are silent', () => {
    const terms = [...page.querySelectorAll('dl.glance > div > dt')].map((dt) => dt.textContent?.trim());
    expect(terms.indexOf('Members')).toBeLessThan(terms.indexOf('Staff'));
    expect(terms.indexOf('Founded')).toBeLessThan(terms.indexOf('Staff'));
    // The figures come before the lists of names: target models and success factors follow them.
    expect(terms.indexOf('Staff')).toBeLessThan(terms.indexOf('Target models'));
    expect(terms.indexOf('Members')).toBeLessThan(terms.indexOf('Success factors evidenced'));
    expect(terms.indexOf('Members')).toBeGreaterThan(-1);
    const staff = facts.filter((f) => f['topic'] === 'staff');
    const dd = [...page.querySelectorAll('dl.glance > div')].find((d) => d.querySelector('dt')?.textContent?.trim() === 'Staff')?.querySelector('dd');
    if (staff.length === 0) expect(dd?.textContent).toMatch(/not reported/);
    else expect(dd?.textContent).toContain(staff[0]?.['value']);
  });
});
