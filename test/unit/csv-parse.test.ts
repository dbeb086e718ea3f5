import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv-parse.ts';

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
});
