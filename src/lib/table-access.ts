/**
 * One typed accessor over every table of the schema registry
 * (src/lib/schema/tables.ts); src/lib/atlas-data.ts holds the built data's.
 *
 * `atlas.<table>` (the resource name in camelCase: `atlas.clusterTargetModels`)
 * gives its rows typed from the table's zod schema, `get(key)` by primary key,
 * and `where(field, value)` by any field, a foreign key above all; a list
 * field (`countries`, `clusters`, …) matches each of its items. The indexes
 * are built once, on first use. Pure functions take an `Atlas` so that tests
 * can hand them `createAtlas(rows)` over rows of their own.
 */
import { tables } from './schema/tables.ts';
import type { Row } from './schema/table.ts';

type TableDefs = (typeof tables)[number];
/** `cluster-target-models` → `clusterTargetModels`. */
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** Every table's rows, keyed by resource name in camelCase. */
export type AtlasRows = { [T in TableDefs as Camel<T['name']>]: readonly Row<T>[] };

/** Fields a row can be looked up by: those holding a string or a list of strings. */
type KeyField<R> = { [K in keyof R]-?: R[K] extends string | null | readonly string[] ? K : never }[keyof R] & string;

/** One table: its rows, a lookup by primary key and lookups by field. */
export interface TableAccess<R> {
  /** The table's rows, in the order of its CSV. */
  readonly rows: readonly R[];
  /** The row whose single-field primary key is `key`. Throws, naming the table and key, when there is none: a foreign key the build checked cannot miss, so a miss is a bug. */
  get(key: string): R;
  /** The row whose primary key is `key`, or undefined (for keys that come from outside the data: an address, a user's choice). */
  find(key: string | null | undefined): R | undefined;
  /** Rows whose `field` is `value` (or, for a list field, includes it), in CSV order; [] when none. */
  where<K extends KeyField<R>>(field: K, value: string | null | undefined): readonly R[];
}

export type Atlas = { [N in keyof AtlasRows]: TableAccess<AtlasRows[N][number]> };

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function tableAccess<R extends object>(name: string, primaryKey: readonly string[], rows: readonly R[]): TableAccess<R> {
  let byKey: Map<string, R> | undefined;
  const byField = new Map<string, Map<string, R[]>>();
  const keyIndex = () => {
    if (byKey) return byKey;
    if (primaryKey.length !== 1) throw new Error(`${name}: its primary key is (${primaryKey.join(', ')}); look its rows up with where()`);
    const pk = primaryKey[0] as string;
    return (byKey = new Map(rows.map((r) => [String((r as Record<string, unknown>)[pk]), r])));
  };
  return {
    rows,
    get(key) {
      const row = keyIndex().get(key);
      if (!row) throw new Error(`${name}: no row with ${primaryKey[0]} «${key}»`);
      return row;
    },
    find: (key) => (key == null ? undefined : keyIndex().get(key)),
    where(field, value) {
      if (value == null) return [];
      let index = byField.get(field);
      if (!index) {
        index = new Map();
        for (const r of rows) {
          const v = (r as Record<string, unknown>)[field];
          for (const item of Array.isArray(v) ? v : v == null ? [] : [v]) {
            const key = String(item);
            const list = index.get(key);
            if (list) list.push(r);
            else index.set(key, [r]);
          }
        }
        byField.set(field, index);
      }
      return index.get(value) ?? [];
    },
  };
}

/** An accessor over the given rows, every table of the registry. */
export function createAtlas(rows: AtlasRows): Atlas {
  const out: Record<string, TableAccess<object>> = {};
  for (const t of tables) {
    const key = camel(t.name) as keyof AtlasRows;
    out[key] = tableAccess(t.name, t.primaryKey, rows[key] as readonly object[]);
  }
  return out as Atlas;
}

/**
 * An accessor over rows the data build validated (src/lib/data-build.ts):
 * `rowsOf(resource)` gives a table's rows by resource name. Throws naming the
 * first table it has no rows for.
 */
export function atlasOf(rowsOf: (resource: string) => readonly object[] | undefined): Atlas {
  const out: Record<string, readonly object[]> = {};
  for (const t of tables) {
    const rows = rowsOf(t.name);
    if (!rows) throw new Error(`no rows for table ${t.name}: run npm run data`);
    out[camel(t.name)] = rows;
  }
  // Every row passed its table's zod schema in the data build, before it was written.
  return createAtlas(out as AtlasRows);
}
