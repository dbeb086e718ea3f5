import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data-build.ts';
import { loadCountryShapes } from '../../src/lib/map/load-country-shapes.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { tables } from '../../src/lib/schema/tables.ts';
import { growingTables, readRawTable, SYNTHETIC_MARK } from '../../scripts/scale/synthetic-data.ts';
import { insideCountries, writeSyntheticData } from '../../scripts/scale/write-synthetic.ts';
import { repoRoot } from '../helpers/dataset.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const inside = insideCountries();
const dataDir = join(repoRoot, 'data');
const realRows = (name: string) => readRawTable(readFileSync(join(dataDir, `${name}.csv`), 'utf8')).rows;

function generate(name: string, factor: number, seed: number) {
  const dir = join(work, name);
  writeSyntheticData(dataDir, dir, { factor, seed }, inside);
  const read = (table: string) => readFileSync(join(dir, `${table}.csv`), 'utf8');
  return { dir, read, rows: (table: string) => readRawTable(read(table)).rows };
}

describe('synthetic datasets for the scale benchmark', () => {
  const twice = generate('twice', 2, 7);

  it('grows the clusters and every table that refers to them, directly or through another growing table', () => {
    const growing = growingTables(tables);
    for (const name of ['clusters', 'partnerships', 'facts', 'case-studies', 'quotes', 'partnership-members', 'value-chain-actors', 'cluster-target-models'])
      expect(growing, name).toContain(name);
    for (const name of ['sources', 'groups', 'success-factors', 'target-models', 'indicators', 'value-chain-nodes'])
      expect(growing, name).not.toContain(name);
  });

  it('holds factor × today’s rows of the growing tables and today’s rows of the others', () => {
    expect(twice.rows('clusters')).toHaveLength(2 * realRows('clusters').length);
    expect(twice.rows('facts')).toHaveLength(2 * realRows('facts').length);
    expect(twice.rows('quotes')).toHaveLength(2 * realRows('quotes').length);
    expect(twice.rows('partnership-members')).toHaveLength(2 * realRows('partnership-members').length);
    expect(twice.rows('partnerships')).toHaveLength(2 * realRows('partnerships').length);
    expect(twice.rows('success-factors')).toEqual(realRows('success-factors'));
    expect(twice.rows('sources')).toEqual(realRows('sources'));
  });

  // Reading Natural Earth at 1:10m and checking every point is slow on a busy machine: a generous limit, no timing claim.
  it('is valid by the schemas: the data build finds no problem, every reference resolves and every point lies in its country', { timeout: 120_000 }, () => {
    const { problems, tables: built } = buildDataset((name) => {
      const path = join(twice.dir, `${name}.csv`);
      return { path, bytes: readFileSync(path) };
    }, loadCountryShapes());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(built.get('clusters')?.rows).toHaveLength(2 * realRows('clusters').length);
  });

  it('marks every copied cluster, name, title and note as synthetic and keeps no real id in a growing table', () => {
    const realIds = new Set(realRows('clusters').map((r) => r['id']));
    for (const row of twice.rows('clusters')) {
      expect(row['name']).toMatch(new RegExp(`^${SYNTHETIC_MARK} [12]: `));
      expect(row['note']).toContain(SYNTHETIC_MARK);
      expect(realIds.has(row['id'])).toBe(false);
    }
    for (const row of twice.rows('case-studies')) expect(row['title']).toMatch(/^Synthetic [12]: /);
    for (const row of twice.rows('facts')) expect(realIds.has(row['cluster_id'])).toBe(false);
  });

  it('moves points a little and never outside the country: within 0.4° of the original', () => {
    const real = new Map(realRows('clusters').map((r) => [r['id'], r]));
    const moved = twice.rows('clusters').filter((row) => {
      const original = real.get(row['id']?.replace(/^syn\d+-/, ''));
      expect(original, row['id']).toBeDefined();
      expect(Math.abs(Number(row['lat']) - Number(original?.['lat']))).toBeLessThanOrEqual(0.4);
      expect(Math.abs(Number(row['lon']) - Number(original?.['lon']))).toBeLessThanOrEqual(0.4);
      return row['lat'] !== original?.['lat'] || row['lon'] !== original?.['lon'];
    });
    expect(moved.length).toBeGreaterThan(twice.rows('clusters').length / 2);
  });

  it('is deterministic: the same seed gives the same files, another seed other points', { timeout: 120_000 }, () => {
    const again = generate('again', 2, 7);
    const other = generate('other', 2, 8);
    for (const table of ['clusters', 'facts', 'quotes']) expect(again.read(table)).toBe(twice.read(table));
    expect(other.read('clusters')).not.toBe(twice.read('clusters'));
    expect(other.read('facts')).toBe(twice.read('facts'));
  });

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => writeSyntheticData(dataDir, join(work, 'bad'), { factor: 0, seed: 1 }, inside)).toThrow(/whole number/);
    expect(() => writeSyntheticData(dataDir, join(work, 'bad'), { factor: 1.5, seed: 1 }, inside)).toThrow(/whole number/);
  });
});

describe('columns that copies renumber', () => {
  it('follow a composite foreign key to a renumbered column, and leave the other columns of the key alone', async () => {
    const { z } = await import('zod');
    const { fk } = await import('../../src/lib/schema/table.ts');
    const { remappedColumns, growingTables: grow } = await import('../../scripts/scale/synthetic-data.ts');
    const def = (name: string, primaryKey: string[], foreignKeys: ReturnType<typeof fk>[]) => ({
      name,
      title: name,
      description: name,
      schema: z.object({}),
      primaryKey,
      foreignKeys,
    });
    const defs = [
      def('sources', ['id'], []),
      def('clusters', ['id'], [fk('source', 'sources')]),
      def('facts', ['id'], [fk('cluster_id', 'clusters'), fk('source', 'sources')]),
      // A value names its fact by id and repeats the fact's cluster, value and source: only the ids follow the copy.
      def('values', ['cluster_id', 'indicator'], [fk(['fact_id', 'cluster_id', 'value', 'source'], 'facts', ['id', 'cluster_id', 'value', 'source'])]),
    ];
    const remapped = remappedColumns(defs, grow(defs));
    expect([...(remapped.get('values') ?? [])].sort()).toEqual(['cluster_id', 'fact_id']);
    expect([...(remapped.get('facts') ?? [])].sort()).toEqual(['cluster_id', 'id']);
    expect(remapped.has('sources')).toBe(false);
  });
});
