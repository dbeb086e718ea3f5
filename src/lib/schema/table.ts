import type { z } from 'zod';

export interface ForeignKey {
  /** Field of this table; list fields (`;`-separated) must resolve item by item. */
  field: string;
  resource: string;
  resourceField: string;
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
}

export function defineTable<S extends z.ZodObject>(def: TableDef<S>): TableDef<S> {
  return def;
}

export type Row<T extends TableDef> = z.output<T['schema']>;
