/**
 * An independent checker of a Frictionless Data Package on disk: it reads
 * datapackage.json and the files it names, and nothing of the atlas's own
 * schemas or parsers, so that the descriptor is tested as a stranger would use
 * it. Problems come back as `file:line:column rule: detail` (line 1 is the
 * header; column 1 where the problem is the whole file).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';

interface Field {
  name: string;
  type?: string;
  format?: string;
  delimiter?: string;
  itemType?: string;
  trueValues?: string[];
  falseValues?: string[];
  missingValues?: string[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: unknown[];
    pattern?: string;
    minimum?: number | string;
    maximum?: number | string;
  };
}

type KeySpec = string | string[];

interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: KeySpec;
  foreignKeys?: { fields: KeySpec; reference: { resource?: string; fields: KeySpec } }[];
}

interface Resource {
  name: string;
  path: string;
  type?: string;
  profile?: string;
  encoding?: string;
  bytes?: number;
  hash?: string;
  schema?: Schema;
}

type Value = string | number | boolean | Value[] | null;

interface Table {
  resource: Resource;
  file: string;
  /** Logical values per row, in field order. */
  rows: Value[][];
  lines: number[];
}

const keyList = (k: KeySpec | undefined): string[] => (k === undefined ? [] : typeof k === 'string' ? [k] : k);

const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_NUMBER = /^(nan|inf|-inf)$/i;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^-?\d{4,}$/;

/** The logical value of a non-missing cell, or an error message. */
function cast(raw: string, type: string, field: Field): { value: Value } | { error: string } {
  switch (type) {
    case 'any':
    case 'string':
      return { value: raw };
    case 'integer':
      return INTEGER.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not an integer` };
    case 'number':
      if (NUMBER.test(raw)) return { value: Number(raw) };
      if (SPECIAL_NUMBER.test(raw)) return { value: raw.toLowerCase() === 'nan' ? Number.NaN : raw.startsWith('-') ? -Infinity : Infinity };
      return { error: `"${raw}" is not a number` };
    case 'boolean':
      if ((field.trueValues ?? TRUE).includes(raw)) return { value: true };
      if ((field.falseValues ?? FALSE).includes(raw)) return { value: false };
      return { error: `"${raw}" is not a boolean` };
    case 'date': {
      const m = DATE.exec(raw);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
      return d && d.getUTCDate() === Number(m?.[3]) ? { value: raw } : { error: `"${raw}" is not a date (yyyy-mm-dd)` };
    }
    case 'year':
      return YEAR.test(raw) ? { value: Number(raw) } : { error: `"${raw}" is not a year` };
    case 'list': {
      const items: Value[] = [];
      for (const item of raw.split(field.delimiter ?? ',')) {
        const c = cast(item, field.itemType ?? 'string', field);
        if ('error' in c) return { error: `list item ${c.error}` };
        items.push(c.value);
      }
      return { value: items };
    }
    default:
      return { error: `type "${type}" is not a Table Schema type this checker knows` };
  }
}

const keyOf = (values: Value[]) => JSON.stringify(values);

export interface CheckOptions {
  /** Check `bytes` and `hash` (off when a test edits files on purpose and wants only the data problems). */
  integrity?: boolean;
}

export function checkDataPackage(dir: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const report = (file: string, line: number, column: number, rule: string, detail: string) =>
    problems.push(`${file}:${line}:${column} ${rule}: ${detail}`);
  const descriptorPath = join(dir, 'datapackage.json');
  if (!existsSync(descriptorPath)) return ['datapackage.json:1:1 missing-file: no descriptor'];
  const pkg = JSON.parse(readFileSync(descriptorPath, 'utf8')) as { resources?: Resource[]; licenses?: unknown[] };
  const resources = pkg.resources ?? [];
  if (resources.length === 0) report('datapackage.json', 1, 1, 'descriptor', 'no resources');
  const names = resources.map((r) => r.name);
  for (const n of names.filter((n, i) => names.indexOf(n) !== i)) report('datapackage.json', 1, 1, 'descriptor', `resource name "${n}" is used twice`);
  if (!Array.isArray(pkg.licenses) || pkg.licenses.length === 0) report('datapackage.json', 1, 1, 'descriptor', 'no licenses');

  const tables = new Map<string, Table>();
  for (const resource of resources) {
    const file = resource.path;
    if (isAbsolute(file) || normalize(file).startsWith('..')) {
      report('datapackage.json', 1, 1, 'descriptor', `${resource.name}: path ${file} leaves the package`);
      continue;
    }
    const full = join(dir, file);
    if (!existsSync(full)) {
      report(file, 1, 1, 'missing-file', `resource ${resource.name} names a file that does not exist`);
      continue;
    }
    const bytes = readFileSync(full);
    if (options.integrity !== false) {
      if (resource.bytes !== undefined && resource.bytes !== bytes.byteLength)
        report(file, 1, 1, 'bytes', `descriptor says ${resource.bytes} bytes, the file has ${bytes.byteLength}`);
      if (resource.hash !== undefined) {
        const [algorithm, expected] = resource.hash.includes(':') ? resource.hash.split(':') : ['md5', resource.hash];
        const actual = createHash(algorithm ?? 'md5').update(bytes).digest('hex');
        if (actual !== expected) report(file, 1, 1, 'hash', `descriptor says ${resource.hash}, the file hashes to ${algorithm}:${actual}`);
      }
    }
    let text: string;
    try {
      text = new TextDecoder(resource.encoding ?? 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      report(file, 1, 1, 'encoding', `not valid ${resource.encoding ?? 'utf-8'}`);
      continue;
    }
    const tabular = resource.type === 'table' || resource.profile === 'tabular-data-resource';
    if (!tabular) continue;
    if (!resource.schema) {
      report('datapackage.json', 1, 1, 'descriptor', `table ${resource.name} has no schema`);
      continue;
    }
    if (text.startsWith('\uFEFF')) report(file, 1, 1, 'encoding', 'starts with a byte-order mark');
    tables.set(resource.name, readTable(resource, file, text, report));
  }

  for (const table of tables.values()) checkKeys(table, tables, report);
  return problems;
}

type Report = (file: string, line: number, column: number, rule: string, detail: string) => void;

function readTable(resource: Resource, file: string, text: string, report: Report): Table {
  const schema = resource.schema as Schema;
  const fields = schema.fields;
  // Step mode gives each record's end offset, so that a record's line counts the line breaks inside quoted cells.
  const data: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step: (result) => {
      for (const e of result.errors) report(file, line, 1, 'csv', e.message);
      data.push(result.data);
      lines.push(line);
      const end = result.meta.cursor;
      line += (text.slice(start, end).match(/\n/g) ?? []).length;
      start = end;
    },
  });
  const [header = [], ...records] = data;
  const names = fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names))
    header.forEach((h, i) => {
      if (h !== names[i]) report(file, 1, i + 1, 'header', `column ${i + 1} is "${h}", the schema names "${names[i] ?? '(nothing)'}"`);
    });
  if (header.length < names.length)
    report(file, 1, header.length + 1, 'header', `missing columns ${names.slice(header.length).join(', ')}`);

  const unique = fields.map(() => new Map<string, number>());
  const rows: Value[][] = [];
  const rowLines: number[] = [];
  records.forEach((record, r) => {
    const at = lines[r + 1] ?? 0;
    if (record.length !== fields.length) report(file, at, 1, 'field-count', `${record.length} cells, the schema has ${fields.length} fields`);
    const row = fields.map((field, c): Value => {
      const raw = record[c] ?? '';
      const col = c + 1;
      const k = field.constraints ?? {};
      if ((field.missingValues ?? schema.missingValues ?? ['']).includes(raw)) {
        if (k.required) report(file, at, col, 'required', `${field.name} is empty`);
        return null;
      }
      const cell = cast(raw, field.type ?? 'any', field);
      if ('error' in cell) {
        report(file, at, col, 'type', `${field.name}: ${cell.error}`);
        return null;
      }
      const v = cell.value;
      if (k.enum && !k.enum.some((e) => String(e) === String(v))) report(file, at, col, 'enum', `${field.name}: "${raw}" is not one of ${k.enum.join(', ')}`);
      if (k.pattern && typeof v === 'string' && !new RegExp(`^(?:${k.pattern})$`, 'u').test(v))
        report(file, at, col, 'pattern', `${field.name}: "${raw}" does not match ${k.pattern}`);
      if (typeof v === 'number') {
        if (k.minimum !== undefined && v < Number(k.minimum)) report(file, at, col, 'minimum', `${field.name}: ${raw} < ${k.minimum}`);
        if (k.maximum !== undefined && v > Number(k.maximum)) report(file, at, col, 'maximum', `${field.name}: ${raw} > ${k.maximum}`);
      }
      if (k.unique) {
        const seen = unique[c]?.get(keyOf([v]));
        if (seen !== undefined) report(file, at, col, 'unique', `${field.name}: "${raw}" is already on line ${seen}`);
        else unique[c]?.set(keyOf([v]), at);
      }
      return v;
    });
    rows.push(row);
    rowLines.push(at);
  });
  return { resource, file, rows, lines: rowLines };
}

function checkKeys(table: Table, tables: ReadonlyMap<string, Table>, report: Report): void {
  const schema = table.resource.schema as Schema;
  const index = (t: Table, name: string) => (t.resource.schema as Schema).fields.findIndex((f) => f.name === name);
  const pk = keyList(schema.primaryKey);
  if (pk.length > 0) {
    const cols = pk.map((n) => index(table, n));
    if (cols.some((c) => c < 0)) report('datapackage.json', 1, 1, 'descriptor', `${table.resource.name}: primary key names an unknown field`);
    else {
      const seen = new Map<string, number>();
      table.rows.forEach((row, r) => {
        const values = cols.map((c) => row[c] ?? null);
        const at = table.lines[r] ?? 0;
        if (values.some((v) => v === null)) return report(table.file, at, (cols[0] ?? 0) + 1, 'primary-key', `${pk.join(' + ')} has an empty value`);
        const key = keyOf(values);
        const first = seen.get(key);
        if (first !== undefined) report(table.file, at, (cols[0] ?? 0) + 1, 'primary-key', `${pk.join(' + ')} ${values.join(' + ')} is already on line ${first}`);
        else seen.set(key, at);
      });
    }
  }
  for (const fk of schema.foreignKeys ?? []) {
    const fields = keyList(fk.fields);
    const refFields = keyList(fk.reference.fields);
    const target = fk.reference.resource ? tables.get(fk.reference.resource) : table;
    if (!target) {
      report('datapackage.json', 1, 1, 'descriptor', `${table.resource.name}: foreign key to unknown table ${fk.reference.resource}`);
      continue;
    }
    const cols = fields.map((n) => index(table, n));
    const refCols = refFields.map((n) => index(target, n));
    if (fields.length !== refFields.length || cols.some((c) => c < 0) || refCols.some((c) => c < 0)) {
      report('datapackage.json', 1, 1, 'descriptor', `${table.resource.name}: foreign key ${fields.join(' + ')} → ${target.resource.name} does not match its fields`);
      continue;
    }
    const keys = new Set(target.rows.map((row) => keyOf(refCols.map((c) => row[c] ?? null))));
    table.rows.forEach((row, r) => {
      const values = cols.map((c) => row[c] ?? null);
      // As in SQL (MATCH SIMPLE): a key with an empty part refers to nothing and is not checked.
      if (values.some((v) => v === null)) return;
      if (!keys.has(keyOf(values)))
        report(
          table.file,
          table.lines[r] ?? 0,
          (cols[cols.length - 1] ?? 0) + 1,
          'foreign-key',
          `${fields.join(' + ')} "${values.join(' + ')}" is not a ${refFields.join(' + ')} of ${target.resource.name}`,
        );
    });
  }
}

/** Every resource file and the descriptor must be in the zip, byte for byte the same as next to it. */
export function checkArchive(zipPath: string, dir: string, alsoExpected: readonly string[] = []): string[] {
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const expected = ['datapackage.json', ...pkg.resources.map((r) => r.path), ...alsoExpected];
  const problems: string[] = [];
  for (const path of expected) {
    const entry = entries[path];
    if (!entry) problems.push(`${zipPath}: ${path} is missing`);
    else if (!Buffer.from(entry).equals(readFileSync(join(dir, path)))) problems.push(`${zipPath}: ${path} differs from ${join(dir, path)}`);
  }
  return problems;
}
