/**
 * The spreadsheet download: the cell guard, and the workbook in public/data/
 * opened with the library that wrote it (ExcelJS) and checked cell by cell
 * against the plain CSVs, which stay free of byte-order marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { formulaLike, sheetCell } from '../../src/lib/spreadsheet.ts';
import { repoRoot } from '../helpers/dataset.ts';

const downloads = join(repoRoot, 'public', 'data');
const pkg = JSON.parse(readFileSync(join(downloads, 'datapackage.json'), 'utf8')) as { resources: { name: string; type?: string }[] };
const tableNames = pkg.resources.filter((r) => r.type === 'table').map((r) => r.name);

describe('the spreadsheet cell guard', () => {
  it('knows the cells a spreadsheet would read as a formula (OWASP CSV injection)', () => {
    for (const text of ['=1+1', '+15 EU countries', '+ 38 members', '-2', '@SUM(A1)', '\tx', '\rx']) expect(formulaLike(text), text).toBe(true);
    for (const text of ['15 EU countries', 'Medellín', 'a=b', 'e-mail', '', ' +1']) expect(formulaLike(text), text).toBe(false);
  });

  it('keeps every value as it is, typed as text where a spreadsheet would read it otherwise', () => {
    expect(sheetCell('+15 EU countries')).toEqual({ value: '+15 EU countries', numFmt: '@' });
    expect(sheetCell('=HYPERLINK("x")')).toEqual({ value: '=HYPERLINK("x")', numFmt: '@' });
    expect(sheetCell('007')).toEqual({ value: '007', numFmt: '@' });
    expect(sheetCell('Medellín')).toEqual({ value: 'Medellín' });
    expect(sheetCell(6.2442)).toEqual({ value: 6.2442 });
    expect(sheetCell(-75.5812)).toEqual({ value: -75.5812 });
    expect(sheetCell(true)).toEqual({ value: true });
    expect(sheetCell(['DK', 'SE'])).toEqual({ value: 'DK;SE' });
    expect(sheetCell([])).toEqual({ value: null });
    expect(sheetCell(null)).toEqual({ value: null });
    expect(sheetCell('')).toEqual({ value: null });
  });
});

describe('the workbook of all tables', () => {
  const book = new ExcelJS.Workbook();
  beforeAll(async () => {
    await book.xlsx.load(new Uint8Array(readFileSync(join(downloads, 'biomedical-clusters-atlas.xlsx'))).buffer);
  });

  it('has a README sheet, then one sheet per table of the data package', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['README', ...tableNames]);
  });

  it('holds every cell of every CSV: text as text, numbers and booleans typed', () => {
    for (const name of tableNames) {
      const csv = readFileSync(join(downloads, `${name}.csv`), 'utf8');
      // The plain CSVs stay what data tools expect: no byte-order mark.
      expect(csv.charCodeAt(0), name).not.toBe(0xfeff);
      const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
      const sheet = book.getWorksheet(name) as ExcelJS.Worksheet;
      expect(sheet.rowCount, name).toBe(data.length);
      data.forEach((cells, r) => {
        cells.forEach((text, c) => {
          const cell = sheet.getRow(r + 1).getCell(c + 1);
          const where = `${name} ${cell.address}`;
          if (text === '') expect(cell.value, where).toBeNull();
          else if (typeof cell.value === 'number') expect(cell.value, where).toBe(Number(text));
          else if (typeof cell.value === 'boolean') expect(String(cell.value), where).toBe(text);
          else {
            expect(cell.type, where).toBe(ExcelJS.ValueType.String);
            expect(cell.value, where).toBe(text);
            if (formulaLike(text)) expect(cell.numFmt, where).toBe('@');
          }
        });
      });
    }
  });

  it('keeps facts.csv’s «+15 EU countries» and «+ 38 members» as text, and «Medellín» intact', () => {
    const facts = book.getWorksheet('facts') as ExcelJS.Worksheet;
    const valueColumn = (facts.getRow(1).values as unknown[]).indexOf('value');
    const values = new Map<string, ExcelJS.Cell>();
    facts.eachRow((row) => {
      const cell = row.getCell(valueColumn);
      if (typeof cell.value === 'string') values.set(cell.value, cell);
    });
    for (const text of ['+15 EU countries', '+ 38 members']) {
      const cell = values.get(text);
      expect(cell?.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt, text).toBe('@');
      expect(cell?.formula, text).toBeUndefined();
    }
    const clusters = book.getWorksheet('clusters') as ExcelJS.Worksheet;
    const cities = clusters.getColumn((clusters.getRow(1).values as unknown[]).indexOf('city')).values;
    expect(cities).toContain('Medellín');
  });

  it('says on its README sheet how to cite, the licence, and what every column holds', () => {
    const readme = book.getWorksheet('README') as ExcelJS.Worksheet;
    const text: string[] = [];
    readme.eachRow((row) => row.eachCell((c) => text.push(String(c.value))));
    const all = text.join('\n');
    expect(all).toContain('Biomedical Clusters Atlas contributors (');
    expect(all).toContain('Biomedical Clusters Worldwide: Success Factors and Best Practices');
    expect(all).toContain('Creative Commons Attribution 4.0 International');
    // One dictionary row per column of every table.
    const columns = tableNames.reduce((n, name) => n + ((book.getWorksheet(name) as ExcelJS.Worksheet).getRow(1).cellCount), 0);
    const dictionaryRows = readme.getSheetValues().filter((row) => Array.isArray(row) && tableNames.includes(String(row[1])) && row[2]);
    expect(dictionaryRows).toHaveLength(columns);
  });
});
