/** How old a value is (src/lib/value-age.ts): its own period wins, else its source's year, else «date not reported». */
import { describe, expect, it } from 'vitest';
import { asOf, sourceCellAsOf, sourcesAgeLine, sourceYear } from '../../src/lib/value-age.ts';
import type { Source } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';

const sources = (buildFrom('data').tables.get('sources')?.rows ?? []).map(({ row }) => row as Source);
const source = (id: string) => sources.find((s) => s.id === id);

describe('asOf', () => {
  it('keeps a value’s own dated period and adds no words', () => {
    const age = asOf({ period: '2011–2017', source: 'hse-2019' }, { id: 'hse-2019', date: '2019' });
    expect(age).toEqual({ asOf: '2011–2017', basis: 'period', words: '', short: '2011–2017', compact: '2011–2017' });
  });

  it('dates a value without a period by its source’s year (HSE 2019 is a 2019 report)', () => {
    const age = asOf({ period: null, source: 'hse-2019' }, source('hse-2019'));
    expect(age).toEqual({ asOf: '2019', basis: 'source', words: 'as of 2019 (HSE 2019)', short: 'as of 2019', compact: '2019' });
  });

  it('takes a decade («1990s») or a year inside words («since its foundation (2000)») as a dated period', () => {
    expect(asOf({ period: '1990s', source: 'hse-2019' }, source('hse-2019')).basis).toBe('period');
    expect(asOf({ period: 'since its foundation (2000)', source: 'hse-2019' }, source('hse-2019')).words).toBe('');
  });

  it('dates a relative period («now», «last year») by the source, since it names no year', () => {
    expect(asOf({ period: 'now', source: 'hse-2019' }, source('hse-2019')).words).toBe('as of 2019 (HSE 2019)');
    expect(asOf({ period: 'last year', source: 'mix-2016' }, { id: 'mix-2016', date: '2016-09' }).asOf).toBe('2016');
  });

  it('says «date not reported» for a source with no date (bioXclusters), and invents no year', () => {
    const age = asOf({ period: '', source: 'bioxclusters' }, source('bioxclusters'));
    expect(age).toEqual({ asOf: null, basis: 'not-reported', words: 'date not reported (bioXclusters)', short: 'date not reported', compact: 'date not reported' });
    expect(asOf({ source: 'bioxclusters' }, undefined).asOf).toBeNull();
  });

  it('dates a network’s value (CEBR, slides of 26 Oct 2020) by the year of its full date', () => {
    const age = asOf({ period: null, source: 'cebr-2020' }, source('cebr-2020'));
    expect(age.words).toBe('as of 2020 (CEBR 2020)');
    expect(age.compact).toBe('2020');
  });
});

describe('sourceYear', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD, and nothing else', () => {
    expect(sourceYear({ id: 'a', date: '2013' })).toBe('2013');
    expect(sourceYear({ id: 'a', date: '2016-09' })).toBe('2016');
    expect(sourceYear({ id: 'a', date: '2020-10-26' })).toBe('2020');
    expect(sourceYear({ id: 'a', date: null })).toBeNull();
    expect(sourceYear({ id: 'a', date: 'autumn' })).toBeNull();
  });
});

describe('sourcesAgeLine (the last sentence of a chart’s source line)', () => {
  it('dates one document by its year, with its short citation', () => {
    expect(sourcesAgeLine(['hse-2019'], sources)).toBe('As of 2019 (HSE 2019).');
    expect(sourcesAgeLine(['hse-2019', 'hse-2019'], sources)).toBe('As of 2019 (HSE 2019).');
  });

  it('names both years when a chart cites two documents of different years, in the order given', () => {
    expect(sourcesAgeLine(['mix-2016', 'hse-2019'], sources)).toBe('As of 2016 (MIX 2016); as of 2019 (HSE 2019).');
  });

  it('says «Date not reported» for an undated document (bioXclusters), and nothing for no document', () => {
    expect(sourcesAgeLine(['bioxclusters'], sources)).toBe('Date not reported (bioXclusters).');
    expect(sourcesAgeLine(['cebr-2020', 'bioxclusters'], sources)).toBe('As of 2020 (CEBR 2020); date not reported (bioXclusters).');
    expect(sourcesAgeLine([], sources)).toBe('');
  });

  it('refuses a document sources.csv does not list', () => {
    expect(() => sourcesAgeLine(['no-such-report'], sources)).toThrow('no source "no-such-report"');
  });
});

describe('sourceCellAsOf (the as_of cell of a chart row dated by its sources)', () => {
  it('gives the year of each document the cell names, once each', () => {
    expect(sourceCellAsOf('hse-2019', sources)).toBe('2019');
    expect(sourceCellAsOf('hse-2019;hse-2019', sources)).toBe('2019');
    expect(sourceCellAsOf('mix-2016;ami4europe-d2.2', sources)).toBe('2016;2013');
    expect(sourceCellAsOf('bioxclusters', sources)).toBe('date not reported');
  });

  it('leaves an empty cell empty and refuses an unknown id', () => {
    expect(sourceCellAsOf(null, sources)).toBeNull();
    expect(sourceCellAsOf('', sources)).toBeNull();
    expect(() => sourceCellAsOf('nope', sources)).toThrow('no source "nope"');
  });
});

// One rule for both tables of dated values: a cluster's facts and a partnership's (a network or project, not a cluster).
describe.each(['facts', 'partnership-facts'])('the %s table’s derived as_of column (data build)', (name) => {
  const built = buildFrom('data');
  const facts = (built.tables.get(name)?.rows ?? []).map(({ row }) => row as Record<string, string | null>);

  it('is derived, not curated: the CSV in data/ has no such column and the build fills it for every row', () => {
    expect(built.problems).toEqual([]);
    expect(built.tables.get(name)?.header).not.toContain('as_of');
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => 'as_of' in f)).toBe(true);
  });

  it('holds the dated period, else the source’s year (from the sources README), else nothing', () => {
    const years: Record<string, string | null> = { 'hse-2019': '2019', 'cebr-2020': '2020', 'mix-2016': '2016', 'ami4europe-d2.2': '2013', bioxclusters: null };
    for (const f of facts) {
      const period = f['period'];
      const want = period && /(^|[^0-9])(18|19|20)[0-9]{2}($|[^0-9])/.test(period) ? period : years[String(f['source'])];
      expect(f['as_of'], String(f['id'])).toBe(want ?? null);
    }
  });
});
