/** Citations: short in-text ones («HSE 2019, table 3.1») and full ones, as plain text and BibTeX, for the atlas and its sources. */
import type { Source } from './schema/tables.ts';

const SHORT: Record<string, string> = {
  'hse-2019': 'HSE 2019',
  bioxclusters: 'bioXclusters',
  'cebr-2020': 'CEBR 2020',
  'mix-2016': 'MIX 2016',
  'ami4europe-d2.2': 'AMI-4EUROPE D2.2',
};

export function shortSource(id: string): string {
  return SHORT[id] ?? id;
}

export function citationText(source: string, locator: string): string {
  return `${shortSource(source)}, ${locator}`;
}

/**
 * Ends a piece of a reference with a full stop, unless it already ends with one
 * (a list of authors ending in an initial, «Moiseieva V.», must not read «V..»).
 */
export function withFullStop(text: string): string {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A page or chart of the atlas as seen by a reader: its title, the address of
 * the view (with its state, where the page is served), the day it was read,
 * the data version, and the source documents of the figures it shows.
 */
export interface ViewCitation {
  /** Title of the page or chart, e.g. «World map of biomedical clusters». */
  title: string;
  /** Absolute address of the view, query string included. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** Data version, e.g. 1.2.0. */
  version: string;
  /** Year of the data build. */
  year: string;
  /** Full plain-text citations of the source documents of what the view shows. */
  sources: readonly string[];
}

const ATLAS_AUTHOR = 'Biomedical Clusters Atlas contributors';
const ATLAS_TITLE = 'Biomedical Clusters Atlas';

/** «Contributors (2026). World map … In: Biomedical Clusters Atlas, data version 1.0.0. https://… (accessed 2026-11-29). Sources: …» */
export function viewCitationText(v: ViewCitation): string {
  const sources = v.sources.length > 0 ? ` Figures from: ${v.sources.join(' ')}` : '';
  return `${ATLAS_AUTHOR} (${v.year}). ${withFullStop(v.title)} In: ${ATLAS_TITLE}, data version ${v.version}. ${v.url} (accessed ${v.accessed}).${sources}`;
}

/** The same as a BibTeX @misc entry with `urldate` (biblatex) and the sources in `note`; the key names the page and the access date. */
export function viewBibtex(v: ViewCitation): string {
  const slug = v.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
  return bibEntry('misc', `atlas-${slug}-${v.accessed}`, [
    ['author', `{${bibEscape(ATLAS_AUTHOR)}}`],
    ['title', `{${bibEscape(v.title)}}`],
    ['howpublished', `${bibEscape(ATLAS_TITLE)}, data version ${bibEscape(v.version)}`],
    ['year', v.year],
    ['url', v.url],
    ['urldate', v.accessed],
    ['note', v.sources.length > 0 ? `Figures from: ${bibEscape(v.sources.join(' '))}` : undefined],
  ]);
}

const year = (s: Source) => s.date?.slice(0, 4);
const KIND_LABEL: Record<Source['kind'], string> = { report: 'Report', article: 'Article', slides: 'Slides', deliverable: 'Project deliverable' };

/** «Surname I.» as the sources table writes authors; plain text keeps that form. */
export function sourceCitationText(s: Source): string {
  const who = s.authors.length > 0 ? s.authors.join(', ') : s.organisations.join('; ');
  const parts = [`${who} (${year(s) ?? 'n.d.'}).`, `${s.title}.`];
  if (s.editors.length > 0) parts.push(`${s.editors.join(', ')} (eds).`);
  if (s.authors.length > 0 && s.organisations.length > 0) parts.push(`${s.organisations.join('; ')}.`);
  const imprint = [s.place, s.publisher].filter(Boolean).join(': ');
  if (imprint) parts.push(`${imprint}.`);
  if (s.kind !== 'report' || !s.publisher) parts.push(`${KIND_LABEL[s.kind]}${s.date && s.date.length > 4 ? `, ${s.date}` : ''}.`);
  if (s.identifier) parts.push(`${s.identifier}.`);
  return parts.join(' ');
}

/** «Islankina E.» → «Islankina, E.»: BibTeX's «Last, First» form keeps particles such as «De» or «Le» in the surname. */
export function bibName(name: string): string {
  const m = /^(.+?)\s+((?:\p{Lu}[\p{Ll}]?\.)+(?:-(?:\p{Lu}\.)+)?)$/u.exec(name.trim());
  return m ? `${m[1]}, ${m[2]}` : `{${name}}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function sourceBibtex(s: Source): string {
  const isbn = s.identifier?.startsWith('ISBN ') ? s.identifier.slice(5) : undefined;
  const month = s.date && s.date.length >= 7 ? MONTHS[Number(s.date.slice(5, 7)) - 1] : undefined;
  const type = s.publisher ? 'book' : s.kind === 'report' || s.kind === 'deliverable' ? 'techreport' : 'misc';
  const authors = s.authors.length > 0 ? s.authors.map(bibName).join(' and ') : `{${bibEscape(s.organisations[0] ?? s.title)}}`;
  const organisations = s.organisations.map(bibEscape).join('; ');
  return bibEntry(type, s.id, [
    ['author', authors],
    ['editor', s.editors.length > 0 ? s.editors.map(bibName).join(' and ') : undefined],
    ['title', `{${bibEscape(s.title)}}`],
    ['publisher', s.publisher ? bibEscape(s.publisher) : undefined],
    ['address', s.place ? bibEscape(s.place) : undefined],
    ['institution', type === 'techreport' ? organisations : undefined],
    ['organization', type !== 'techreport' && s.organisations.length > 0 ? organisations : undefined],
    ['type', s.kind === 'deliverable' ? 'Project deliverable' : undefined],
    ['howpublished', type === 'misc' ? KIND_LABEL[s.kind] : undefined],
    ['year', year(s)],
    ['month', month ? `@${month}` : undefined],
    ['isbn', isbn],
    ['note', s.identifier && !isbn ? bibEscape(s.identifier) : year(s) ? undefined : 'Undated'],
  ]);
}

/** TeX's special characters; UTF-8 letters stay as they are (biber and bibtex8 read them). */
export function bibEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/** Values starting with @ are macros (month names) and go unbraced. */
export function bibEntry(type: string, key: string, fields: [string, string | undefined][]): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
  const width = Math.max(...present.map(([k]) => k.length));
  const lines = present.map(([k, v]) => `  ${k.padEnd(width)} = ${v.startsWith('@') ? v.slice(1) : `{${v}}`}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}
