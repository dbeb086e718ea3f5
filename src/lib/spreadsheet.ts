/**
 * The workbook for spreadsheet users (Excel, LibreOffice, Numbers): every
 * table as a sheet of an .xlsx file written with ExcelJS, and a README sheet
 * with the citation, the licence and the data dictionary. Plain CSVs stay as
 * data tools expect them (no byte-order mark, values as they are); this file
 * is the one meant for spreadsheets.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { z } from 'zod';
import type { FieldMeta } from './schema/fields.ts';
import type { TableDef } from './schema/table.ts';

/**
 * Would a spreadsheet read this text as a formula? OWASP's CSV-injection list:
 * a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return.
 * «+15 EU countries» (facts.csv) is one: typed into Excel it gives #NAME?.
 */
export function formulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** A cell as the workbook stores it. */
export interface SheetCell {
  /** Numbers and booleans keep their type; lists are joined by «;» as in the CSVs; null is an empty cell. */
  value: string | number | boolean | null;
  /**
   * Number format `@` (Text) for text a spreadsheet would otherwise read as a
   * formula or a number: the value is unchanged and stored as a string cell,
   * and the Text format keeps it a string if a reader edits the cell.
   */
  numFmt?: '@';
}

/** The cell guard: a value of a row as a safe workbook cell, without changing the value. */
export function sheetCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  const text = Array.isArray(value) ? value.join(';') : String(value);
  if (text === '') return { value: null };
  return formulaLike(text) || /^\s*[\d.,]+\s*$/.test(text) ? { value: text, numFmt: '@' } : { value: text };
}

export interface WorkbookInput {
  defs: readonly TableDef[];
  /** Validated rows of each table, by table name (the values of the JSON downloads). */
  rows: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  title: string;
  /** The data version, e.g. 1.2.0. */
  version: string;
  /** Plain-text citation of the atlas, and one line per source document. */
  citation: string;
  sourceCitations: readonly string[];
  /** The licence terms, one paragraph each. */
  terms: readonly string[];
  /** Build time; also the files' time stamps in the zip, so the same data gives the same bytes. */
  created: Date;
}

const metaOf = (def: TableDef, name: string) => (def.schema.shape[name] as z.ZodType).meta() as unknown as FieldMeta;

/** The README sheet: rows of [label, text], then the data dictionary of every table. */
function readmeRows(input: WorkbookInput): (string | null)[][] {
  const rows: (string | null)[][] = [
    [`${input.title}: data, version ${input.version}`],
    ['Built', input.created.toISOString().slice(0, 10)],
    ['How to cite', input.citation],
    ...input.sourceCitations.map((s, i) => [i === 0 ? 'and the source of the rows you use' : null, s]),
    ...input.terms.map((t, i) => [i === 0 ? 'Licence' : null, t]),
    ['Conventions', 'One sheet per table, named as its CSV file. An empty cell means the source does not report the value. Several values in one cell are separated by «;». Every row names its source (an id of the sources sheet) and a locator within it.'],
    [],
    ['Sheet', 'Column', 'Type', 'Required', 'Description'],
  ];
  for (const def of input.defs) {
    rows.push([def.name, null, null, null, `${def.title}. ${def.description}`]);
    for (const name of Object.keys(def.schema.shape)) {
      const m = metaOf(def, name);
      rows.push([def.name, name, m.separator ? `list of ${m.type}, «${m.separator}»-separated` : m.type, m.required ? 'yes' : 'no', m.description]);
    }
  }
  return rows;
}

/** The .xlsx file: a README sheet, then a sheet per table with its header row frozen. */
export async function workbook(input: WorkbookInput): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = input.title;
  book.created = input.created;
  book.modified = input.created;

  const readme = book.addWorksheet('README');
  readme.columns = [{ width: 24 }, { width: 22 }, { width: 26 }, { width: 9 }, { width: 100 }];
  for (const values of readmeRows(input)) {
    const row = readme.addRow(values.map((v) => (v === null ? null : sheetCell(v).value)));
    row.eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
      if (typeof c.value === 'string' && formulaLike(c.value)) c.numFmt = '@';
    });
  }
  readme.getRow(1).font = { bold: true, size: 14 };

  for (const def of input.defs) {
    const sheet = book.addWorksheet(def.name);
    const columns = Object.keys(def.schema.shape);
    sheet.columns = columns.map((name) => ({ header: name, key: name, width: Math.min(60, Math.max(10, name.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const record of input.rows.get(def.name) ?? []) {
      const row = sheet.addRow(columns.map((c) => sheetCell(record[c]).value));
      columns.forEach((c, i) => {
        if (sheetCell(record[c]).numFmt) row.getCell(i + 1).numFmt = '@';
      });
    }
  }
  // ExcelJS stamps each zip entry with the time of writing: repack with the build's time so the bytes are reproducible.
  const written = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  const entries: Zippable = {};
  for (const [path, bytes] of Object.entries(written)) entries[path] = [bytes, { level: 9, mtime: input.created }];
  return zipSync(entries);
}

