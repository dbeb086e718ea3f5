/**
 * What the /data/ page lists: every dataset with its files and row count, and
 * its data dictionary, read from the same Table Schema that datapackage.json
 * carries (tableSchema() in data-package.ts, built from the zod schemas).
 */
import { ATLAS, GEOJSON_RESOURCE, tableSchema, type TableSchemaField } from './data-package.ts';
import type { DownloadManifest } from './download-manifest.ts';
import type { z } from 'zod';
import { SLUG_PATTERN, type FieldMeta } from './schema/fields.ts';
import type { TableDef } from './schema/table.ts';

export interface DownloadFile {
  label: string;
  /** File name in /data/. */
  path: string;
  bytes: number;
}

/** A piece of prose; `code` pieces are names or patterns shown as code. */
export interface Span {
  text: string;
  code?: boolean;
}

/** Descriptions mark column names with backticks (`order`): split them into code spans. */
export function codeSpans(text: string): Span[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { text: part.slice(1, -1), code: true } : { text: part }));
}

export interface DictionaryColumn {
  name: string;
  type: string;
  required: boolean;
  constraints: Span[][];
  description: Span[];
  /** «primary key», or the table and column a foreign key refers to. */
  keys: { text: string; table?: string }[];
}

export interface DatasetEntry {
  name: string;
  title: string;
  description: Span[];
  rows: number;
  files: DownloadFile[];
  primaryKey: string[];
  references: { fields: string[]; table: string; tableFields: string[] }[];
  columns: DictionaryColumn[];
}

function file(manifest: DownloadManifest, label: string, path: string): DownloadFile {
  const bytes = manifest.bytes[path];
  if (bytes === undefined) throw new Error(`the data build wrote no ${path}`);
  return { label, path, bytes };
}

/** The descriptor declares a list column as a string (see tableField); the dictionary names it a list, from the field's own metadata. */
const metaOf = (def: TableDef, name: string) => (def.schema.shape[name] as z.ZodType | undefined)?.meta() as FieldMeta | undefined;

function typeLabel(def: TableDef, f: TableSchemaField): string {
  const meta = metaOf(def, f.name);
  return meta?.separator ? `list of ${meta.type}, “${meta.separator}”-separated` : f.type;
}

const SLUG = SLUG_PATTERN.replace(/^\^|\$$/g, '');

function constraintLabels(def: TableDef, f: TableSchemaField): Span[][] {
  const c = f.constraints;
  const meta = metaOf(def, f.name);
  const out: Span[][] = [];
  if (c.enum) out.push([{ text: 'one of ' }, ...c.enum.flatMap((v, i) => [...(i > 0 ? [{ text: ', ' }] : []), { text: v, code: true }])]);
  if (c.pattern === SLUG) out.push([{ text: 'a lowercase kebab-case id' }]);
  else if (meta?.separator && meta.itemPattern) out.push([{ text: 'each value matches ' }, { text: meta.itemPattern.replace(/^\^|\$$/g, ''), code: true }]);
  else if (c.pattern && !meta?.separator) out.push([{ text: 'matches ' }, { text: c.pattern, code: true }]);
  if (c.minimum !== undefined && c.maximum !== undefined) out.push([{ text: `from ${c.minimum} to ${c.maximum}` }]);
  else if (c.minimum !== undefined) out.push([{ text: `at least ${c.minimum}` }]);
  else if (c.maximum !== undefined) out.push([{ text: `at most ${c.maximum}` }]);
  if (c.unique) out.push([{ text: 'unique' }]);
  return out;
}

export function datasetEntry(def: TableDef, manifest: DownloadManifest): DatasetEntry {
  const schema = tableSchema(def);
  const primaryKey = schema.primaryKey ?? [];
  const references = (schema.foreignKeys ?? []).map((fk) => ({
    fields: fk.fields,
    table: fk.reference.resource ?? def.name,
    tableFields: fk.reference.fields,
  }));
  const files = [file(manifest, 'CSV', `${def.name}.csv`), file(manifest, 'JSON', `${def.name}.json`)];
  if (def.name === 'clusters') files.push(file(manifest, 'GeoJSON', GEOJSON_RESOURCE.path));
  const rows = manifest.rows[def.name];
  if (rows === undefined) throw new Error(`the data build counted no rows for ${def.name}`);
  return {
    name: def.name,
    title: def.title,
    description: codeSpans(def.description),
    rows,
    files,
    primaryKey,
    references,
    columns: schema.fields.map((f) => ({
      name: f.name,
      type: typeLabel(def, f),
      required: f.constraints.required || primaryKey.includes(f.name),
      constraints: constraintLabels(def, f),
      description: codeSpans(f.description),
      keys: [
        ...(primaryKey.includes(f.name) ? [{ text: primaryKey.length > 1 ? `part of the primary key (${primaryKey.join(' + ')})` : 'primary key' }] : []),
        ...references
          .filter((r) => r.fields.includes(f.name))
          .map((r) => ({ text: `refers to ${r.table}.${r.tableFields[r.fields.indexOf(f.name)]}`, table: r.table })),
      ],
    })),
  };
}

export function catalogue(defs: readonly TableDef[], manifest: DownloadManifest) {
  return {
    created: manifest.created,
    archive: file(manifest, 'All data (zip)', ATLAS.archive),
    descriptor: file(manifest, 'Data package descriptor', 'datapackage.json'),
    readme: file(manifest, 'README', ATLAS.readme),
    bibliography: file(manifest, 'BibTeX', ATLAS.bibliography),
    citationFile: file(manifest, 'Citation File Format', ATLAS.citationFile),
    workbook: file(manifest, 'Excel workbook', ATLAS.workbook),
    datasets: defs.map((d) => datasetEntry(d, manifest)),
  };
}
