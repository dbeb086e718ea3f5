/**
 * The knowledge base checked against the text of the sources: counts, a
 * handful of figures (each test names its locator) and every quotation
 * verbatim.
 */
import { describe, expect, it } from 'vitest';
import type { CaseStudy, Fact, Quote, SuccessFactor } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { between, sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const facts = rows<Fact>('facts');
const hse = sourceText('hse-2019');
const ch3 = hse.slice(hse.indexOf('3 SUCCESS FACTORS OF BIOMEDICAL CLUSTERS'), hse.indexOf('THE MOSCOW INTERNATIONAL MEDICAL CLUSTER:'));
const fold = (s: string) => s.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const fact = (cluster: string, label: string, period?: string) =>
  facts.filter((f) => f.cluster_id === cluster && f.label === label && (period === undefined || f.period === period));

describe('success factors and case studies (hse-2019 ch. 3)', () => {
  const factors = rows<SuccessFactor>('success-factors');
  const studies = rows<CaseStudy>('case-studies');

  it('has the seven success factors the chapter heads «SUCCESS FACTOR 1.» to «7.», by their printed names', () => {
    expect(factors).toHaveLength(7);
    for (const f of factors) {
      expect(ch3).toContain(`SUCCESS FACTOR ${f.number}.`);
      expect(fold(ch3).toUpperCase()).toContain(`SUCCESS FACTOR ${f.number}. ${f.name.toUpperCase()}`);
    }
  });

  it('has one case study per «title» block of the chapter: 31', () => {
    const titleLines = ch3.split('\n').filter((l) => /^(\*\*)?«/.test(l));
    expect(titleLines).toHaveLength(31);
    expect(studies).toHaveLength(31);
    for (const s of studies) expect(fold(ch3), s.id).toContain(`«${fold(s.title)}»`);
  });

  it('names an interviewed expert in every case, as the chapter prints them (in capitals)', () => {
    for (const s of studies) {
      expect(s.expert_name, s.id).not.toBeNull();
      const surname = (s.expert_name ?? '').split(' ').at(-1) ?? '';
      expect(ch3.toUpperCase(), s.id).toContain(surname.toUpperCase());
    }
  });

  it('places «In Cluster Networks» under factor 1, for Medicon Valley, with Petter Hartman', () => {
    const s = studies.find((x) => x.title === 'In Cluster Networks');
    expect(s?.factor_id).toBe('communication-as-the-ultimate-value');
    expect(s?.cluster_id).toBe('medicon-valley');
    expect(s?.expert_name).toMatch(/Petter Hartman/i);
  });
});

describe('quotations', () => {
  it('are verbatim: every excerpt stands in its source, layout aside', () => {
    const quotes = rows<Quote>('quotes');
    expect(quotes.length).toBeGreaterThanOrEqual(31);
    const texts = new Map<string, string>();
    for (const q of quotes) {
      if (!texts.has(q.source)) texts.set(q.source, fold(sourceText(q.source)));
      for (const part of q.text.split('[…]')) expect(texts.get(q.source), q.id).toContain(fold(part));
    }
  });
});

describe('figures (hse-2019)', () => {
  it('table 3.1: Health Valley Netherlands projects, total budget and subsidy in EUR million', () => {
    const table = between(hse, 'PROJECT TITLE\tTotal budget', 'Table 3.1.');
    for (const [name, total, subsidy] of [
      ['CIALE', 0.43, 0.32],
      ['VR4REHAB', 4.01, 2.41],
      ['Smart Systems', 2.76, 1.39],
      ['Zorg Verbindt', 4.64, 2.79],
      ['MIND', 5.74, 3.54],
    ] as const) {
      expect(table).toContain(`${name} ${total.toFixed(2)} ${subsidy.toFixed(2)}`);
      expect(fact('health-valley-netherlands', `Project ${name} total budget`).map((f) => f.number)).toEqual([total]);
      expect(fact('health-valley-netherlands', `Project ${name} subsidy volume`).map((f) => f.number)).toEqual([subsidy]);
    }
  });

  it('table 3.2: HealthCapital Berlin-Brandenburg, 50 projects in 2017 and 118 in 2011–2017', () => {
    expect(between(hse, 'Project Indicators', 'Table 3.2.')).toContain('Number of projects 50 118');
    expect(fact('healthcapital-berlin-brandenburg', 'Number of projects', '2017').map((f) => f.number)).toEqual([50]);
    expect(fact('healthcapital-berlin-brandenburg', 'Number of projects', '2011–2017').map((f) => f.number)).toEqual([118]);
  });

  it('ch. 2 «Target model 2»: Medicon Valley has 11 R&D organisations, more than 30 medical institutions and 350 companies', () => {
    expect(fold(hse)).toContain('comprising 11 R&D and educational organisations, more than 30 medical institutions, and 350 companies');
    const members = facts.filter((f) => f.cluster_id === 'medicon-valley' && f.topic === 'members').map((f) => f.value);
    expect(members.join(' | ')).toMatch(/350/);
  });

  it('ch. 3 «Communication Ecosystem»: Health Valley Netherlands grew from 110 to 270 members', () => {
    expect(hse).toContain('The number of our members grew from 110 to 270 over the last five years');
    const members = facts.filter((f) => f.cluster_id === 'health-valley-netherlands' && f.topic === 'members');
    expect(members.map((f) => f.number)).toContain(270);
  });

  it('table 4.1: the Moscow City Government funds the MIMC infrastructure with 9.8 billion roubles in four items', () => {
    const mimc = facts.filter((f) => f.cluster_id === 'moscow-international-medical-cluster' && f.locator.includes('table 4.1'));
    expect(mimc.length).toBeGreaterThanOrEqual(4);
  });
});

describe('figures (ami4europe-d2.2 and bioxclusters)', () => {
  const ami = sourceText('ami4europe-d2.2');
  const numberOf = (cluster: string, label: string) => fact(cluster, label).map((f) => f.number);

  it('ch. III.2 member tables: companies, research institutions and universities as printed', () => {
    expect(fold(between(ami, '#### Madrid Network:', '#### FILAS:'))).toContain('Companies 25 Research Institutions 8 Patient Associations 5');
    expect(numberOf('madrid-network', 'Member companies')).toEqual([25]);
    expect(fold(between(ami, '#### **BioRegioN**', 'Do the members pay a fee?\tno\n\n<sup>'))).toContain('Companies 206 Research Institutions 34 Universities 21');
    expect(numberOf('bioregion', 'Member companies')).toEqual([206]);
    expect(numberOf('pharmapolis', 'Member companies')).toEqual([23]);
  });

  it('records FILAS’s «1986» companies as printed, with a note that it may be a year', () => {
    expect(fold(between(ami, '#### FILAS:', '## Pharmapolis:'))).toContain('Companies 1986');
    const filas = fact('filas', 'Member companies');
    expect(filas.map((f) => f.number)).toEqual([1986]);
    expect(filas[0]?.note ?? '').toMatch(/year/i);
  });

  it('abstract: bioXclusters organised 4 fact-finding missions, giving 11 agreements and collaborations', () => {
    const text = fold(sourceText('bioxclusters'));
    expect(text).toContain('4 fact-finding missions were organized, resulting in 11 agreements and collaborations');
    expect(numberOf('bioxclusters', 'Fact-finding missions organised')).toEqual([4]);
    expect(facts.filter((f) => f.cluster_id === 'bioxclusters' && f.number === 11)).toHaveLength(1);
  });
});
