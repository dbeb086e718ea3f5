/**
 * What the atlas says in its own words on every built page (dist/, from
 * `npm run build`), held to the data (issue 24 cases 2, 8 and 9): a note on
 * the sources shows only on the page of what it is about, from a document
 * that names that subject, and reads as the note says; no unit is doubled
 * («50% of the personal costs of costs»); no build or spec note leaks into a
 * page («The spec has no 'region' topic…»); no locator writes a page number
 * beside a chapter it does not belong to («ch. V, p. 4»).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildFrom, repoRoot } from '../helpers/dataset.ts';
import { pageTextRuns } from '../helpers/page-text.ts';
import { htmlFiles } from '../helpers/pages.ts';

const pages = htmlFiles(join(repoRoot, 'dist'))
  .filter((p) => !p.path.startsWith('/pagefind/'))
  .map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
type Row = { id?: string; cluster_id?: string | null; chain_id?: string; source: string };
type Note = { id: string; description: string; source: string; affects: string[] };
const notes = new Map(rows<Note>('methodology-notes').map((n) => [n.id, n]));
const clusters = rows<Row & { id: string }>('clusters');
const chains = rows<Row & { id: string }>('value-chains');
const clusterRows = ['facts', 'quotes', 'case-studies', 'partnership-members', 'positive-effect-examples', 'cluster-target-models', 'value-chain-actors'].flatMap((t) => rows<Row>(t));

/** The documents that say something about a cluster: its own row's and those of every row about it. */
const documentsOf = (id: string) =>
  new Set([...clusters.filter((c) => c.id === id), ...clusterRows.filter((r) => r.cluster_id === id)].map((r) => r.source));

/** The notes a page shows (li[data-note]), each with its text and the document its citation links to. */
function shownNotes(html: string) {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('li[data-note]')].map((li) => ({
    id: li.getAttribute('data-note') ?? '',
    text: (li.textContent ?? '').replace(/\s+/g, ' '),
    cites: [...li.querySelectorAll('.cite a[href*="#source-"]')].map((a) => (a.getAttribute('href') ?? '').replace(/^.*#source-/, '')),
  }));
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// Each page parsed once: the text runs are read by every check below.
const texts = pages.map(({ path, html }) => ({ path, runs: pageTextRuns(html).map((r) => r.text) }));

/** Every match of re in the text of every page, as «path: …context…». */
function everywhere(re: RegExp): string[] {
  return texts.flatMap(({ path, runs }) =>
    runs.flatMap((text) => [...text.matchAll(re)].map((m) => `${path}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)}…`)),
  );
}

describe('notes on the sources, on every built page', () => {
  const profiles = pages.filter((p) => /^\/clusters\/[^/]+\/$/.test(p.path) && p.path !== '/clusters/page/');
  const chainPages = pages.filter((p) => /^\/value-chains\/[^/]+\/$/.test(p.path));

  it('reach the profiles and value chains', () => {
    expect(profiles.length).toBe(clusters.length);
    expect(chainPages.length).toBe(chains.length);
    expect(profiles.flatMap((p) => shownNotes(p.html)).length).toBeGreaterThan(20);
  });

  it('on a profile, come from a document that names its cluster, network or organisation, and read as the note says', () => {
    const bad = profiles.flatMap(({ path, html }) => {
      const id = path.split('/')[2] ?? '';
      const docs = documentsOf(id);
      return shownNotes(html).flatMap((shown) => {
        const note = notes.get(shown.id);
        if (!note) return [`${path}: note ${shown.id} is in no row of methodology-notes.csv`];
        const problems: string[] = [];
        if (!docs.has(note.source)) problems.push(`${path}: note ${note.id} is about ${note.source}, which says nothing of ${id} (${[...docs].join(', ')})`);
        if (!shown.text.includes(fold(note.description))) problems.push(`${path}: note ${note.id} does not read as the note says`);
        if (!shown.cites.includes(note.source)) problems.push(`${path}: note ${note.id} does not cite ${note.source}`);
        return problems;
      });
    });
    expect(bad).toEqual([]);
  });

  it('on a value chain, come from the chain’s document and read as the note says', () => {
    const bad = chainPages.flatMap(({ path, html }) => {
      const chain = chains.find((c) => c.id === path.split('/')[2]);
      if (!chain) return [`${path}: no such chain`];
      return shownNotes(html).flatMap((shown) => {
        const note = notes.get(shown.id);
        if (!note) return [`${path}: note ${shown.id} is in no row of methodology-notes.csv`];
        return [
          ...(note.source === chain.source ? [] : [`${path}: note ${note.id} is about ${note.source}, the chain comes from ${chain.source}`]),
          ...(shown.text.includes(fold(note.description)) ? [] : [`${path}: note ${note.id} does not read as the note says`]),
        ];
      });
    });
    expect(bad).toEqual([]);
  });

  it('keep the MIX note on the six clusters off CEBR’s profile, which has its own (issue 24 case 2)', () => {
    const shown = (id: string) => shownNotes(pages.find((p) => p.path === `/clusters/${id}/`)?.html ?? '').map((n) => n.id);
    expect(shown('dsp-valley')).toContain('h3-12');
    expect(shown('cebr')).not.toContain('h3-12');
    expect(shown('cebr')).toContain('h3-26');
    expect(everywhere(/Part of [^,]+, [^,]+, is not available to us/g)).toEqual([]);
  });
});

describe('the words of every built page', () => {
  it('double no unit: no «of costs» after words that already name the costs or the financing', () => {
    expect(everywhere(/\b(?:costs?|financing|funding)\b[^.;:()]{0,30}\bof costs\b/gi)).toEqual([]);
    // the same unit twice in a row («EUR EUR», «a year a year», «% %»)
    expect(everywhere(/\b(EUR|euros?|a year|per year|months?|years?)\s+\1\b|%\s*%/gi)).toEqual([]);
  });

  it('leak no build or spec note', () => {
    expect(everywhere(/\bthe spec\b|\bspec['’]s\b|\bTODO\b|\bFIXME\b|\bTBD\b|\bthe brief\b|[\w-]+-extra\.md\b|\bclusters-extra\b|\bwhen merged\b|\bthis folder\b|\boutside this part\b/gi)).toEqual([]);
  });

  it('write no locator that puts a page number beside a chapter («ch. V, p. 4»)', () => {
    expect(everywhere(/\bch(?:apter|\.)\s*[\dIVX]+(?:\.[\dA-Za-z]+)*,\s*(?:p|pp|page)\.?\s*\d+/g)).toEqual([]);
  });
});
