/**
 * How old a value is: the one rule for the year shown beside a value and
 * carried by the downloads. A value whose own period names a year (`2017`,
 * `2011–2017`, `since its foundation (2000)`) is dated by that period; any
 * other value (no period, or a relative one such as «now» or «last year») is
 * as of its source's year, taken from `date` in sources.csv (`2019`,
 * `2016-09`, `2020-10-26`). A source without a date gives «date not
 * reported»: no year is guessed.
 */
import { shortSource } from './citation.ts';
import { capitalised } from './count-words.ts';

export interface DatedValue {
  /** The value's own date or period as the source gives it; null or empty when it gives none. */
  period?: string | null;
  /** Id of the source the value comes from. */
  source: string;
}

export interface SourceDate {
  id: string;
  /** The document's date as in sources.csv: YYYY, YYYY-MM or YYYY-MM-DD; null or empty when not reported. */
  date?: string | null;
}

export interface ValueAge {
  /** What the value is as of: its own dated period, else its source's year; null when neither is known. */
  asOf: string | null;
  /** Where `asOf` comes from: the value's own period, the source's date, or nothing. */
  basis: 'period' | 'source' | 'not-reported';
  /** Words to show beside the value when it has no dated period of its own: «as of 2019 (HSE 2019)», «date not reported (bioXclusters)»; empty when its own period dates it. */
  words: string;
  /** Words beside a value whose citation follows anyway: «as of 2019», «date not reported»; the period itself when it dates the value. */
  short: string;
  /** The compact form for a table column or a source line: «2019», «date not reported»; the period itself when it dates the value. */
  compact: string;
}

const YEAR = /(?<!\d)(1[89]|20)\d{2}(?!\d)/;

/** The year a source is dated, from its `date` column; null when the source gives none. */
export function sourceYear(source: SourceDate | undefined): string | null {
  const m = /^(\d{4})(-\d{2}){0,2}$/.exec((source?.date ?? '').trim());
  return m ? m[1]! : null;
}

/** How old `value` is, from its own period or else its source's date (see the module comment). */
export function asOf(value: DatedValue, source: SourceDate | undefined): ValueAge {
  const period = (value.period ?? '').trim();
  if (period !== '' && YEAR.test(period)) return { asOf: period, basis: 'period', words: '', short: period, compact: period };
  const year = sourceYear(source);
  const cited = shortSource(value.source);
  if (year === null) return { asOf: null, basis: 'not-reported', words: `date not reported (${cited})`, short: 'date not reported', compact: 'date not reported' };
  return { asOf: year, basis: 'source', words: `as of ${year} (${cited})`, short: `as of ${year}`, compact: year };
}

/** `sources` by id; throws naming an id that has no row (a chart or row citing a document the atlas does not list is a bug). */
function sourceLookup(sources: readonly SourceDate[]): (id: string) => SourceDate {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`no source "${id}" in sources.csv`);
    return s;
  };
}

/**
 * How old the documents a chart cites are, as the last sentence of its source
 * line: «As of 2019 (HSE 2019).»; «As of 2016 (MIX 2016); as of 2019 (HSE
 * 2019).» for two, in the order of `ids` (each once); «Date not reported
 * (bioXclusters).» for a document without a date. Empty for no ids. Throws on
 * an id that `sources` lacks.
 */
export function sourcesAgeLine(ids: readonly string[], sources: readonly SourceDate[]): string {
  const find = sourceLookup(sources);
  const words = [...new Set(ids)].map((id) => asOf({ source: id }, find(id)).words);
  if (words.length === 0) return '';
  return `${capitalised(words.join('; '))}.`;
}

/**
 * The `as_of` cell of a row whose only date is its source's: the year of each
 * document its `source` cell names («;»-separated ids), each once, in order —
 * «2019», «2016;2019», «date not reported»; null for an empty cell. Throws on
 * an id that `sources` lacks.
 */
export function sourceCellAsOf(cell: string | number | boolean | null | undefined, sources: readonly SourceDate[]): string | null {
  const ids = String(cell ?? '')
    .split(';')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) return null;
  const find = sourceLookup(sources);
  return [...new Set(ids.map((id) => asOf({ source: id }, find(id)).compact))].join(';');
}
