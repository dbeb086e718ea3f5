/** Checks across rows and tables: unique keys and references that resolve. */
import type { Problem } from './problem.ts';
import type { TableDef } from './schema/table.ts';
import type { ValidatedTable } from './validate-table.ts';

type AnyTable = ValidatedTable<Record<string, unknown>>;

function columnOf(table: AnyTable, field: string): number {
  const i = table.header.indexOf(field);
  return i >= 0 ? i + 1 : 1;
}

const keyOf = (row: Record<string, unknown>, fields: readonly string[]) => fields.map((f) => String(row[f])).join(' + ');

export function checkPrimaryKey(def: TableDef, table: AnyTable): Problem[] {
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

/** Every foreign key of every table must name an existing row; list cells resolve item by item. */
export function checkForeignKeys(defs: readonly TableDef[], tables: ReadonlyMap<string, AnyTable>): Problem[] {
  const problems: Problem[] = [];
  const keySets = new Map<string, Set<string>>();
  const keysOf = (resource: string, field: string): Set<string> | undefined => {
    const id = `${resource}.${field}`;
    if (!keySets.has(id)) {
      const target = tables.get(resource);
      if (!target) return undefined;
      keySets.set(id, new Set(target.raw.map((r) => r[field] ?? '')));
    }
    return keySets.get(id);
  };
  for (const def of defs) {
    const table = tables.get(def.name);
    if (!table) continue;
    for (const fk of def.foreignKeys) {
      const keys = keysOf(fk.resource, fk.resourceField);
      if (!keys) throw new Error(`${def.name}: foreign key ${fk.field} refers to unknown table ${fk.resource}`);
      for (const { line, row } of table.rows) {
        const value = row[fk.field];
        const values = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)];
        for (const v of values)
          if (!keys.has(v))
            problems.push({
              file: table.file,
              line,
              column: columnOf(table, fk.field),
              rule: 'reference',
              detail: `${fk.field} "${v}" is not an ${fk.resourceField} in ${fk.resource}.csv`,
            });
      }
    }
  }
  return problems;
}
