import { describe, expect, it } from 'vitest';
import { parseCsv, readCsv } from '../../src/lib/csv-parse.ts';

describe('parseCsv', () => {
  it('gives each record the line it starts on, across quoted line breaks and blank lines', () => {
    const text = 'id,note\na,"two\nlines"\n\nb,plain\nc,"x ""quoted"" y"\n';
    const { header, records, problems } = parseCsv('t.csv', text);
    expect(problems).toEqual([]);
    expect(header).toEqual(['id', 'note']);
    expect(records.map((r) => [r.line, ...r.cells])).toEqual([
      [2, 'a', 'two\nlines'],
      [5, 'b', 'plain'],
      [6, 'c', 'x "quoted" y'],
    ]);
  });

  it('handles CRLF and a byte-order mark the same as LF', () => {
    const lf = parseCsv('t.csv', 'id,name\na,"x\ny"\nb,z\n');
    const crlf = parseCsv('t.csv', '\uFEFFid,name\r\na,"x\r\ny"\r\nb,z\r\n');
    expect(crlf.header).toEqual(lf.header);
    expect(crlf.records.map((r) => r.line)).toEqual(lf.records.map((r) => r.line));
    expect(crlf.records[1]?.cells).toEqual(['b', 'z']);
  });

  it('locates an unterminated quote at its field and marks the record broken', () => {
    const { records, problems } = parseCsv('t.csv', 'id,name,lat\na,b,1\nc,"d,2\ne,f,3\n');
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([[3, 2, 'unterminated-quote']]);
    expect(records.map((r) => r.broken)).toEqual([false, true]);
  });

  it('treats a whitespace-only file as empty', () => {
    expect(parseCsv('t.csv', ' \n\n').problems.map((p) => p.rule)).toEqual(['empty-file']);
  });

  it('refuses a header separated by semicolons or tabs with one problem naming the separator, whatever the line ending', () => {
    const semicolons = parseCsv('t.csv', 'id;name;lat\r\na;"b;c";1,5\r\n');
    expect(semicolons.records).toEqual([]);
    expect(semicolons.problems.map((p) => [p.line, p.column, p.rule])).toEqual([[1, 1, 'separator']]);
    expect(semicolons.problems[0]?.detail).toContain('with ";" (the first after "id"), not with commas');
    const tabs = parseCsv('t.csv', 'id\tname\na\tb\n');
    expect(tabs.problems.map((p) => p.rule)).toEqual(['separator']);
    expect(tabs.problems[0]?.detail).toContain('with a tab (the first after "id")');
    expect(tabs.problems[0]?.detail).toContain('save it as CSV UTF-8 (comma-delimited)');
  });

  it('reads a comma-separated header that has semicolons in it, and a one-column table, as before', () => {
    expect(parseCsv('t.csv', 'id,note;x\na,b;c\n').problems).toEqual([]);
    expect(parseCsv('t.csv', 'id\na\n').records.map((r) => r.cells)).toEqual([['a']]);
  });
});

describe('readCsv', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it('reads UTF-8 with or without a byte-order mark as parseCsv reads the text', () => {
    const text = 'id,name\na,Eurasanté\n';
    expect(readCsv('t.csv', bytes([0xef, 0xbb, 0xbf], text))).toEqual(parseCsv('t.csv', text));
    expect(readCsv('t.csv', bytes(text))).toEqual(parseCsv('t.csv', text));
  });

  it('locates the first byte that is not UTF-8 by line and field, across a quoted line break, and gives no records', () => {
    const { header, records, problems } = readCsv('t.csv', bytes('id,name,note\na,b,"two\nlines, then ', [0xff], '"\nc,d,', [0xfe], '\n'));
    expect([header, records]).toEqual([[], []]);
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([[3, 3, 'encoding']]);
    expect(problems[0]?.detail).toMatch(/^byte 0xFF after "lines, then " \(character 13 of the line\) is not UTF-8: /);
  });

  it('names every byte of a cut sequence and a byte at the start of a field', () => {
    // E2 80 begins a three-byte character (’ is E2 80 99) that the comma cuts short.
    expect(readCsv('t.csv', bytes('id,name\na,x', [0xe2, 0x80], ',y\n')).problems[0]?.detail).toMatch(/^byte 0xE2 0x80 after "x" /);
    expect(readCsv('t.csv', bytes('id,name\na,', [0xe9], 't\n')).problems[0]?.detail).toMatch(/^byte 0xE9 at the start of the field \(character 3 of the line\)/);
  });

  it('says which encoding a file without any UTF-8 looks like: Windows-1252, or UTF-16 by its byte-order mark', () => {
    const windows = readCsv('t.csv', bytes('id,note\na,the atlas', [0x92], 's choice\n')).problems;
    expect(windows.map((p) => [p.line, p.column])).toEqual([[2, 2]]);
    expect(windows[0]?.detail).toContain('looks like Windows-1252, as a spreadsheet saves «CSV» on Windows (where 0x92 is "’")');
    const utf16 = [0xff, 0xfe, ...[...'id,name\n'].flatMap((ch) => [ch.charCodeAt(0), 0])];
    const problems = readCsv('t.csv', Uint8Array.from(utf16)).problems;
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([[1, 1, 'encoding']]);
    expect(problems[0]?.detail).toMatch(/^byte 0xFF at the start of the field .*the file is UTF-16/);
  });

  it('never decodes a bad byte to U+FFFD', () => {
    expect(JSON.stringify(readCsv('t.csv', bytes('id,name\na,', [0xc3], '\n')))).not.toContain('\uFFFD');
  });
});
