/**
 * Reads a CSV file's bytes into header + records that remember their line, so
 * every later check can point at file:line:column. Accepts a UTF-8 BOM and
 * CRLF; refuses, with one problem each, a file that is not UTF-8 and a table
 * whose header is separated by something other than commas.
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

/** What a spreadsheet needs to be told: the one format the data build reads. */
const SAVE_AS = 'save it as CSV UTF-8 (comma-delimited)';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

interface Utf8Scan {
  /** The first ill-formed sequence (its maximal subpart, as the Unicode standard counts it), if any. */
  bad?: { start: number; end: number };
  /** Well-formed sequences of two or more bytes: text that is UTF-8 beside the bad bytes. */
  multibyte: number;
}

/** Checks every sequence against the well-formed UTF-8 byte sequences (Unicode, table 3-7). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let bad: Utf8Scan['bad'];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    // [continuation bytes, range of the first one]; later ones are always 0x80–0xBF.
    const [need, lo, hi] =
      b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf]
      : b === 0xed ? [2, 0x80, 0x9f]
      : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf]
      : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf]
      : b === 0xf4 ? [3, 0x80, 0x8f]
      : [0, 0, 0];
    let j = 1;
    while (j <= need) {
      const c = bytes[i + j];
      if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
      j++;
    }
    if (need > 0 && j > need) multibyte++;
    else bad ??= { start: i, end: i + j };
    i += j;
  }
  return bad ? { bad, multibyte } : { multibyte };
}

/** The field the end of `text` lies in: its 1-based position in the record and the offset where it starts. */
function fieldAtEnd(text: string): { field: number; start: number } {
  let field = 1;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === '\n')) {
      field = ch === ',' ? field + 1 : 1;
      start = i + 1;
    }
  }
  return { field, start };
}

function encodingProblem(file: string, bytes: Uint8Array): Problem {
  const { bad, multibyte } = scanUtf8(bytes);
  // The fatal decoder and the scan follow the same table: one cannot fail where the other passes.
  if (!bad) throw new Error(`${file}: the UTF-8 decoder refused bytes that scan as well-formed`);
  const found = [...bytes.subarray(bad.start, bad.end)].map(hex).join(' ');
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad.start));
  const lineStart = before.lastIndexOf('\n') + 1;
  const { field, start } = fieldAtEnd(before);
  // The field's text on this line, without its opening quote: what an editor shows around the byte.
  const inField = [...(start >= lineStart ? before.slice(start).replace(/^"/, '') : before.slice(lineStart))];
  const shown = inField.length > 30 ? `…${inField.slice(-30).join('')}` : inField.join('');
  const where = `${shown === '' ? 'at the start of the field' : `after "${shown}"`} (character ${[...before.slice(lineStart)].length + 1} of the line)`;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const what = utf16
    ? 'the file is UTF-16, as a spreadsheet saves «Unicode Text»'
    : multibyte === 0
      ? `the file looks like Windows-1252, as a spreadsheet saves «CSV» on Windows (where ${hex(bytes[bad.start] ?? 0)} is "${new TextDecoder('windows-1252').decode(bytes.subarray(bad.start, bad.start + 1))}")`
      : 'other characters of the file are UTF-8, so this one was damaged or pasted in from another encoding';
  return {
    file,
    line: before.slice(0, lineStart).split('\n').length,
    column: field,
    rule: 'encoding',
    detail: `byte ${found} ${where} is not UTF-8: ${what}; ${SAVE_AS}`,
  };
}

/**
 * Decodes a CSV file's bytes as UTF-8, dropping a byte-order mark. Bytes that are not UTF-8
 * give no text but one `encoding` problem at the first bad byte (line, field, the bytes as
 * 0xFF, the encoding the file looks like), never a U+FFFD.
 */
export function decodeCsv(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: encodingProblem(file, bytes) };
  }
}

/** decodeCsv, then parseCsv: a file that is not UTF-8 gives no records and its one problem. */
export function readCsv(file: string, bytes: Uint8Array): ParsedCsv {
  const decoded = decodeCsv(file, bytes);
  return 'problem' in decoded ? { header: [], records: [], problems: [decoded.problem] } : parseCsv(file, decoded.text);
}

/** A header row with no comma but semicolons or tabs: the table was saved with another separator. */
function separatorProblem(file: string, text: string): Problem | undefined {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  if (header.includes(',')) return undefined;
  const semicolons = header.split(';').length - 1;
  const tabs = header.split('\t').length - 1;
  if (semicolons === 0 && tabs === 0) return undefined;
  const [separator, name, why] =
    semicolons >= tabs
      ? [';', '";"', 'as a spreadsheet saves «CSV» where the decimal mark is a comma']
      : ['\t', 'a tab', 'as a spreadsheet saves «Text (tab-delimited)»'];
  return {
    file,
    line: 1,
    column: 1,
    rule: 'separator',
    detail: `the header row separates its columns with ${name} (the first after "${header.slice(0, header.indexOf(separator))}"), not with commas, ${why}; ${SAVE_AS}`,
  };
}

/**
 * Parses CSV text (RFC 4180, comma-separated; a byte-order mark and CRLF are accepted).
 * An empty file or a header separated by `;` or tabs gives no records and one problem
 * (`empty-file`, `separator`); broken quoting gives a problem at its record, marked broken.
 */
export function parseCsv(file: string, input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const problems: Problem[] = [];
  if (text.trim() === '') {
    return { header: [], records: [], problems: [{ file, line: 1, column: 1, rule: 'empty-file', detail: 'the file has no header and no rows' }] };
  }
  const separator = separatorProblem(file, text);
  if (separator) return { header: [], records: [], problems: [separator] };
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
