/**
 * Issue 24, read on every built page (dist/, from `npm run build`):
 *
 * - Every chart is dated. Each element marked `data-chart-figure` names its
 *   chart (`data-chart`); the documents its data cites (the `source` column of
 *   /data/charts/<id>.json) each stand dated in its source line — «As of 2019
 *   (HSE 2019)», «date not reported (bioXclusters)» — with the year read here
 *   from data/sources.csv, and the data carries an `as_of` column.
 * - A count agrees with its list. An element that states how many items a
 *   list holds carries `data-counts="<name>"` and `data-count` (the number its
 *   words state); the list carries `data-list="<name>"`. The number must stand
 *   in the words, and the list on the same page must hold that many items:
 *   `li` children of a list, body rows of a table, element children otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/dataset.ts';
import { htmlFiles } from '../helpers/pages.ts';

const pages = htmlFiles(join(repoRoot, 'dist'))
  .filter((p) => !p.path.startsWith('/pagefind/'))
  .map((p) => ({ path: p.path, document: parseHTML(readFileSync(p.file, 'utf8')).document }));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** How the sources README cites each document in short. */
const SHORT: Record<string, string> = {
  'hse-2019': 'HSE 2019',
  bioxclusters: 'bioXclusters',
  'cebr-2020': 'CEBR 2020',
  'mix-2016': 'MIX 2016',
  'ami4europe-d2.2': 'AMI-4EUROPE D2.2',
};
const sourceRows = Papa.parse<{ id: string; date: string }>(readFileSync(join(repoRoot, 'data', 'sources.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const yearOf = new Map(sourceRows.map((s) => [s.id, /^(\d{4})/.exec(s.date)?.[1] ?? null]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface ChartFile {
  columns: { name: string }[];
  rows: { key: string; cells: (string | number | boolean | null)[] }[];
  source: string;
}
const chartFile = (id: string) => JSON.parse(readFileSync(join(repoRoot, 'dist', 'data', 'charts', `${id}.json`), 'utf8')) as ChartFile;

describe('every chart on every page is dated by its sources', () => {
  const figures = pages.flatMap((p) => [...p.document.querySelectorAll('[data-chart-figure]')].map((figure) => ({ path: p.path, figure })));

  it('finds the charts: the explorer’s, the instruments’, the value chains’, the maps, the groups’ tables and the embeds', () => {
    const paths = new Set(figures.map((f) => f.path));
    for (const path of ['/success-factors/', '/embed/factor-support/', '/guide/instruments/', '/embed/guide-instruments/', '/map/', '/groups/international-medical-tourism-clusters/', '/embed/compare/'])
      expect(paths, path).toContain(path);
    expect(figures.length).toBeGreaterThan(40);
  });

  it('each figure names its chart and its source line dates every document the chart’s data cites', () => {
    for (const { path, figure } of figures) {
      const id = figure.getAttribute('data-chart') ?? '';
      expect(id, `${path}: a chart figure without data-chart`).not.toBe('');
      const line = squash(figure.querySelector('.chart-source')?.textContent);
      const file = chartFile(id);
      const at = file.columns.findIndex((c) => c.name === 'source');
      const cited = new Set(file.rows.flatMap((r) => String(r.cells[at] ?? '').split(';').filter(Boolean)));
      expect(cited.size, `${path} ${id}: its data cites no document`).toBeGreaterThan(0);
      for (const source of cited) {
        const short = SHORT[source];
        expect(short, `${id} cites ${source}, a document the sources README does not list`).toBeDefined();
        const year = yearOf.get(source);
        const dated = year ? `[Aa]s of ${year} \\(${escape(short ?? '')}\\)` : `[Dd]ate not reported \\(${escape(short ?? '')}\\)`;
        expect(line, `${path} ${id}`).toMatch(new RegExp(dated));
      }
      // The downloads say the same: the chart's metadata its source line, its data an as_of column.
      expect(`Source: ${file.source}`, `${path} ${id}`).toBe(line);
      expect(file.columns.map((c) => c.name), id).toContain('as_of');
    }
  });

  it('each chart’s as_of cell holds its row’s own dated period or the years of the documents it cites', () => {
    const ids = new Set(figures.map((f) => f.figure.getAttribute('data-chart') ?? ''));
    expect(ids.size).toBeGreaterThan(20);
    for (const id of ids) {
      // The comparison dates only the values among its rows (a name, a group are not values): value-ages.test.ts checks it row by row.
      if (id === 'compare') continue;
      const file = chartFile(id);
      const names = file.columns.map((c) => c.name);
      for (const r of file.rows) {
        const sources = String(r.cells[names.indexOf('source')] ?? '').split(';').filter(Boolean);
        const asOf = r.cells[names.indexOf('as_of')];
        if (sources.length === 0) {
          expect(asOf, `${id} ${r.key}`).toBeNull();
          continue;
        }
        const years = [...new Set(sources.map((s) => yearOf.get(s) ?? 'date not reported'))].join(';');
        // A value dated by its own period (a fact's «2011–2017», a figure «as of 2013») keeps it; any other row is as of its documents.
        expect(asOf === years || /(18|19|20)\d{2}/.test(String(asOf)), `${id} ${r.key}: ${String(asOf)}`).toBe(true);
      }
    }
  });
});

/** The items of a list: `li` children of ul/ol, body rows of a table, element children of anything else. */
function itemsOf(list: Element): number {
  const tag = list.tagName.toLowerCase();
  if (tag === 'ul' || tag === 'ol') return [...list.children].filter((c) => c.tagName.toLowerCase() === 'li').length;
  if (tag === 'table') return list.querySelectorAll('tbody > tr').length;
  return list.children.length;
}

/** Whether `words` state `n`: its digits standing alone (not part of «D2.2»), «one» or a singular («the», «this») for 1, «no» or «none» for 0. */
function states(words: string, n: number): boolean {
  if (n === 0) return /\b(no|none)\b/i.test(words);
  if (n === 1 && /\b(one|a|an|the|this)\b/i.test(words)) return true;
  return new RegExp(`(?<![\\w.,])${n.toLocaleString('en')}(?![\\w]|[.,]\\d)`).test(words);
}

describe('every count on every page agrees with the list it counts', () => {
  const counts = pages.flatMap((p) => [...p.document.querySelectorAll('[data-counts]')].map((el) => ({ path: p.path, document: p.document, el })));

  it('marks the counts of the group pages, the success factors, /partnerships/, /about/, the home page’s groups and the profiles', () => {
    const on = (path: string, name: string) => counts.some((c) => c.path === path && (c.el.getAttribute('data-counts') ?? '').startsWith(name));
    expect(on('/groups/international-medical-tourism-clusters/', 'members')).toBe(true);
    expect(on('/groups/global-high-technology-medicine-clusters/', 'cases-')).toBe(true);
    expect(on('/success-factors/communication-as-the-ultimate-value/', 'cases')).toBe(true);
    expect(on('/partnerships/', 'partnerships')).toBe(true);
    expect(on('/about/', 'notes-hse-2019')).toBe(true);
    expect(on('/', 'group-1-clusters')).toBe(true);
    expect(on('/clusters/cebr/', 'recommendations')).toBe(true);
    expect(on('/value-chains/', 'chains')).toBe(true);
  });

  it('each count names one list on its page, states its number in words, and the list holds that many items', () => {
    const failures: string[] = [];
    for (const { path, document, el } of counts) {
      const name = el.getAttribute('data-counts') ?? '';
      const lists = [...document.querySelectorAll('[data-list]')].filter((l) => l.getAttribute('data-list') === name);
      const words = squash(el.textContent);
      const stated = Number(el.getAttribute('data-count'));
      if (lists.length !== 1) failures.push(`${path}: «${words}» counts «${name}», which names ${lists.length} lists on the page`);
      else if (!Number.isInteger(stated)) failures.push(`${path}: «${words}» (${name}) has no data-count`);
      else if (!states(words, stated)) failures.push(`${path}: «${words}» (${name}) does not say ${stated}`);
      else if (itemsOf(lists[0] as Element) !== stated) failures.push(`${path}: «${words}» (${name}) but the list holds ${itemsOf(lists[0] as Element)}`);
    }
    expect(failures).toEqual([]);
    expect(counts.length).toBeGreaterThan(100);
  });
});
