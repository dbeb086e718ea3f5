/**
 * The data package through a real Frictionless reader of the v1 specs, the
 * npm `datapackage` library (with `tableschema`), as a researcher with that
 * library would read it: the descriptor loads as valid, every table reads with
 * its values cast to their types, and every foreign key resolves to the row it
 * names. The values it gives must be the ones of the JSON downloads, which
 * carry the typed lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package, type Resource } from 'datapackage';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';

const downloads = join(repoRoot, 'public', 'data');
type Row = Record<string, unknown>;
interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

let dp: Package;
beforeAll(async () => {
  dp = await Package.load(join(downloads, 'datapackage.json'), { basePath: downloads });
});

const tables = () => dp.resources.filter((r) => r.tabular);
const jsonRows = (name: string) => JSON.parse(readFileSync(join(downloads, `${name}.json`), 'utf8')) as Row[];
const foreignKeys = (r: Resource) => ((r.descriptor['schema'] as { foreignKeys?: ForeignKey[] }).foreignKeys ?? []);

/**
 * The library resolves a key by replacing its columns with the referenced row,
 * so it cannot resolve a second key on a column it has already replaced
 * (value-chain links name chain_id in three keys). Tables whose keys share a
 * column are read once per key, each time with only that key in the schema.
 */
async function readResolved(r: Resource): Promise<{ keys: ForeignKey[]; rows: Row[] }[]> {
  const keys = foreignKeys(r);
  const columns = keys.flatMap((k) => k.fields);
  if (new Set(columns).size === columns.length) return [{ keys, rows: (await r.read({ keyed: true, relations: true })) as Row[] }];
  const { Table } = await import('tableschema');
  const out: { keys: ForeignKey[]; rows: Row[] }[] = [];
  for (const key of keys) {
    const schema = { ...(r.descriptor['schema'] as object), foreignKeys: [key] };
    const table = await Table.load(join(downloads, r.descriptor['path'] as string), { schema });
    const referenced = (await dp.getResource(key.reference.resource)?.read({ keyed: true })) as Row[];
    out.push({ keys: [key], rows: (await table.read({ keyed: true, relations: { [key.reference.resource]: referenced } })) as Row[] });
  }
  return out;
}

describe('the data package in a v1 reader (npm datapackage / tableschema)', () => {
  it('loads as a valid package with every table of the descriptor', () => {
    expect(dp.errors.map((e) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    // One table resource per curated CSV file of data/, plus the one derived at build time (facts with their cluster).
    expect(tables().map((r) => r.name)).toHaveLength(readdirSync(join(repoRoot, 'data')).filter((f) => f.endsWith('.csv')).length + 1);
    expect(tables().map((r) => r.name)).toContain('facts-with-clusters');
  });

  it('reads every table, values cast to their types, the same values as the JSON downloads (lists joined by «;», an empty one missing)', async () => {
    for (const r of tables()) {
      const rows = (await r.read({ keyed: true })) as Row[];
      const json = jsonRows(r.name);
      expect(rows, r.name).toHaveLength(json.length);
      rows.forEach((row, i) => {
        // An empty list is an empty cell, which the descriptor's missingValues make null.
        const expected = Object.fromEntries(Object.entries(json[i] ?? {}).map(([k, v]) => [k, Array.isArray(v) ? (v.length > 0 ? v.join(';') : null) : v]));
        expect(row, `${r.name} row ${i + 2}`).toEqual(expected);
      });
    }
    // The list columns are plain strings to this reader; it checks their items through the pattern.
    const clusters = (await dp.getResource('clusters')?.read({ keyed: true })) as Row[];
    const medicon = clusters.find((c) => c['id'] === 'medicon-valley');
    expect(medicon).toMatchObject({ countries: 'DK;SE', in_sample: true, lat: expect.any(Number) });
    const medellin = clusters.find((c) => c['id'] === 'medellin-health-city');
    expect(medellin?.['city']).toBe('Medellín');
  });

  it('resolves every foreign key of every table to the row it refers to', async () => {
    let resolved = 0;
    for (const r of tables())
      for (const { keys, rows } of await readResolved(r)) {
        const json = jsonRows(r.name);
        for (const key of keys)
          rows.forEach((row, i) => {
            const own = key.fields.map((f) => json[i]?.[f]);
            if (own.every((v) => v === null)) return;
            // Every column of the key now holds the referenced row, whose key columns are the row's own values.
            for (const f of key.fields) {
              const target = row[f] as Row;
              expect(typeof target, `${r.name} row ${i + 2} ${f}`).toBe('object');
              expect(key.reference.fields.map((rf) => target[rf]), `${r.name} row ${i + 2} ${key.fields.join('+')}`).toEqual(own);
            }
            resolved++;
          });
      }
    // facts alone refer 574 times to clusters and to sources.
    expect(resolved).toBeGreaterThan(2000);
  });

  it('rejects a table whose reference names no row, so the check above can fail', async () => {
    const { Table } = await import('tableschema');
    const facts = dp.getResource('facts') as Resource;
    const key = foreignKeys(facts).find((k) => k.reference.resource === 'clusters') as ForeignKey;
    const table = await Table.load(join(downloads, 'facts.csv'), { schema: { ...(facts.descriptor['schema'] as object), foreignKeys: [key] } });
    const clusters = ((await dp.getResource('clusters')?.read({ keyed: true })) as Row[]).filter((c) => c['id'] !== 'medicon-valley');
    await expect(table.read({ keyed: true, relations: { clusters } })).rejects.toThrow(/Foreign key/);
  });
});
