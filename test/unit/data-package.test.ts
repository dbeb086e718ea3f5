/**
 * The published data package checks itself: public/data/ (written by
 * `npm run data`) is read through datapackage.json alone, with an independent
 * checker (test/helpers/data-package-check.ts), never through the atlas's own
 * schemas. Broken copies show that the checker finds what it should.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive, checkDataPackage } from '../helpers/data-package-check.ts';
import { repoRoot } from '../helpers/dataset.ts';

const downloads = join(repoRoot, 'public', 'data');
// The archive's name carries the data version (data/VERSION.json).
const ARCHIVE = `biomedical-clusters-atlas-data-${(JSON.parse(readFileSync(join(repoRoot, 'data', 'VERSION.json'), 'utf8')) as { version: string }).version}.zip`;
const pkg = JSON.parse(readFileSync(join(downloads, 'datapackage.json'), 'utf8'));
const resource = (name: string) => pkg.resources.find((r: { name: string }) => r.name === name);

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh copy of public/data/ to break. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-package-'));
  temps.push(dir);
  cpSync(downloads, dir, { recursive: true });
  return dir;
}

/** Rewrites a resource file and, as a careful publisher would, its size and hash in the descriptor. */
function rewrite(dir: string, path: string, text: string) {
  writeFileSync(join(dir, path), text);
  const descriptorPath = join(dir, 'datapackage.json');
  const descriptor = JSON.parse(readFileSync(descriptorPath, 'utf8'));
  const r = descriptor.resources.find((x: { path: string }) => x.path === path);
  const bytes = Buffer.from(text);
  r.bytes = bytes.byteLength;
  r.hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  writeFileSync(descriptorPath, JSON.stringify(descriptor));
}

/** Sets cells of a CSV (row 0 is the first data row) and rewrites it. */
function editCsv(dir: string, path: string, edits: [row: number, column: string, value: string][]) {
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(join(dir, path), 'utf8'), { skipEmptyLines: true }).data;
  for (const [row, column, value] of edits) {
    const r = rows[row];
    if (!r || !header.includes(column)) throw new Error(`no cell ${row}/${column} in ${path}`);
    r[header.indexOf(column)] = value;
  }
  rewrite(dir, path, `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`);
}

describe('the published data package', () => {
  it('passes every check: files, sizes, hashes, headers, types, constraints, primary and foreign keys', () => {
    expect(checkDataPackage(downloads)).toEqual([]);
  });

  it('describes itself as the Data Package v2 standard asks', () => {
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title).toBe('Biomedical Clusters Atlas');
    // The data version (data/VERSION.json, raised by npm run data-version), not the code's version in package.json.
    expect(pkg.version).toBe(JSON.parse(readFileSync(join(repoRoot, 'data', 'VERSION.json'), 'utf8')).version);
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
    ]);
    expect(pkg.contributors[0]).toMatchObject({ title: 'Biomedical Clusters Atlas contributors', roles: expect.arrayContaining(['creator']) });
    const sourceTitles = Papa.parse<{ title: string }>(readFileSync(join(repoRoot, 'data', 'sources.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.map((s) => s.title);
    expect(sourceTitles).toHaveLength(5);
    expect(pkg.sources).toHaveLength(5);
    sourceTitles.forEach((title, i) => expect(pkg.sources[i].title).toContain(title));
  });

  it('gives every resource its path, format, media type, encoding, size and hash, and every column a type and description', () => {
    const tables = pkg.resources.filter((r: { type?: string }) => r.type === 'table');
    // One table resource per curated CSV file of data/, plus the one derived at build time (facts with their cluster).
    expect(tables).toHaveLength(readdirSync(join(repoRoot, 'data')).filter((f) => f.endsWith('.csv')).length + 1);
    expect(tables.map((r: { name: string }) => r.name)).toContain('facts-with-clusters');
    for (const r of pkg.resources) {
      expect(r, r.name).toMatchObject({ name: expect.any(String), path: expect.any(String), encoding: 'utf-8', bytes: expect.any(Number) });
      expect(r.hash, r.name).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    for (const r of tables) {
      expect(r, r.name).toMatchObject({ path: `${r.name}.csv`, format: 'csv', mediatype: 'text/csv' });
      for (const f of r.schema.fields) {
        expect(f.description, `${r.name}.${f.name}`).toMatch(/\S/);
        // v1 types only: a v1 reader rejects a table with a v2 `list` (test/unit/data-package-v1.test.ts reads them).
        expect(['string', 'integer', 'number', 'boolean'], `${r.name}.${f.name}`).toContain(f.type);
      }
    }
    expect(resource('clusters-geojson')).toMatchObject({ path: 'clusters.geojson', format: 'geojson', mediatype: 'application/geo+json' });
  });

  it('declares the keys of the data model: single and composite primary keys, references across tables', () => {
    expect(resource('clusters').schema.primaryKey).toEqual(['id']);
    expect(resource('group-characteristics').schema.primaryKey).toEqual(['group_id', 'characteristic']);
    expect(resource('value-chain-links').schema.primaryKey).toEqual(['chain_id', 'from', 'to']);
    expect(resource('clusters').schema.foreignKeys).toContainEqual({ fields: ['group'], reference: { resource: 'groups', fields: ['id'] } });
    expect(resource('facts').schema.foreignKeys).toContainEqual({ fields: ['cluster_id'], reference: { resource: 'clusters', fields: ['id'] } });
    expect(resource('value-chain-links').schema.foreignKeys).toContainEqual({
      fields: ['chain_id', 'to'],
      reference: { resource: 'value-chain-nodes', fields: ['chain_id', 'id'] },
    });
    const countries = resource('clusters').schema.fields.find((f: { name: string }) => f.name === 'countries');
    // A list column: a string whose pattern checks each `;`-separated item, and a description that says how to split it.
    expect(countries).toMatchObject({ type: 'string', constraints: { required: true, pattern: '[A-Z]{2}(;[A-Z]{2})*' } });
    expect(countries.description).toContain('separated by «;»');
  });

  it('publishes the columns the data build derives, each described as derived and filled in every row', () => {
    // facts.as_of and partnership-facts.as_of are computed; an indicator value's value, source and locator are copied from its fact (fact_id).
    const derived = new Map([
      ['facts', ['as_of']],
      ['partnership-facts', ['as_of']],
      ['cluster-indicator-values', ['value', 'source', 'locator']],
    ]);
    const described = pkg.resources.flatMap((r: { name: string; schema?: { fields: { name: string; description: string }[] } }) =>
      (r.schema?.fields ?? []).filter((f) => f.description.startsWith('Derived by the data build, not curated')).map((f) => `${r.name}.${f.name}`),
    );
    expect(described.sort()).toEqual([...derived].flatMap(([name, columns]) => columns.map((c) => `${name}.${c}`)).sort());
    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(join(downloads, 'cluster-indicator-values.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(header).toEqual(['cluster_id', 'indicator_id', 'fact_id', 'value', 'source', 'locator', 'note']);
    for (const column of ['value', 'source', 'locator']) expect(rows.filter((r) => !r[header.indexOf(column)]), column).toEqual([]);
  });

  it('writes no empty array and leaves out the foreign keys of a table that has none, as the 2.0 profile requires', () => {
    // The profile gives foreignKeys, primaryKey, enum, licenses, keywords and contributors at least one item when present.
    const empty: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) {
        if (value.length === 0) empty.push(at);
        value.forEach((v, i) => walk(v, `${at}/${i}`));
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}/${k}`);
    };
    walk(pkg, '');
    expect(empty).toEqual([]);
    expect(resource('sources').schema).not.toHaveProperty('foreignKeys');
  });

  it('ships one zip with every resource, the descriptor, the JSON copies, the README and the BibTeX, byte for byte', () => {
    const zip = join(downloads, ARCHIVE);
    const jsonCopies = pkg.resources.filter((r: { type?: string }) => r.type === 'table').map((r: { name: string }) => `${r.name}.json`);
    expect(checkArchive(zip, downloads, [...jsonCopies, 'README.txt', 'biomedical-clusters-atlas.bib', 'biomedical-clusters-atlas.xlsx'])).toEqual([]);
    // Unpacked, the zip is a valid data package by itself.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-unzipped-'));
    temps.push(dir);
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) writeFileSync(join(dir, name), bytes);
    expect(checkDataPackage(dir)).toEqual([]);
  });

  it('has a README that says how to cite, the licence terms and the caveats from the methodology notes', () => {
    const readme = readFileSync(join(downloads, 'README.txt'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('Biomedical Clusters Atlas contributors (');
    expect(readme).toContain('Biomedical Clusters Worldwide: Success Factors and Best Practices');
    expect(readme).toContain('Creative Commons Attribution 4.0 International (CC-BY-4.0)');
    expect(readme).toContain('MIT licence');
    const notes = Papa.parse<{ id: string }>(readFileSync(join(repoRoot, 'data', 'methodology-notes.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const n of notes) expect(readme, n.id).toContain(`[${n.id}]`);
  });
});

describe('the checker finds broken packages', () => {
  it('a renamed column', () => {
    const dir = copy();
    const text = readFileSync(join(dir, 'clusters.csv'), 'utf8');
    rewrite(dir, 'clusters.csv', text.replace(/^(id,name,short_name,other_names,countries,city,)lat,/, '$1latitude,'));
    expect(checkDataPackage(dir)).toEqual(['clusters.csv:1:7 header: column 7 is "latitude", the schema names "lat"']);
  });

  it('a dangling reference and a dangling composite reference', () => {
    const dir = copy();
    editCsv(dir, 'facts.csv', [[0, 'cluster_id', 'no-such-cluster']]);
    editCsv(dir, 'value-chain-links.csv', [[2, 'to', 'nowhere']]);
    const chain = Papa.parse<string[]>(readFileSync(join(dir, 'value-chain-links.csv'), 'utf8')).data[3]?.[0];
    expect(checkDataPackage(dir)).toEqual([
      'facts.csv:2:2 foreign-key: cluster_id "no-such-cluster" is not a id of clusters',
      `value-chain-links.csv:4:3 foreign-key: chain_id + to "${chain} + nowhere" is not a chain_id + id of value-chain-nodes`,
      // The composite key from an indicator value to its fact notices that the fact changed.
      ...indicatorValuesOfFirstFact(dir),
    ]);
  });

  it('a duplicate primary key, single and composite', () => {
    const dir = copy();
    const groups = readFileSync(join(dir, 'groups.csv'), 'utf8');
    const firstGroup = groups.split('\n')[1];
    rewrite(dir, 'groups.csv', `${groups}${firstGroup}\n`);
    editCsv(dir, 'group-characteristics.csv', [
      [1, 'group_id', readCell(dir, 'group-characteristics.csv', 0, 'group_id')],
      [1, 'characteristic', readCell(dir, 'group-characteristics.csv', 0, 'characteristic')],
    ]);
    const groupId = firstGroup?.split(',')[0];
    const gc = Papa.parse<string[]>(readFileSync(join(dir, 'group-characteristics.csv'), 'utf8')).data[1];
    expect(checkDataPackage(dir)).toEqual([
      `groups.csv:5:1 primary-key: id ${groupId} is already on line 2`,
      `group-characteristics.csv:3:1 primary-key: group_id + characteristic ${gc?.[0]} + ${gc?.[1]} is already on line 2`,
    ]);
  });

  it('values that do not parse as their type or break a constraint', () => {
    const dir = copy();
    editCsv(dir, 'clusters.csv', [
      [0, 'name', ''],
      [0, 'lat', 'north'],
      [1, 'lon', '181'],
      [2, 'in_sample', 'yes'],
      [3, 'location_precision', 'street'],
    ]);
    editCsv(dir, 'facts.csv', [[0, 'id', 'Bad_Id']]);
    editCsv(dir, 'groups.csv', [[0, 'number', '1.5']]);
    // In the order of the resources in the descriptor, then of the lines.
    expect(checkDataPackage(dir)).toEqual([
      'groups.csv:2:2 type: number: "1.5" is not an integer',
      'clusters.csv:2:2 required: name is empty',
      'clusters.csv:2:7 type: lat: "north" is not a number',
      'clusters.csv:3:8 maximum: lon: 181 > 180',
      'clusters.csv:4:13 type: in_sample: "yes" is not a boolean',
      'clusters.csv:5:9 enum: location_precision: "street" is not one of city, region, country',
      'facts.csv:2:1 pattern: id: "Bad_Id" does not match [a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)*',
      ...indicatorValuesOfFirstFact(dir),
      // The derived table keeps the fact's id: its row now names a fact that is gone.
      `facts-with-clusters.csv:2:1 foreign-key: id "${firstFactId()}" is not a id of facts`,
    ]);
  });

  it('counts lines across quoted line breaks', () => {
    const dir = copy();
    editCsv(dir, 'groups.csv', [
      [0, 'note', 'two\nlines'],
      [1, 'number', 'two'],
    ]);
    expect(checkDataPackage(dir)).toEqual(['groups.csv:4:2 type: number: "two" is not an integer']);
  });

  it('a missing file, and a file changed after its size and hash were written', () => {
    const dir = copy();
    // A table no other table refers to, so that its absence is the one problem it causes.
    unlinkSync(join(dir, 'marketing-measures.csv'));
    writeFileSync(join(dir, 'sources.csv'), `${readFileSync(join(dir, 'sources.csv'), 'utf8')}\n`);
    const problems = checkDataPackage(dir);
    expect(problems).toHaveLength(3);
    const size = readFileSync(join(dir, 'sources.csv')).byteLength;
    expect(problems[0]).toBe(`sources.csv:1:1 bytes: descriptor says ${size - 1} bytes, the file has ${size}`);
    expect(problems[1]).toMatch(/^sources\.csv:1:1 hash: descriptor says sha256:[0-9a-f]{64}, the file hashes to sha256:[0-9a-f]{64}$/);
    expect(problems[2]).toBe('marketing-measures.csv:1:1 missing-file: resource marketing-measures names a file that does not exist');
  });

  it('a zip that lacks a file or holds another version of it', () => {
    const dir = copy();
    const entries = unzipSync(new Uint8Array(readFileSync(join(dir, ARCHIVE))));
    delete entries['sources.csv'];
    entries['groups.csv'] = strToU8('id\n');
    const zip = join(dir, ARCHIVE);
    writeFileSync(zip, zipSync(entries));
    expect(checkArchive(zip, dir)).toEqual([`${zip}: sources.csv is missing`, `${zip}: groups.csv differs from ${join(dir, 'groups.csv')}`]);
  });
});

/** Id of the first row of the published facts.csv. */
const firstFactId = () => Papa.parse<string[]>(readFileSync(join(downloads, 'facts.csv'), 'utf8'), { skipEmptyLines: true }).data[1]?.[0];

function readCell(dir: string, path: string, row: number, column: string): string {
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(join(dir, path), 'utf8'), { skipEmptyLines: true }).data;
  return rows[row]?.[header.indexOf(column)] ?? '';
}

/**
 * The problems the checker must also report when the first fact of facts.csv
 * is edited: each indicator value drawn from the original fact no longer
 * matches it (composite foreign key fact_id + cluster_id + value + source + locator;
 * the checker points at the key's last field).
 */
function indicatorValuesOfFirstFact(dir: string): string[] {
  const original = Papa.parse<string[]>(readFileSync(join(downloads, 'facts.csv'), 'utf8'), { skipEmptyLines: true }).data[1]?.[0];
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(join(dir, 'cluster-indicator-values.csv'), 'utf8'), { skipEmptyLines: true }).data;
  const at = (row: string[], column: string) => row[header.indexOf(column)] ?? '';
  return rows.flatMap((row, i) =>
    at(row, 'fact_id') === original
      ? [
          `cluster-indicator-values.csv:${i + 2}:${header.indexOf('locator') + 1} foreign-key: fact_id + cluster_id + value + source + locator "${['fact_id', 'cluster_id', 'value', 'source', 'locator'].map((c) => at(row, c)).join(' + ')}" is not a id + cluster_id + value + source + locator of facts`,
        ]
      : [],
  );
}
