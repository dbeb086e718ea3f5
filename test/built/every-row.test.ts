/**
 * Every row of every table is shown on at least one built page where a reader
 * would look for it: a cluster's facts on its profile, a partnership's members
 * on the partnership's page, a chain's stages on the chain's page, and so on.
 * Each table says what identifies one of its rows in a page's text (a name,
 * a label, a value) and which page should show it. Reads the tables from
 * src/generated and the pages from dist/ (both written by `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables } from '../../src/lib/schema/tables.ts';
import { repoRoot } from '../helpers/dataset.ts';
import { pageTextRuns } from '../helpers/page-text.ts';
import { htmlFiles } from '../helpers/pages.ts';

type Row = Record<string, unknown>;
/** What must be on a page for a row to count as shown: its text, on one given page or on any. */
interface Shown {
  text: string;
  page?: string;
}

const rowsOf = (name: string): Row[] => JSON.parse(readFileSync(join(repoRoot, 'src', 'generated', `${name}.json`), 'utf8')) as Row[];
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const clusterName = new Map(rowsOf('clusters').map((c) => [str(c['id']), str(c['name'])]));
/** Value chains show a cluster by its short name where it has one. */
const clusterShortName = new Map(rowsOf('clusters').map((c) => [str(c['id']), str(c['short_name']) || str(c['name'])]));
const nodeLabel = new Map(rowsOf('value-chain-nodes').map((n) => [`${str(n['chain_id'])}/${str(n['id'])}`, str(n['label'])]));
const clusterPage = (id: unknown) => `/clusters/${str(id)}/`;
const firstWords = (text: string, n = 8) => text.split(/\s+/).slice(0, n).join(' ');

/** Per table, what identifies a row on a page. */
const SHOWN: Record<string, (r: Row) => Shown> = {
  sources: (r) => ({ text: str(r['title']), page: '/about/' }),
  groups: (r) => ({ text: str(r['name']), page: '/landscape/' }),
  'group-characteristics': (r) => ({ text: str(r['value']) || firstWords(str(r['note'])), page: '/landscape/' }),
  'target-models': (r) => ({ text: str(r['name']), page: '/landscape/' }),
  'cluster-target-models': (r) => ({ text: clusterName.get(str(r['cluster_id'])) ?? '', page: '/landscape/' }),
  clusters: (r) => ({ text: str(r['name']), page: clusterPage(r['id']) }),
  'success-factors': (r) => ({ text: str(r['name']), page: `/success-factors/${str(r['id'])}/` }),
  'case-studies': (r) => ({ text: str(r['title']), page: clusterPage(r['cluster_id']) }),
  quotes: (r) => ({ text: firstWords(str(r['text'])) }),
  // The facts table of the profile: a row's label, then its value behind the column name a stacked row shows on a phone.
  facts: (r) => ({ text: `${str(r['label'])} Value ${str(r['value'])}`, page: clusterPage(r['cluster_id']) }),
  beneficiaries: (r) => ({ text: str(r['name']), page: '/landscape/' }),
  'positive-effects': (r) => ({ text: str(r['name']), page: '/landscape/' }),
  'positive-effect-examples': (r) => ({ text: firstWords(str(r['description'])), page: '/landscape/' }),
  indicators: (r) => ({ text: str(r['name']), page: '/landscape/' }),
  // Exclusions are run into a sentence («Left out: biopharmaceutical …»), so their first letter is lower case.
  'sample-criteria': (r) => ({
    text: r['kind'] === 'exclusion' ? str(r['name']).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : str(r['name']),
    page: '/landscape/',
  }),
  partnerships: (r) => ({ text: str(r['name']), page: `/partnerships/${str(r['id'])}/` }),
  // The facts table of the partnership's page, read as the facts of a profile are.
  'partnership-facts': (r) => ({ text: `${str(r['label'])} Value ${str(r['value'])}`, page: `/partnerships/${str(r['partnership_id'])}/` }),
  'partnership-members': (r) => ({ text: clusterName.get(str(r['cluster_id'])) ?? '', page: `/partnerships/${str(r['partnership_id'])}/` }),
  'value-chains': (r) => ({ text: str(r['title']), page: `/value-chains/${str(r['id'])}/` }),
  'value-chain-nodes': (r) => ({ text: str(r['label']), page: `/value-chains/${str(r['chain_id'])}/` }),
  // A link is shown in the details of the step it leaves: «Leads to: <next step> (<label>)».
  'value-chain-links': (r) => {
    const to = nodeLabel.get(`${str(r['chain_id'])}/${str(r['to'])}`) ?? '';
    return { text: str(r['label']) ? `${to} (${str(r['label'])})` : to, page: `/value-chains/${str(r['chain_id'])}/` };
  },
  'value-chain-actors': (r) => ({
    text: r['cluster_id'] ? (clusterShortName.get(str(r['cluster_id'])) ?? '') : firstWords(str(r['actor']), 4),
    page: `/value-chains/${str(r['chain_id'])}/`,
  }),
  'methodology-notes': (r) => ({ text: firstWords(str(r['description'])), page: '/about/' }),
  'mimc-comparison': (r) => ({ text: str(r['aspect_title']), page: '/success-factors/' }),
  // The worksheet of /assess/ quotes each reading the atlas compares with; a point without one says so in its note.
  'group-profile-points': (r) => ({ text: str(r['reading']) || firstWords(str(r['note']), 6), page: '/assess/' }),
  'comparable-indicators': (r) => ({ text: str(r['label']), page: '/clusters/' }),
  'cluster-indicator-values': (r) => ({ text: str(r['value']), page: '/clusters/' }),
  'roadmap-steps': (r) => ({ text: str(r['title']), page: '/guide/' }),
  'roadmap-checkpoints': (r) => ({ text: str(r['text']), page: '/guide/' }),
  'roadmap-measures': (r) => ({ text: str(r['name']), page: '/guide/' }),
  'marketing-measures': (r) => ({ text: str(r['measure']), page: '/guide/' }),
  'support-instruments': (r) => ({ text: str(r['name']), page: '/guide/instruments/' }),
  recommendations: (r) => ({ text: firstWords(str(r['statement'])) }),
  'guide-links': (r) => ({ text: firstWords(str(r['reason'])), page: '/guide/' }),
  // The plan toward each group on /assess/ gives every link's reason.
  'assessment-links': (r) => ({ text: firstWords(str(r['reason'])), page: '/assess/' }),
  practices: (r) => ({ text: firstWords(str(r['practice'])) }),
  'cluster-references': (r) => ({ text: `${str(r['label'])}: external site`, page: clusterPage(r['cluster_id']) }),
};

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const pageText = new Map(
  htmlFiles(join(repoRoot, 'dist'))
    .filter((p) => !p.path.startsWith('/pagefind/'))
    .map((p) => [p.path, normalise(pageTextRuns(readFileSync(p.file, 'utf8')).map((r) => r.text).join('\n'))] as const),
);
const allText = [...pageText.values()].join('\n');

describe('every row of every table is on a page', () => {
  it('defines what shows a row for every table of the data package', () => {
    expect(Object.keys(SHOWN).sort()).toEqual(tables.map((t) => t.name).sort());
  });

  for (const def of tables) {
    it(`${def.name}: every row`, () => {
      const rows = rowsOf(def.name);
      expect(rows.length, `${def.name} has rows`).toBeGreaterThan(0);
      const shown = SHOWN[def.name];
      if (!shown) throw new Error(`no rule for ${def.name}`);
      const missing = rows.flatMap((row, i) => {
        const { text, page } = shown(row);
        const want = normalise(text);
        if (!want) return [`row ${i + 1}: nothing identifies it`];
        const haystack = page ? pageText.get(page) : allText;
        if (haystack === undefined) return [`row ${i + 1}: no page ${page ?? ''}`];
        return haystack.includes(want) ? [] : [`row ${i + 1} (${JSON.stringify(want.slice(0, 80))}) not on ${page ?? 'any page'}`];
      });
      expect(missing).toEqual([]);
    });
  }
});
