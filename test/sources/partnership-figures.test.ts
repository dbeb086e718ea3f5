/**
 * Issue 24 cases 3 and 7 against the text of the sources: the figures moved to
 * partnership-facts.csv are given in the source to the partnership, consortium or
 * project, not to a member; CEBR's profile rows say what cebr-2020 says; CEBR's
 * recommendations and the initiatives its slides cite are the slides' own.
 * Needs the source texts (npm run test:sources).
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, Fact, Partnership, PartnershipFact, Recommendation } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';
import { between, sourceText } from '../helpers/sources.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const partnershipFacts = rows<PartnershipFact>('partnership-facts');
const facts = rows<Fact>('facts');
const figuresOf = (id: string) => partnershipFacts.filter((f) => f.partnership_id === id);
const fold = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ');

const mix = sourceText('mix-2016');
const hse = sourceText('hse-2019');
const cebr = sourceText('cebr-2020');

describe('the MIX regional pilots’ figures belong to their consortia (mix-2016 sec. II.C)', () => {
  const paragraph = (start: string) => fold(mix.slice(mix.indexOf(start), mix.indexOf('\n', mix.indexOf(start))));
  const cases = [
    { id: 'health2care', start: 'In Auvergne Rhône Alpes, 34 promising projects', says: ['34 promising projects', 'of which 20 were presented', 'selected 9 of them', 'co-financing of 30%', 'Health2CARE consortium'], numbers: [34, 20, 9, 30] },
    { id: 'c3-saxony', start: 'In C3-Saxony 44 projects', says: ['In C3-Saxony 44 projects', '21 of them received innovation vouchers'], numbers: [44, 21] },
    { id: 'nano4health', start: 'The *Nano4Health project* has developed', says: ['In total 9 projects were supported', 'more than 25 bi-lateral collaboration agreements'], numbers: [9] },
  ];
  for (const c of cases)
    it(`${c.id}: the paragraph gives the figures to the project and names no member cluster`, () => {
      const text = paragraph(c.start);
      for (const s of c.says) expect(text).toContain(s);
      for (const member of ['Minalogic', 'LyonBiop', 'Lyonbiop', 'Silicon Saxony', 'BioSaxony', 'DSP Valley', 'FlandersBio']) expect(text).not.toContain(member);
      expect(figuresOf(c.id).flatMap((f) => (f.number === null ? [] : [f.number]))).toEqual(c.numbers);
      for (const f of figuresOf(c.id)) expect(f.locator).toContain('sec. II.C');
      // No member keeps a copy of them.
      expect(facts.filter((f) => f.locator === figuresOf(c.id)[0]?.locator)).toEqual([]);
    });
});

describe('the partnership figures of the HSE case studies belong to the projects (hse-2019 ch. 3)', () => {
  it('ReproUnion: 13 clinics and research centres, half its funding from the ERDF, 10% from companies', () => {
    expect(hse).toContain('ReproUnion comprises 13 clinics and research centres');
    expect(hse).toContain('Fifty per cent of the project funding is provided by the EU Regional Development Fund');
    expect(hse).toContain("The companies' share in ReproUnion funding is 10%");
    expect(figuresOf('reprounion').map((f) => f.value)).toEqual(expect.arrayContaining(['13', '50%', '10%']));
  });

  it('the Pilot Acceleration Brokers, SMARTHEALTH, InnoBB and ProVaHealth figures are the projects’', () => {
    expect(fold(hse)).toContain('Three brokers, one of whom was Health Valley Netherlands, worked for five months');
    expect(hse).toContain('launched the SMARTHEALTH project (the budget is 494,500 euros)');
    expect(hse).toContain('one of five cluster initiatives implemented in the scope of Berlin and Brandenburg');
    expect(hse).toContain('The ProVaHealth project partners are ScanBalt');
    expect(figuresOf('smarthealth-interreg').map((f) => f.value)).toContain('494,500 euros');
    expect(figuresOf('pilot-acceleration-brokers').map((f) => f.number)).toEqual(expect.arrayContaining([3, 5, 50000]));
    expect(figuresOf('innobb').map((f) => f.number)).toEqual(expect.arrayContaining([5, 2007]));
    expect(figuresOf('provahealth')).toHaveLength(1);
  });
});

describe('CEBR as cebr-2020 gives it (issue 24 case 3)', () => {
  const slide = fold(between(cebr, '\nCEBR\n', 'Key working streams'));
  const sig = fold(between(cebr, 'Special Interest Group on Digitalisation', 'Experiences from clusters'));
  const experiences = fold(between(cebr, "Experiences from clusters' involvement", 'CEBR encourages'));

  it('describes it by its slide «CEBR»: Europe and beyond, «+ 38 members», «+15 EU countries»', () => {
    expect(slide).toContain('Connecting the Health and Lifesciences Ecosystems in Europe and beyond');
    const row = rows<Cluster>('clusters').find((c) => c.id === 'cebr');
    expect(row?.described_as).toBe('association connecting the health and life-sciences ecosystems in Europe and beyond');
    for (const id of ['cebr-members-1', 'cebr-international-1']) {
      const value = facts.find((f) => f.id === id)?.value ?? `no ${id}`;
      expect(slide).toContain(value);
    }
  });

  it('gives the Special Interest Group’s facts to the group, as its slide does', () => {
    const mine = figuresOf('cebr-sig-digitalisation');
    expect(mine).toHaveLength(4);
    for (const f of mine) expect(sig).toContain(f.value);
    expect(facts.filter((f) => f.locator.includes('Special Interest Group'))).toEqual([]);
  });

  it('cites as examples the five initiatives of «Experiences from clusters’ involvement», and no more', () => {
    const cited = rows<Partnership>('partnerships').filter((p) => p.cited_by === 'cebr');
    expect(cited.map((p) => p.id)).toEqual(['s3martmed', 'dih-hero', 'safenmt', 'elixir', 'codex4smes']);
    for (const p of cited) expect(experiences).toContain(p.name.split(' (')[0]);
  });

  it('makes the ten recommendations between «CEBR encourages» and «Key recommendations»', () => {
    const block = cebr.slice(cebr.indexOf('CEBR encourages'), cebr.indexOf('Key recommendations'));
    const bullets = block.split('\n').filter((l) => l.startsWith('- ')).length;
    const paragraphs = block.split('\n').filter((l) => l.trim() && !l.startsWith('- ') && !l.startsWith('CEBR encourages')).length;
    const mine = rows<Recommendation>('recommendations').filter((r) => r.cluster_id === 'cebr');
    expect(mine).toHaveLength(bullets + paragraphs);
    expect(mine.every((r) => r.source === 'cebr-2020' && r.kind === 'recommendation')).toBe(true);
  });
});
