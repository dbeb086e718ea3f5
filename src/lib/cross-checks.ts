/** Checks across rows and tables: unique keys and references that resolve. */
import type { Problem } from './problem.ts';
import type { TableDef } from './schema/table.ts';
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
 * Foreign keys to a table that could not be read are not checked. Throws if a foreign key
 * names a table that `tables` lacks (a schema error, not a data one).
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
    for (const fk of def.foreignKeys) {
      const keys = keysOf(fk.resource, fk.resourceFields);
      if (!keys) throw new Error(`${def.name}: a foreign key refers to unknown table ${fk.resource}`);
      // A table without a header was not read (missing, empty, not UTF-8, another separator) and says so once:
      // every reference to it failing too would bury that one problem.
      if (tables.get(fk.resource)?.header.length === 0) continue;
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
              column: columnOf(table, fk.fields[fk.fields.length - 1] ?? ''),
              rule: 'reference',
              detail: `${fk.fields.join(' + ')} "${key.split(KEY_SEP).join(' + ')}" is not ${fk.resourceFields.length > 1 ? 'a key' : `an ${fk.resourceFields[0]}`} in ${fk.resource}.csv`,
            });
      }
    }
  }
  return problems;
}
