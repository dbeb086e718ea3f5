/** «At a glance» shows counts first (issue 25 point 8): glanceFacts and isHeadlineFigure in src/lib/profile.ts. */
import { describe, expect, it } from 'vitest';
import { clusterProfile, glanceFacts, isHeadlineFigure } from '../../src/lib/profile.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const f = (label: string, value: string, number: number | null = null, period: string | null = null) => ({ label, value, number, period });

describe('isHeadlineFigure', () => {
  it('counts a plain number, digits in the value or a period as a figure, and a list of names as none', () => {
    expect(isHeadlineFigure(f('Companies', '350', 350))).toBe(true);
    expect(isHeadlineFigure(f('Medical institutions', 'more than 30'))).toBe(true);
    expect(isHeadlineFigure(f('Founded', 'late in the decade', null, '1990s'))).toBe(true);
    expect(isHeadlineFigure(f('Major companies', 'Novo Nordisk; Lundbeck'))).toBe(false);
  });
});

describe('glanceFacts', () => {
  it('shows nothing and counts nothing more for no facts', () => {
    expect(glanceFacts([])).toEqual({ facts: [], more: 0 });
  });

  it('puts figures before names, in their own order, and counts the names left behind', () => {
    const names = f('Major companies', 'Novo Nordisk; Lundbeck');
    const others = f('Other companies', 'Ferring; LEO Pharma');
    const nine = f('Universities', 'nine', 9);
    const companies = f('Companies', '350', 350);
    const { facts, more } = glanceFacts([names, nine, others, companies]);
    expect(facts).toEqual([nine, companies]);
    expect(more).toBe(2);
  });

  it('fills up with names when all figures are missing, and shows a lone figure with one name', () => {
    const names = [f('A', 'Alpha'), f('B', 'Beta'), f('C', 'Gamma')];
    expect(glanceFacts(names)).toEqual({ facts: names.slice(0, 2), more: 1 });
    const year = f('Founded', '2004', 2004);
    expect(glanceFacts([...names, year])).toEqual({ facts: [year, names[0]], more: 2 });
  });

  it('shows at most six figures and says how many more there are', () => {
    const figures = Array.from({ length: 8 }, (_, i) => f(`Figure ${i}`, String(i), i));
    const { facts, more } = glanceFacts(figures);
    expect(facts).toEqual(figures.slice(0, 6));
    expect(more).toBe(2);
  });
});

describe('a profile’s glance over the real data', () => {
  const built = buildFrom('data');
  const t = atlasFrom(built);

  it('answers members, founding and staff on every profile, a network’s too, not reported where no fact is given', () => {
    for (const c of t.clusters.rows) {
      const topics = clusterProfile(t, c.id).keyFacts.map((k) => k.topic);
      expect(topics.slice(0, 3), c.id).toEqual(['members', 'founding', 'staff']);
    }
    const withoutFacts = t.clusters.rows.find((c) => !t.facts.rows.some((x) => x.cluster_id === c.id));
    if (withoutFacts) for (const k of clusterProfile(t, withoutFacts.id).keyFacts) expect(k, withoutFacts.id).toMatchObject({ facts: [], more: 0 });
  });

  it('lists Medicon Valley’s member counts before the names of its companies', () => {
    const members = clusterProfile(t, 'medicon-valley').keyFacts.find((k) => k.topic === 'members');
    const shown = members?.facts ?? [];
    const firstName = shown.findIndex((x) => !isHeadlineFigure(x));
    expect(shown.filter(isHeadlineFigure).length).toBeGreaterThan(2);
    if (firstName >= 0) expect(shown.slice(firstName).every((x) => !isHeadlineFigure(x))).toBe(true);
    // The «350 companies» of facts.csv is among the counts shown.
    const companies = t.facts.rows.find((x) => x.cluster_id === 'medicon-valley' && x.topic === 'members' && x.unit === 'companies');
    expect(shown).toContain(companies);
  });
});

describe('a profile’s quotations over the real data', () => {
  const a = atlasFrom(buildFrom('data'));

  it('puts each quotation under its case study, and those of no case study apart', () => {
    // quotes.csv: Medicon Valley's 14 quotations all belong to one of its case studies, three to «In Cluster Networks».
    const mv = clusterProfile(a, 'medicon-valley');
    expect(mv.caseStudies.find((c) => c.study.id === 'in-cluster-networks')?.quotes.map((q) => q.id)).toEqual([
      'in-cluster-networks-q1',
      'in-cluster-networks-q2',
      'in-cluster-networks-q3',
    ]);
    expect(mv.caseStudies.reduce((n, c) => n + c.quotes.length, 0)).toBe(14);
    expect(mv.otherQuotes).toEqual([]);
    // The Moscow cluster has no case study: its 17 quotations stand on their own.
    const mimc = clusterProfile(a, 'moscow-international-medical-cluster');
    expect(mimc.caseStudies).toEqual([]);
    expect(mimc.otherQuotes).toHaveLength(17);
  });
});
