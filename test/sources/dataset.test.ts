/**
 * The curated core dataset checked against the text of hse-2019 itself
 * (SOURCES_DIR; `npm run test:sources`): every expected figure below is quoted from the report.
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterTargetModel, Group } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { between, countryBlocks, sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const clusters = rows<Cluster>('clusters');
const sample = clusters.filter((c) => c.in_sample);
const groups = rows<Group>('groups');
const hse = sourceText('hse-2019');
const groupId = (n: number) => groups.find((g) => g.number === n)?.id;
const inGroup = (n: number) => sample.filter((c) => c.group === groupId(n));
const names = (c: Cluster) => [c.name, ...c.other_names];

// Country headings as fig. 2.1 prints them.
const HEADING_CODE: Record<string, string> = {
  COLOMBIA: 'CO', 'COSTA RICA': 'CR', CROATIA: 'HR', DENMARK: 'DK', ESTONIA: 'EE', FRANCE: 'FR', GERMANY: 'DE',
  ITALY: 'IT', JAPAN: 'JP', LITHUANIA: 'LT', MEXICO: 'MX', NETHERLANDS: 'NL', POLAND: 'PL', 'REPUBLIC OF KOREA': 'KR',
  ROMANIA: 'RO', SERBIA: 'RS', SPAIN: 'ES', SWEDEN: 'SE', SWITZERLAND: 'CH', TURKEY: 'TR', 'UNITED KINGDOM': 'GB',
  'UNITED STATES': 'US',
};

describe('the 40-cluster sample (hse-2019 ch. 2, fig. 2.1)', () => {
  const fig21 = countryBlocks(between(hse, 'Forty clusters from twenty-two countries', 'Fig. 2.1. Biomedical Clusters'));

  it('has «Forty clusters from twenty-two countries»', () => {
    expect(hse).toContain('Forty clusters from twenty-two countries were included');
    expect(sample).toHaveLength(40);
    expect(new Set(sample.flatMap((c) => c.countries)).size).toBe(22);
  });

  it('has one row per entry of fig. 2.1 but Medicon Valley, listed under Denmark and under Sweden', () => {
    expect(fig21.size).toBe(22);
    const entries = sample.reduce((n, c) => n + c.countries.length, 0);
    expect(entries).toBe(41);
    expect(sample.find((c) => c.id === 'medicon-valley')?.countries).toEqual(['DK', 'SE']);
    expect(sample.filter((c) => c.countries.length > 1).map((c) => c.id)).toEqual(['medicon-valley']);
  });

  it('puts every cluster under the country heading fig. 2.1 gives it, by one of its names', () => {
    for (const c of sample) {
      const headings = [...fig21].filter(([, text]) => names(c).some((n) => text.includes(n))).map(([h]) => HEADING_CODE[h]);
      expect(headings.sort(), c.id).toEqual([...c.countries].sort());
    }
  });

  it('spells Cambridge Biomedical Campus as fig. 2.4 does and keeps fig. 2.1’s «Cambridge Medical Campus»', () => {
    const cambridge = sample.find((c) => c.id === 'cambridge-biomedical-campus');
    expect(hse).toContain('Cambridge Medical Campus');
    expect(hse).toContain('Cambridge Biomedical Campus');
    expect(cambridge?.name).toBe('Cambridge Biomedical Campus');
    expect(cambridge?.other_names).toContain('Cambridge Medical Campus');
  });
});

describe('the three groups (hse-2019 ch. 2)', () => {
  it('group 1: «ten clusters from Germany, the United States, and the Republic of Korea»', () => {
    expect(hse).toContain('The first group comprises ten clusters from Germany, the United States, and the Republic of Korea');
    expect(inGroup(1)).toHaveLength(10);
    expect(inGroup(1).every((c) => c.group_basis === 'text')).toBe(true);
    expect(sample.filter((c) => c.countries.some((k) => ['DE', 'US', 'KR'].includes(k))).map((c) => c.id).sort()).toEqual(
      inGroup(1).map((c) => c.id).sort(),
    );
  });

  it('group 2: «20 clusters in European and Asian countries», exactly the names of fig. 2.4', () => {
    expect(hse).toContain('The second group in our typology is made by 20 clusters in European and Asian countries');
    const fig24 = between(hse.slice(hse.indexOf('(fig. 2.4)')), '- 1 DENMARK**', 'Fig. 2.4. World-Class');
    const listed = sample.filter((c) => names(c).some((n) => fig24.includes(n)));
    expect(listed.map((c) => c.id).sort()).toEqual(inGroup(2).map((c) => c.id).sort());
    expect(inGroup(2)).toHaveLength(20);
    expect(groups.find((g) => g.number === 2)?.stated_count).toBe(20);
  });

  it('group 3: the report says «11 clusters», elimination leaves 10, and the data says so', () => {
    expect(hse).toContain('comprises 11 clusters located in Europe and Latin America');
    const g3 = groups.find((g) => g.number === 3);
    expect(g3?.stated_count).toBe(11);
    expect(inGroup(3)).toHaveLength(10);
    expect(inGroup(3).every((c) => c.group_basis === 'elimination')).toBe(true);
    expect(g3?.note).toMatch(/11/);
    expect(g3?.note).toMatch(/10/);
  });
});

describe('target models (hse-2019 table 2.2)', () => {
  const links = rows<ClusterTargetModel>('cluster-target-models');
  const table22 = between(hse, 'GROUPS / TARGET MODELS', 'Table 2.2. Combination');

  it('lists the 25 cluster entries of table 2.2, each named in the table', () => {
    expect(links).toHaveLength(25);
    for (const l of links) {
      const c = clusters.find((x) => x.id === l.cluster_id);
      expect(c && names(c).some((n) => table22.includes(n)), l.cluster_id).toBe(true);
    }
  });

  it('names four target models', () => {
    expect(rows('target-models')).toHaveLength(4);
    for (const n of [1, 2, 3, 4]) expect(hse).toContain(`TARGET MODEL ${n}.`);
  });
});
