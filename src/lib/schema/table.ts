import type { z } from 'zod';

export interface ForeignKey {
  /** Fields of this table; a single list field (`;`-separated) resolves item by item. Empty values are not checked. */
  fields: readonly string[];
  resource: string;
  resourceFields: readonly string[];
}

/** A reference from `fields` to the `resourceFields` (default: id) of another table. */
export function fk(fields: string | readonly string[], resource: string, resourceFields: string | readonly string[] = 'id'): ForeignKey {
  return {
    fields: typeof fields === 'string' ? [fields] : fields,
    resource,
    resourceFields: typeof resourceFields === 'string' ? [resourceFields] : resourceFields,
  };
}

/** One dataset: a CSV in data/ and its downloads, described once. */
export interface TableDef<S extends z.ZodObject = z.ZodObject> {
  /** Resource name, also the file stem: data/<name>.csv, public/data/<name>.{csv,json}. */
  name: string;
  title: string;
  description: string;
  schema: S;
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKey[];
  /** Columns of `schema` the data build derives (never read from data/<name>.csv): described in datapackage.json and written in the downloads. */
  derived?: readonly string[];
}

/** A table's definition, its resource name kept as a literal type so that the accessor (src/lib/atlas-data.ts) can name it. */
export function defineTable<const N extends string, S extends z.ZodObject>(def: TableDef<S> & { name: N }): TableDef<S> & { name: N } {
  return def;
}

export type Row<T extends TableDef> = z.output<T['schema']>;
