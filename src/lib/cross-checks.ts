/** Checks across rows and tables: unique keys and references that resolve. */
import type { Problem } from './problem.ts';
import type { ForeignKey, TableDef } from './schema/table.ts';
import type { ValidatedTable } from './validate-table.ts';

type AnyTable = ValidatedTable<Record<string, unknown>>;

const KEY_SEP = '\u0000';

function columnOf(table: AnyTable, field: string): number {
  const i = table.header.indexOf(field);
  return i >= 0 ? i + 1 : 1;
}

const keyOf = (row: Record<string, unknown>, fields: readonly string[]) => fields.map((f) => String(row[f])).join(' + ');

export function checkPrimaryKey(def: TableDef, table: AnyTable): Problem[] {
  if (def.primaryKey.length === 0) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, row } of table.rows) {
    const key = keyOf(row, def.primaryKey);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else
      problems.push({
        file: table.file,
        line,
        column: columnOf(table, def.primaryKey[0] ?? ''),
        rule: 'unique',
        detail: `${def.primaryKey.join(' + ')} "${key}" is already used on line ${first}`,
      });
  }
  return problems;
}

/**
 * Every foreign key of every table must name an existing row; list cells resolve item by item.
 * Fields of a key that the table derives are left out (the build copies them from the row the rest names).
 * A composite key that holds the other table's primary key and more (fact_id + cluster_id) is
 * reported as what is wrong: no row with that primary key, or a row whose other fields differ
 * (the column of the first that differs). Foreign keys to a table that could not be read are
 * not checked. Throws if a foreign key names a table that `tables` lacks (a schema error, not a data one).
 */
export function checkForeignKeys(defs: readonly TableDef[], tables: ReadonlyMap<string, AnyTable>): Problem[] {
  const problems: Problem[] = [];
  const keySets = new Map<string, Set<string>>();
  // Keys come from every record read, valid or not, so that one bad row does not cascade into others.
  const keysOf = (resource: string, fields: readonly string[]): Set<string> | undefined => {
    const id = `${resource}.${fields.join('+')}`;
    if (!keySets.has(id)) {
      const target = tables.get(resource);
      if (!target) return undefined;
      keySets.set(id, new Set(target.raw.map((r) => fields.map((f) => r[f] ?? '').join(KEY_SEP))));
    }
    return keySets.get(id);
  };
  for (const def of defs) {
    const table = tables.get(def.name);
    if (!table) continue;
    for (const key of def.foreignKeys) {
      // A derived field of the key is not checked: the data build copies it from the row the other fields name.
      const kept = key.fields.flatMap((f, i) => ((def.derived ?? []).includes(f) ? [] : [i]));
      if (kept.length === 0) continue;
      const fk: ForeignKey = { ...key, fields: kept.map((i) => key.fields[i] ?? ''), resourceFields: kept.map((i) => key.resourceFields[i] ?? '') };
      const keys = keysOf(fk.resource, fk.resourceFields);
      if (!keys) throw new Error(`${def.name}: a foreign key refers to unknown table ${fk.resource}`);
      // A table without a header was not read (missing, empty, not UTF-8, another separator) and says so once:
      // every reference to it failing too would bury that one problem.
      if (tables.get(fk.resource)?.header.length === 0) continue;
      const byPrimaryKey = primaryKeyMismatch(table, fk, defs.find((d) => d.name === fk.resource)?.primaryKey ?? [], tables.get(fk.resource)?.raw ?? []);
      for (const { line, row } of table.rows) {
        const values = fk.fields.map((f) => row[f]);
        if (values.some((v) => v === null || v === undefined)) continue;
        const candidates =
          values.length === 1 && Array.isArray(values[0]) ? values[0].map(String) : [values.map(String).join(KEY_SEP)];
        for (const key of candidates)
          if (!keys.has(key))
            problems.push({
              file: table.file,
              line,
              rule: 'reference',
              ...(byPrimaryKey?.(row) ?? {
                column: columnOf(table, fk.fields[fk.fields.length - 1] ?? ''),
                detail: `${fk.fields.join(' + ')} "${key.split(KEY_SEP).join(' + ')}" is not ${fk.resourceFields.length > 1 ? 'a key' : `an ${fk.resourceFields[0]}`} in ${fk.resource}.csv`,
              }),
            });
      }
    }
  }
  return problems;
}

/**
 * For a key that holds the referenced table's whole primary key and more fields: what is wrong with a row
 * whose key does not resolve, at its column (the primary key's, or the first other field that differs).
 * Undefined for any other key, which is reported as a whole.
 */
function primaryKeyMismatch(
  table: AnyTable,
  fk: ForeignKey,
  primaryKey: readonly string[],
  targetRows: readonly Record<string, string>[],
): ((row: Record<string, unknown>) => { column: number; detail: string }) | undefined {
  const inKey = primaryKey.map((f) => fk.resourceFields.indexOf(f));
  if (primaryKey.length === 0 || primaryKey.length >= fk.resourceFields.length || inKey.includes(-1)) return undefined;
  const own = inKey.map((i) => fk.fields[i] ?? '');
  const targetByKey = new Map<string, Record<string, string>>();
  for (const r of targetRows) {
    const k = primaryKey.map((f) => r[f] ?? '').join(KEY_SEP);
    if (!targetByKey.has(k)) targetByKey.set(k, r); // a duplicate is reported by its own table
  }
  return (row) => {
    const value = own.map((f) => String(row[f])).join(KEY_SEP);
    const target = targetByKey.get(value);
    const named = `${own.join(' + ')} "${value.split(KEY_SEP).join(' + ')}"`;
    if (!target)
      return { column: columnOf(table, own[0] ?? ''), detail: `${named} is not ${primaryKey.length > 1 ? 'a key' : `an ${primaryKey[0]}`} in ${fk.resource}.csv` };
    const i = fk.resourceFields.findIndex((f, j) => (target[f] ?? '') !== String(row[fk.fields[j] ?? '']));
    const field = fk.fields[i] ?? '';
    const theirs = fk.resourceFields[i] ?? '';
    return {
      column: columnOf(table, field),
      detail: `${named} names a row of ${fk.resource}.csv whose ${theirs} is "${target[theirs] ?? ''}", not "${String(row[field])}"`,
    };
  };
}
