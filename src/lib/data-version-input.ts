/** The tables of data/ as the version snapshot reads them: raw CSV cells by column, with each table's primary key. */
import Papa from 'papaparse';
import { tables } from './schema/tables.ts';
import { columnsOf } from './validate-table.ts';
import type { SnapshotInput } from './data-version.ts';

export function dataSnapshotInput(readCsv: (name: string) => string): SnapshotInput[] {
  return tables.map((def) => {
    const parsed = Papa.parse<Record<string, string>>(readCsv(def.name), { header: true, skipEmptyLines: true });
    return { name: def.name, primaryKey: def.primaryKey, columns: parsed.meta.fields ?? columnsOf(def), rows: parsed.data };
  });
}
