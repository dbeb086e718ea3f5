/**
 * Issue 24, «How old it is», read in the built site (dist/, from `npm run
 * build`) against the tables (src/generated): every value shown without a
 * dated period of its own has its source's year beside it — on every
 * profile's facts and «At a glance», in every value of the clusters table and
 * of /compare/ — and the downloads of the facts charts and of the comparison,
 * and the facts and partnership-facts tables, carry an `as_of` column. The years are read here from the sources README
 * (hse-2019: 2019; cebr-2020: 26 Oct 2020; mix-2016: September 2016;
 * ami4europe-d2.2: 2013; bioxclusters: no date), not from the atlas's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { INDICATOR_PARTS } from '../../src/lib/comparable-indicators.ts';
import { repoRoot } from '../helpers/dataset.ts';

type Row = Record<string, string | number | null>;
const rowsOf = (name: string): Row[] => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as Row[];
const doc = (path: string) => parseHTML(readFileSync(join(repoRoot, 'dist', path, 'index.html'), 'utf8')).document;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const YEAR_OF_SOURCE: Record<string, string | null> = {
  'hse-2019': '2019',
  'cebr-2020': '2020',
  'mix-2016': '2016',
  'ami4europe-d2.2': '2013',
  bioxclusters: null,
};
/** A period dates a value when it names a year; «now», «last year» or none leave the source's year to say it. */
const dated = (period: string | number | null | undefined) => typeof period === 'string' && /(^|[^0-9])(18|19|20)[0-9]{2}($|[^0-9])/.test(period);
/** What must stand beside a value without a dated period of its own. */
function expectedAge(fact: Row): string {
  const source = String(fact['source']);
  expect(Object.keys(YEAR_OF_SOURCE), `source ${source} of ${String(fact['id'])}`).toContain(source);
  const year = YEAR_OF_SOURCE[source];
  return year ? `as of ${year}` : 'date not reported';
}

const facts = rowsOf('facts');
const factById = new Map(facts.map((f) => [String(f['id']), f]));
const clusters = rowsOf('clusters');

describe('every profile’s facts show how old they are', () => {
  it('the «When» cell of every fact row holds its dated period, or its source’s year', () => {
    let checked = 0;
    for (const c of clusters) {
      const page = doc(`/clusters/${String(c['id'])}/`);
      for (const fact of facts.filter((f) => f['cluster_id'] === c['id'])) {
        const row = page.querySelector(`tr[id="fact-${String(fact['id'])}"]`);
        expect(row, `fact ${String(fact['id'])} on its profile`).not.toBeNull();
        const when = squash(row?.querySelectorAll('td')[1]?.textContent).replace(/^When /, '');
        if (dated(fact['period'])) expect(when, String(fact['id'])).toBe(String(fact['period']));
        else expect(when, String(fact['id'])).toBe([fact['period'], expectedAge(fact)].filter(Boolean).join(', '));
        checked++;
      }
    }
    expect(checked).toBe(facts.length);
  });

  it('every fact «At a glance» shows its period or its source’s year before its citation', () => {
    let checked = 0;
    for (const c of clusters) {
      const page = doc(`/clusters/${String(c['id'])}/`);
      const glance = [...page.querySelectorAll('dl dd li:not(.more)')].filter((li) => li.querySelector('cite, .cite, a[href*="/about/#source-"]'));
      for (const li of glance) {
        const t = squash(li.textContent);
        const fact = facts.find((f) => f['cluster_id'] === c['id'] && t.startsWith(`${String(f['label'])}: ${String(f['value'])}`));
        if (!fact) continue; // a list item that is not a fact (e.g. a success factor)
        if (dated(fact['period'])) expect(t.includes(String(fact['period'])) || fact['period'] === fact['value'], t).toBe(true);
        else expect(t, `${String(c['id'])}: ${t}`).toContain(`(${expectedAge(fact)})`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a fact chart’s source line says how old its undated values are', () => {
    const page = doc('/clusters/medicon-valley/');
    const figures = [...page.querySelectorAll('figure')].filter((f) => f.querySelector('svg'));
    const lines = figures.map((f) => squash(f.textContent)).filter((t) => t.includes('HSE 2019, '));
    expect(lines.length).toBeGreaterThan(0);
    for (const t of lines) expect(t).toMatch(/As of 2019 \(HSE 2019\)\.|\d{4}/);
  });
});

describe('every value of the clusters table shows how old it is', () => {
  it('each indicator cell links to its fact and shows the fact’s dated period or its source’s year', () => {
    const dir = join(repoRoot, 'dist', 'clusters');
    const pages = ['/clusters/', ...(readdirSyncSafe(join(dir, 'page')).map((n) => `/clusters/page/${n}/`))];
    let checked = 0;
    for (const path of pages) {
      for (const td of doc(path).querySelectorAll('td.indicator:not(.not-reported)')) {
        const id = /#fact-(.+)$/.exec(td.querySelector('a.src')?.getAttribute('href') ?? '')?.[1] ?? '';
        const fact = factById.get(id);
        expect(fact, `fact ${id}`).toBeDefined();
        if (!fact) continue;
        const t = squash(td.textContent);
        if (dated(fact['period'])) expect(t).toContain(String(fact['period']));
        else expect(t, t).toContain(`(${expectedAge(fact)})`);
        checked++;
      }
    }
    expect(checked).toBe(rowsOf('cluster-indicator-values').length);
  });
});

function readdirSyncSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

interface ChartTable {
  columns: { name: string }[];
  rows: { key: string; cells: (string | number | null)[] }[];
}
const chartTable = (path: string) => JSON.parse(readFileSync(join(repoRoot, 'dist', 'data', 'charts', path), 'utf8')) as ChartTable;

describe('/compare/ shows and downloads how old each value is', () => {
  it('every comparable-indicator value of every cluster’s column says its period or its source’s year', () => {
    let checked = 0;
    for (const v of rowsOf('cluster-indicator-values')) {
      const column = JSON.parse(readFileSync(join(repoRoot, 'dist', 'compare', 'columns', `${String(v['cluster_id'])}.json`), 'utf8')) as {
        cells: Record<string, { items: { text: string; detail?: string; cite?: { href: string } }[] }>;
      };
      const item = column.cells[`indicator-${String(v['indicator_id'])}`]?.items[0];
      const fact = factById.get(String(v['fact_id']));
      expect(item && fact, `${String(v['cluster_id'])} ${String(v['indicator_id'])}`).toBeTruthy();
      if (!item || !fact) continue;
      expect(item.cite?.href).toContain(`#fact-${String(fact['id'])}`);
      if (dated(fact['period'])) expect(fact['period'] === fact['value'] || (item.detail ?? '').includes(String(fact['period']))).toBe(true);
      else expect(item.detail ?? '').toContain(`${expectedAge(fact)} (`);
      checked++;
    }
    expect(checked).toBe(rowsOf('cluster-indicator-values').length);
  });

  it('the page’s example without JavaScript shows the year beside its values', () => {
    const t = squash(doc('/compare/').querySelector('main')?.textContent);
    expect(t).toMatch(/as of 2019 \(HSE 2019\)/);
  });

  it('the comparison’s data «as shown» has an as_of column: the source’s year for a value, empty for what is not one', () => {
    const table = chartTable('compare.json');
    const names = table.columns.map((c) => c.name);
    const col = names.indexOf('as_of');
    expect(col).toBeGreaterThan(-1);
    const at = (name: string) => names.indexOf(name);
    let values = 0;
    for (const r of table.rows) {
      const source = r.cells[at('source')];
      const row = String(r.cells[at('row')]);
      const isValue = r.cells[at('section')]?.toString().startsWith('Comparable indicators') && typeof source === 'string';
      if (!isValue) {
        expect(r.cells[col], row).toBeNull();
        continue;
      }
      const year = YEAR_OF_SOURCE[source];
      const asOf = String(r.cells[col]);
      // Its own dated period, else the source's year, else «date not reported».
      expect(asOf === (year ?? 'date not reported') || /\d{4}/.test(asOf), `${row}: ${asOf}`).toBe(true);
      values++;
    }
    // Every indicator value once in its own row, and again in its total's row where the total is not given.
    const indicatorValues = rowsOf('cluster-indicator-values') as { cluster_id: string; indicator_id: string }[];
    const has = new Set(indicatorValues.map((v) => `${v.cluster_id}|${v.indicator_id}`));
    const inPlaceOfTotals = indicatorValues.filter((v) =>
      Object.entries(INDICATOR_PARTS).some(([total, parts]) => parts.includes(v.indicator_id) && !has.has(`${v.cluster_id}|${total}`)),
    ).length;
    expect(values).toBe(indicatorValues.length + inPlaceOfTotals);
  });
});

describe('the facts’ chart downloads carry how old each value is', () => {
  it('every fact chart’s data has an as_of column: the dated period, else the source’s year', () => {
    const dir = join(repoRoot, 'dist', 'data', 'charts', 'clusters');
    let checked = 0;
    for (const cluster of readdirSync(dir)) {
      for (const file of readdirSync(join(dir, cluster)).filter((f) => f.endsWith('.json'))) {
        const table = chartTable(join('clusters', cluster, file));
        const names = table.columns.map((c) => c.name);
        expect(names, file).toContain('as_of');
        for (const r of table.rows) {
          const fact = factById.get(r.key);
          expect(fact, r.key).toBeDefined();
          if (!fact) continue;
          const asOf = r.cells[names.indexOf('as_of')];
          if (dated(fact['period'])) expect(asOf).toBe(fact['period']);
          else expect(asOf).toBe(YEAR_OF_SOURCE[String(fact['source'])] ?? 'date not reported');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

// A cluster's facts and a partnership's (a network or project as a whole): one rule, one derived column.
describe.each(['facts', 'partnership-facts'])('the %s download carries how old each value is', (name) => {
  it('data/<name>.csv and .json have an as_of column, described in datapackage.json', () => {
    const csv = readFileSync(join(repoRoot, 'dist', 'data', `${name}.csv`), 'utf8');
    const header = csv.split(/\r?\n/)[0]?.split(',') ?? [];
    expect(header).toContain('as_of');
    const json = JSON.parse(readFileSync(join(repoRoot, 'dist', 'data', `${name}.json`), 'utf8')) as Row[];
    expect(json).toHaveLength(rowsOf(name).length);
    expect(json.length).toBeGreaterThan(0);
    for (const f of json) {
      const want = dated(f['period']) ? f['period'] : YEAR_OF_SOURCE[String(f['source'])];
      expect(f['as_of'], String(f['id'])).toBe(want ?? null);
    }
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'dist', 'data', 'datapackage.json'), 'utf8')) as {
      resources: { name: string; schema: { fields: { name: string; description?: string }[] } }[];
    };
    const field = pkg.resources.find((r) => r.name === name)?.schema.fields.find((x) => x.name === 'as_of');
    expect(field?.description).toMatch(/Derived by the data build/);
  });
});
