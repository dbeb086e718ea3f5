/**
 * The table of all clusters (/clusters/): what its text filter reads, how
 * it matches, its facets and sort in the address (one `StateSpec`, read and
 * written by src/lib/url-state.ts), and the CSV of the rows it shows. Pure,
 * light enough for the page's script (src/client/sortable-table.ts).
 */
import type { StateSpec } from './url-state.ts';

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Text as the filter compares it: without accents, in lower case, any run
 * of punctuation or spaces one space — so «Lyonbiopole» meets «Lyonbiopôle»,
 * «world class» meets «World-Class» and «Øresund» meets «oresund».
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query is found in the (normalised) text; an empty query matches all. */
export function matchesText(normalisedText: string, query: string): boolean {
  return normalise(query)
    .split(' ')
    .every((word) => normalisedText.includes(word));
}

/**
 * The place a cluster's point marks, as its `location_note` words it
 * («…; the point marks its capital, Lyon.» → «Lyon»): the clusters whose
 * city the sources do not give are still found by the place they are shown
 * at. Null when the note names no such place.
 */
export function markedPlace(locationNote: string | null): string | null {
  const m = /the point marks (?:(?:the|its) (?:state capital|capital|seat of government|seat|region's largest city), )?([^,.:;]+)/i.exec(
    locationNote ?? '',
  );
  return m?.[1]?.trim() || null;
}

/** What the text filter reads of a cluster: its names, countries, places and group, as the row shows them. */
export interface SearchableCluster {
  name: string;
  short_name: string | null;
  other_names: readonly string[];
  city: string | null;
  location_note: string | null;
}

/** The text the filter matches a row against, normalised: names, other names, countries, city, the place its point marks, its group's name. */
export function searchText(c: SearchableCluster, countryNames: readonly string[], groupName: string | null): string {
  const parts = [c.name, c.short_name, ...c.other_names, ...countryNames, c.city, markedPlace(c.location_note), groupName];
  return normalise(parts.filter((p): p is string => !!p).join(' '));
}

/** What the facets see of a row. */
export interface FacetRow {
  /** Normalised (see `searchText`). */
  text: string;
  /** Group number, '' outside the sample. */
  group: string;
  countries: readonly string[];
  models: readonly string[];
  layer: 'sample' | 'outside';
}

/** The table's state as the filters hold it: one value per facet, '' for any. */
export interface TableFilter {
  q: string;
  group: string;
  country: string;
  model: string;
  layer: string;
}

/** A row is shown when it matches the text and every facet set. */
export function rowMatches(row: FacetRow, f: TableFilter): boolean {
  return (
    matchesText(row.text, f.q) &&
    (f.group === '' || row.group === f.group) &&
    (f.country === '' || row.countries.includes(f.country)) &&
    (f.model === '' || row.models.includes(f.model)) &&
    (f.layer === '' || f.layer === 'all' || row.layer === f.layer)
  );
}

/** Default sort: by name, A to Z (as the table is built). */
export const DEFAULT_SORT = 'name';

/**
 * Order of two rows by a column's values (`number` columns by their
 * figure), then by name A to Z. A row with nothing to sort by ('': «not
 * reported») comes last whichever the direction.
 */
export function compareRows(
  a: { value: string; name: string },
  b: { value: string; name: string },
  kind: 'text' | 'number',
  ascending: boolean,
): number {
  if ((a.value === '') !== (b.value === '')) return a.value === '' ? 1 : -1;
  const order = kind === 'number' ? Number(a.value) - Number(b.value) : a.value.localeCompare(b.value, 'en');
  return (ascending ? order : -order) || a.name.localeCompare(b.name, 'en');
}

/**
 * The table's address: the text filter, one value per facet, and the column
 * it is sorted by (`-key` for descending); `columns` are the sort keys of
 * the table's columns.
 */
export function clusterTableSpec(input: { countries: readonly string[]; models: readonly string[]; columns: readonly string[] }) {
  return {
    q: { kind: 'text', noun: 'text filter' },
    group: { kind: 'one', values: ['1', '2', '3'], noun: 'group' },
    country: { kind: 'one', values: input.countries, noun: 'country in the table' },
    model: { kind: 'one', values: input.models, noun: 'target model' },
    layer: { kind: 'one', values: ['all', 'sample', 'outside'], fallback: 'all', noun: 'layer' },
    ...clusterSortSpec(input.columns),
  } satisfies StateSpec;
}

/**
 * The address of a table of clusters that sorts but has no filters (a
 * group's figures, /groups/<id>/): the column it is sorted by, as in the
 * table of all clusters; `columns` are the sort keys of its columns.
 */
export function clusterSortSpec(columns: readonly string[]) {
  return {
    sort: { kind: 'sort', keys: columns, fallback: DEFAULT_SORT, reversible: true, noun: 'column to sort by' },
  } satisfies StateSpec;
}

/** RFC 4180 records of a CSV text (a leading byte-order mark is dropped; LF or CRLF line ends). */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      (record = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** RFC 4180 text of records: CRLF after each, a cell quoted when it holds a comma, a quote or a line break. */
export function csvText(records: readonly (readonly string[])[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return records.map((r) => `${r.map(cell).join(',')}\r\n`).join('');
}

/**
 * The header and the records of a published CSV whose `column` holds one of
 * `ids`, in the file's order: a slice of a dataset with its own column
 * names. Throws if the file has no such column.
 */
export function csvRowsOf(text: string, column: string, ids: ReadonlySet<string>): string {
  const [header = [], ...records] = parseCsvRecords(text);
  const at = header.indexOf(column);
  if (at < 0) throw new Error(`the CSV has no column ${column}`);
  return csvText([header, ...records.filter((r) => ids.has(r[at] ?? ''))]);
}
