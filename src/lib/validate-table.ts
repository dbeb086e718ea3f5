/** Validates parsed CSV records against a table's zod schema, collecting every problem. */
import type { z } from 'zod';
import type { CsvRecord, ParsedCsv } from './csv-parse.ts';
import type { Problem } from './problem.ts';
import type { TableDef } from './schema/table.ts';

export interface ValidRow<T> {
  line: number;
  row: T;
}

export interface ValidatedTable<T> {
  file: string;
  header: string[];
  rows: ValidRow<T>[];
  /** Records read, valid or not. */
  read: number;
  /** Every record's cells by column name, valid or not, so that references to a row with other errors still resolve. */
  raw: Record<string, string>[];
  problems: Problem[];
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const params = 'params' in issue ? (issue.params as { rule?: unknown } | undefined) : undefined;
  if (typeof params?.rule === 'string') return params.rule;
  return issue.code === 'invalid_type' ? 'type' : issue.code;
}

export function columnsOf(def: TableDef): string[] {
  return Object.keys(def.schema.shape);
}

/** The columns data/<name>.csv must hold: the schema's, less those the build derives (which it may hold, and which are derived again). */
export function csvColumnsOf(def: TableDef): string[] {
  return columnsOf(def).filter((c) => !(def.derived ?? []).includes(c));
}

export function validateTable<D extends TableDef>(
  def: D,
  file: string,
  parsed: ParsedCsv,
): ValidatedTable<z.output<D['schema']>> {
  const problems: Problem[] = [...parsed.problems];
  const expected = csvColumnsOf(def);
  const { header } = parsed;
  const rows: ValidRow<z.output<D['schema']>>[] = [];
  if (header.length === 0) return { file, header, rows, read: 0, raw: [], problems };

  const missing = expected.filter((c) => !header.includes(c));
  for (const c of missing)
    problems.push({
      file,
      line: 1,
      column: header.length + 1,
      rule: 'missing-column',
      detail: `the header has no column "${c}" (expected columns: ${expected.join(', ')})`,
    });
  header.forEach((c, i) => {
    // A derived column may stand in the header (the downloads carry it): it is read as empty and derived again.
    if (!expected.includes(c) && !(def.derived ?? []).includes(c))
      problems.push({ file, line: 1, column: i + 1, rule: 'unknown-column', detail: `"${c}" is not a column of ${def.name}` });
    else if (header.indexOf(c) !== i)
      problems.push({ file, line: 1, column: i + 1, rule: 'duplicate-column', detail: `"${c}" appears twice in the header` });
  });

  const columnOf = (field: string) => {
    const i = header.indexOf(field);
    return i >= 0 ? i + 1 : header.length + 1;
  };

  const raw = parsed.records.map((record) => Object.fromEntries(header.map((c, i) => [c, record.cells[i] ?? ''])));

  const validateRecord = (record: CsvRecord) => {
    if (record.broken) return;
    if (record.cells.length !== header.length)
      problems.push({
        file,
        line: record.line,
        column: Math.min(record.cells.length, header.length) + 1,
        rule: 'field-count',
        detail: `the row has ${record.cells.length} fields, the header ${header.length}`,
      });
    const input: Record<string, string> = {};
    // A derived column is parsed empty here and filled by the data build.
    for (const c of columnsOf(def)) input[c] = missing.includes(c) || !expected.includes(c) ? '' : (record.cells[header.indexOf(c)] ?? '');
    const result = def.schema.safeParse(input);
    if (result.success) {
      if (missing.length === 0) rows.push({ line: record.line, row: result.data as z.output<D['schema']> });
      return;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? expected[0]);
      if (missing.includes(field)) continue; // already reported once, at the header
      problems.push({ file, line: record.line, column: columnOf(field), rule: ruleOf(issue), detail: `${field}: ${issue.message}` });
    }
  };
  parsed.records.forEach(validateRecord);
  return { file, header, rows, read: parsed.records.length, raw, problems };
}
