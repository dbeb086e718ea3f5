/**
 * Reads CSV text into header + records that remember their line, so every
 * later check can point at file:line:column. Accepts a UTF-8 BOM and CRLF.
 */
import Papa from 'papaparse';
import type { Problem } from './problem.ts';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
  /** The CSV syntax of this record is broken (reported already); its cells mean nothing. */
  broken: boolean;
}

export interface ParsedCsv {
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** 1-based field position of `offset` within the record that starts at `start`. */
function fieldAt(text: string, start: number, offset: number): number {
  let field = 1;
  let quoted = false;
  for (let i = start; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) field++;
  }
  return field;
}

export function parseCsv(file: string, input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const problems: Problem[] = [];
  if (text.trim() === '') {
    return { header: [], records: [], problems: [{ file, line: 1, column: 1, rule: 'empty-file', detail: 'the file has no header and no rows' }] };
  }
  const starts = lineStarts(text);
  const rows: CsvRecord[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result) {
      const start = cursor;
      cursor = result.meta.cursor;
      for (const e of result.errors) {
        const at = e.code === 'MissingQuotes' && 'index' in e && typeof e.index === 'number' ? e.index : start;
        problems.push({
          file,
          line: lineAt(starts, start),
          column: fieldAt(text, start, at),
          rule: e.code === 'MissingQuotes' ? 'unterminated-quote' : e.code === 'InvalidQuotes' ? 'stray-quote' : 'csv-syntax',
          detail:
            e.code === 'MissingQuotes'
              ? 'a quoted field is never closed: every " that opens a field needs a closing "'
              : e.code === 'InvalidQuotes'
                ? 'a quoted field goes on after its closing quote: write a quote inside a quoted field as ""'
                : e.message,
        });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      rows.push({ line: lineAt(starts, start), cells, broken: result.errors.length > 0 });
    },
  });
  const [head, ...records] = rows;
  return { header: head?.cells ?? [], records, problems };
}
