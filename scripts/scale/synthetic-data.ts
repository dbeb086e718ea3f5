/**
 * Synthetic datasets for the scale benchmark (`npm run bench:scale`): the
 * atlas's tables at k times today's rows, valid by the same schemas, from a
 * seed, with every copied row marked as synthetic.
 *
 * What grows is what would grow in the world: clusters and partnerships, and
 * every table that hangs off them through a foreign key, directly or through
 * another growing table (facts, case studies, quotes, partnership members,
 * value-chain actors, target-model examples, …). Tables that define the atlas's
 * vocabulary (sources, groups, success factors, target models, indicators,
 * value-chain stages) keep their rows: a larger world still has seven success
 * factors. The set of growing tables is read from the schemas' foreign keys,
 * so a table added later grows with the clusters without a change here.
 */
import { randomLcg } from 'd3';
import Papa from 'papaparse';
import type { z } from 'zod';
import type { FieldMeta } from '../../src/lib/schema/fields.ts';
import type { TableDef } from '../../src/lib/schema/table.ts';

/** A table as CSV text gives it: the header and each row's cells by column name. */
export interface RawTable {
  header: string[];
  rows: Record<string, string>[];
}

/** Says whether a point (degrees, WGS 84) lies inside one of the given ISO 3166-1 alpha-2 countries. */
export type InsideCountries = (lat: number, lon: number, countries: readonly string[]) => boolean;

export interface SyntheticOptions {
  /** How many synthetic copies of each growing row: 1 gives today's row counts; a whole number ≥ 1. */
  factor: number;
  /** Seed of the pseudo-random jitter of the points; the same seed gives the same dataset. */
  seed: number;
  /** Largest shift of a copied point, in degrees of latitude and longitude (default 0.4). */
  jitterDegrees?: number;
}

/** Marks every copied name and note, so that no synthetic row can pass for data. */
export const SYNTHETIC_MARK = 'Synthetic';

/** The id of copy `copy` (1-based) of the row whose id is `id`: still a kebab-case slug. */
export const syntheticId = (copy: number, id: string): string => `syn${copy}-${id}`;

/**
 * The entities a larger world has more of: clusters, and the partnerships
 * (meta-clusters, networks, joint projects) they form; without the second,
 * each partnership would gain members without bound.
 */
export const GROWING_ROOTS = ['clusters', 'partnerships'] as const;

/**
 * The tables that grow with the clusters: GROWING_ROOTS and every table with a
 * foreign key into a growing table (a fixed point over the schemas).
 */
export function growingTables(defs: readonly TableDef[]): Set<string> {
  const growing = new Set<string>(GROWING_ROOTS.filter((name) => defs.some((d) => d.name === name)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const def of defs)
      if (!growing.has(def.name) && def.foreignKeys.some((fk) => growing.has(fk.resource))) {
        growing.add(def.name);
        changed = true;
      }
  }
  return growing;
}

/**
 * Per growing table, the columns that copies renumber: its own id (a
 * one-column primary key) and every column that refers, alone or as part of
 * a composite foreign key, to a renumbered column of a growing table (a fixed
 * point: a key into facts.cluster_id follows clusters.id).
 */
export function remappedColumns(defs: readonly TableDef[], growing: ReadonlySet<string>): Map<string, Set<string>> {
  const remapped = new Map<string, Set<string>>();
  for (const def of defs) {
    if (!growing.has(def.name)) continue;
    remapped.set(def.name, new Set(def.primaryKey.length === 1 ? [def.primaryKey[0] as string] : []));
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const def of defs) {
      const own = remapped.get(def.name);
      if (!own) continue;
      for (const fk of def.foreignKeys) {
        const target = remapped.get(fk.resource);
        if (!target) continue;
        fk.fields.forEach((field, i) => {
          if (target.has(fk.resourceFields[i] as string) && !own.has(field)) {
            own.add(field);
            changed = true;
          }
        });
      }
    }
  }
  return remapped;
}

/** Columns that name or title a row: prefixed with the synthetic mark in copies. */
const NAME_COLUMNS = ['name', 'title'];

/**
 * The synthetic dataset at `options.factor` times today's rows of the growing
 * tables. Copy c of a row gets id `syn<c>-<id>` (and its references to other
 * growing rows follow), a name or title beginning «Synthetic c:», a note
 * saying it is synthetic, and, for clusters, a point moved by at most
 * `jitterDegrees` that still lies inside one of its countries (else the
 * original point). Tables that do not grow are returned unchanged.
 *
 * @param defs the schema of every table (src/lib/schema/tables.ts)
 * @param real today's tables by name, as read from data/*.csv
 * @param inside the point-in-country test (e.g. d3-geo over Natural Earth)
 * @throws Error if `factor` is not a whole number ≥ 1 or a table of `defs` is missing from `real`
 */
export function syntheticDataset(
  defs: readonly TableDef[],
  real: ReadonlyMap<string, RawTable>,
  inside: InsideCountries,
  options: SyntheticOptions,
): Map<string, RawTable> {
  const { factor, seed, jitterDegrees = 0.4 } = options;
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, not ${factor}`);
  const growing = growingTables(defs);
  const remapped = remappedColumns(defs, growing);
  const random = randomLcg(seed);
  const out = new Map<string, RawTable>();
  for (const def of defs) {
    const table = real.get(def.name);
    if (!table) throw new Error(`no rows for table ${def.name}`);
    if (!growing.has(def.name)) {
      out.set(def.name, table);
      continue;
    }
    const renamed = remapped.get(def.name) ?? new Set<string>();
    const listColumns = new Set(
      Object.entries(def.schema.shape)
        .filter(([, field]) => ((field as z.ZodType).meta() as FieldMeta | undefined)?.separator !== undefined)
        .map(([name]) => name),
    );
    const rows: Record<string, string>[] = [];
    for (let copy = 1; copy <= factor; copy++)
      for (const row of table.rows) {
        const next: Record<string, string> = { ...row };
        for (const column of renamed) {
          const value = row[column] ?? '';
          if (value === '') continue;
          next[column] = listColumns.has(column)
            ? value.split(';').map((v) => syntheticId(copy, v.trim())).join(';')
            : syntheticId(copy, value);
        }
        for (const column of NAME_COLUMNS)
          if (column in row && row[column] !== '') next[column] = `${SYNTHETIC_MARK} ${copy}: ${row[column]}`;
        if ('note' in row) next['note'] = `${SYNTHETIC_MARK} row for the scale benchmark (copy ${copy} of ${keyOf(def, row)}); not data from any source.`;
        if (def.name === 'clusters') Object.assign(next, jitteredPoint(row, random, jitterDegrees, inside));
        rows.push(next);
      }
    out.set(def.name, { header: table.header, rows });
  }
  return out;
}

function keyOf(def: TableDef, row: Record<string, string>): string {
  return def.primaryKey.length > 0 ? def.primaryKey.map((f) => row[f]).join(' + ') : `a row of ${def.name}`;
}

/** Up to 20 tries at a shifted point inside the row's countries; the original point if none lands inside. */
function jitteredPoint(row: Record<string, string>, random: () => number, degrees: number, inside: InsideCountries): { lat: string; lon: string } {
  const lat = Number(row['lat']);
  const lon = Number(row['lon']);
  const countries = (row['countries'] ?? '').split(';').map((c) => c.trim());
  for (let i = 0; i < 20; i++) {
    const la = Math.max(-89.9, Math.min(89.9, lat + (random() * 2 - 1) * degrees));
    const lo = Math.max(-179.9, Math.min(179.9, lon + (random() * 2 - 1) * degrees));
    if (inside(la, lo, countries)) return { lat: la.toFixed(4), lon: lo.toFixed(4) };
  }
  return { lat: row['lat'] ?? '', lon: row['lon'] ?? '' };
}

/** Parses a CSV file's text (UTF-8, header row) into a RawTable. */
export function readRawTable(text: string): RawTable {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Writes a RawTable as RFC 4180 CSV with its header, columns in the header's order. */
export function writeRawTable(table: RawTable): string {
  return `${Papa.unparse({ fields: table.header, data: table.rows.map((r) => table.header.map((h) => r[h] ?? '')) }, { newline: '\n' })}\n`;
}
