/**
 * The clusters table's text filter, facets, sort and filtered CSV (src/lib/cluster-table.ts), on
 * hand-made cases and on the real data/*.csv. Expected sets come from the CSV files, read here with
 * papaparse, not from the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/lib/atlas-data.ts';
import {
  clusterTableSpec,
  compareRows,
  csvRowsOf,
  csvText,
  markedPlace,
  matchesText,
  normalise,
  parseCsvRecords,
  rowMatches,
  searchText,
  type FacetRow,
} from '../../src/lib/cluster-table.ts';
import { countryName } from '../../src/lib/country-names.ts';
import { ignoredMessage, readState } from '../../src/lib/url-state.ts';
import { repoRoot } from '../helpers/dataset.ts';

const csv = (name: string) => readFileSync(join(repoRoot, 'data', name), 'utf8');
const rows = (name: string) => Papa.parse<Record<string, string>>(csv(name), { header: true, skipEmptyLines: true }).data;
const clusterCsv = rows('clusters.csv');
const groupCsv = rows('groups.csv');

/** Ids of the real clusters the text filter finds for a query. */
function find(query: string): string[] {
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  return data.clusters
    .filter((c) => matchesText(searchText(c, c.countries.map(countryName), c.group ? (groupName.get(c.group) ?? null) : null), query))
    .map((c) => c.id)
    .sort();
}

describe('normalise', () => {
  it('drops accents and case, and makes punctuation a space', () => {
    expect(normalise('Lyonbiopôle')).toBe('lyonbiopole');
    expect(normalise('Clubster  Santé')).toBe('clubster sante');
    expect(normalise('World-Class')).toBe('world class');
    expect(normalise('Øresund, Iași; Évry-Courcouronnes')).toBe('oresund iasi evry courcouronnes');
  });
});

describe('the text filter on the real clusters', () => {
  it('finds accented names typed without accents', () => {
    // clusters.csv: «Lyonbiopôle», «Eurasanté», «Clubster Santé».
    expect(find('Lyonbiopole')).toEqual(['lyonbiopole']);
    expect(find('eurasante')).toEqual(['eurasante']);
    expect(find('Clubster Sante')).toEqual(['clubster-sante']);
    expect(find('CLUBSTER SANTÉ')).toEqual(['clubster-sante']);
  });

  it('finds every cluster placed at Lyon, whether the CSV gives the city or the note says where the point is', () => {
    // Rows whose city is Lyon, or whose location_note says the point marks Lyon: the clusters drawn at Lyon.
    const atLyon = clusterCsv.filter((c) => c['city'] === 'Lyon' || /point marks (its capital, )?Lyon\b/i.test(c['location_note'] ?? ''));
    expect(atLyon.map((c) => c['id']).sort()).toEqual(['bioxclusters', 'erai', 'i-care-cluster', 'lyonbiopole']);
    expect(find('Lyon')).toEqual(atLyon.map((c) => c['id']).sort());
  });

  it('finds the clusters of a group by its name, hyphen or not', () => {
    const group2 = groupCsv.find((g) => g['name'] === 'World-Class Biomedical Research Clusters')?.['id'];
    const members = clusterCsv.filter((c) => c['group'] === group2).map((c) => c['id']).sort();
    expect(members).toHaveLength(20);
    expect(find('World-Class')).toEqual(members);
    expect(find('world class')).toEqual(members);
  });

  it('finds other names and countries, and needs every word', () => {
    expect(find('Bioregion of Catalonia')).toEqual(['biocat']); // other_names «BioCat;Bioregion of Catalonia»
    expect(find('Medicon Valley Alliance')).toEqual(['medicon-valley']);
    const swiss = clusterCsv.filter((c) => c['countries']?.split(';').includes('CH')).map((c) => c['id']).sort();
    expect(find('switzerland')).toEqual(swiss);
    expect(find('lyon zzz')).toEqual([]);
    expect(find('')).toHaveLength(clusterCsv.length);
  });
});

describe('markedPlace', () => {
  it('reads the place out of the note’s «the point marks …»', () => {
    expect(markedPlace('The cluster\'s region is Auvergne-Rhône-Alpes (hse-2019 ch. 2); the point marks its capital, Lyon.')).toBe('Lyon');
    expect(markedPlace('The sources give no location within the country; the point marks the capital, Bogotá.')).toBe('Bogotá');
    expect(markedPlace('…; the point marks Lille, where the atlas places Eurasanté: the atlas’s choice.')).toBe('Lille');
    expect(markedPlace('The source names the cluster after Kobe (hse-2019 fig. 2.1).')).toBeNull();
    expect(markedPlace(null)).toBeNull();
  });

  it('gives a place for every real cluster whose CSV row has no city', () => {
    const without = clusterCsv.filter((c) => c['city'] === '');
    expect(without.length).toBeGreaterThan(0);
    expect(without.filter((c) => markedPlace(c['location_note'] ?? '') === null).map((c) => c['id'])).toEqual([]);
  });
});

describe('rowMatches', () => {
  const row: FacetRow = { text: normalise('Medicon Valley Denmark Sweden'), group: '2', countries: ['DK', 'SE'], models: ['m2'], layer: 'sample' };
  const none = { q: '', group: '', country: '', model: '', layer: 'all' };
  it('needs every facet set to match', () => {
    expect(rowMatches(row, none)).toBe(true);
    expect(rowMatches(row, { ...none, country: 'SE', group: '2', model: 'm2', layer: 'sample', q: 'sweden' })).toBe(true);
    expect(rowMatches(row, { ...none, country: 'DE' })).toBe(false);
    expect(rowMatches(row, { ...none, group: '1' })).toBe(false);
    expect(rowMatches(row, { ...none, model: 'm1' })).toBe(false);
    expect(rowMatches(row, { ...none, layer: 'outside' })).toBe(false);
    expect(rowMatches({ ...row, group: '' }, { ...none, group: '2' })).toBe(false);
  });
});

describe('sorting', () => {
  const r = (value: string, name: string) => ({ value, name });
  it('orders numbers by figure, text by collation, then by name; empty values last in either direction', () => {
    const values = [r('500', 'B'), r('', 'A'), r('20', 'C'), r('500', 'A')];
    const by = (kind: 'text' | 'number', asc: boolean) => [...values].sort((a, b) => compareRows(a, b, kind, asc)).map((x) => `${x.value}/${x.name}`);
    expect(by('number', true)).toEqual(['20/C', '500/A', '500/B', '/A']);
    expect(by('number', false)).toEqual(['500/A', '500/B', '20/C', '/A']);
    expect(by('text', true)).toEqual(['20/C', '500/A', '500/B', '/A']);
  });
});

describe('the table’s address', () => {
  const spec = clusterTableSpec({ countries: ['DE', 'FR'], models: ['global-network'], columns: ['name', 'countries'] });
  it('keeps filters and sort, leaves the default sort out, and names what it drops', () => {
    const read = readState('?sort=-countries&country=FR&q=+lyon', spec);
    expect(read.state).toEqual({ q: 'lyon', group: [], country: ['FR'], model: [], layer: ['all'], sort: { key: 'countries', reversed: true } });
    expect(read.search).toBe('?q=lyon&country=FR&sort=-countries');
    expect(readState('?sort=name', spec).search).toBe('');
    const bad = readState('?sort=colour&group=7&country=FR', spec);
    expect(bad.search).toBe('?country=FR');
    expect(ignoredMessage(bad.ignored)).toBe('Ignored: group “7” (no such group); sort “colour” (no such column to sort by).');
  });
});

describe('the filtered CSV', () => {
  it('round-trips RFC 4180: quotes, commas and line breaks in cells, CRLF records', () => {
    const records = [['id', 'note'], ['a', 'say "hi", then\nleave'], ['b', '']];
    const text = csvText(records);
    expect(text).toBe('id,note\r\na,"say ""hi"", then\nleave"\r\nb,\r\n');
    expect(parseCsvRecords(text)).toEqual(records);
    expect(parseCsvRecords(`\uFEFFid,note\na,b`)).toEqual([['id', 'note'], ['a', 'b']]);
  });

  it('gives the facts of chosen clusters with the file’s own columns, as papaparse reads the file', () => {
    const ids = new Set(['lyonbiopole', 'medicon-valley']);
    const sliced = Papa.parse<Record<string, string>>(csvRowsOf(csv('facts.csv'), 'cluster_id', ids), { header: true, skipEmptyLines: true });
    const expected = rows('facts.csv').filter((f) => ids.has(f['cluster_id'] ?? ''));
    expect(expected.length).toBeGreaterThan(10);
    expect(sliced.meta.fields).toEqual(Papa.parse(csv('facts.csv'), { preview: 1 }).data[0]);
    expect(sliced.data).toEqual(expected);
  });

  it('refuses a file without the column', () => {
    expect(() => csvRowsOf('a,b\r\n1,2\r\n', 'cluster_id', new Set())).toThrow(/cluster_id/);
  });
});
