/** A success factor's page model over the real tables, checked against data/*.csv. */
import { describe, expect, it } from 'vitest';
import { factorPage } from '../../src/lib/factor-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));

describe('factorPage', () => {
  it('lists the factor’s case studies in the order of case-studies.csv, each with its cluster', () => {
    const p = factorPage(a, 'communication-as-the-ultimate-value');
    expect(p.cases.map((c) => [c.study.id, c.cluster.id])).toEqual([
      ['in-cluster-networks', 'medicon-valley'],
      ['communication-ecosystem', 'health-valley-netherlands'],
      ['from-words-to-projects', 'healthcapital-berlin-brandenburg'],
      ['welcome-to-the-group', 'life-science-nord'],
      ['individual-approach', 'health-tech-cluster-switzerland'],
      ['one-cluster-one-brand', 'lithuanian-medical-tourism-cluster'],
    ]);
    expect(p.cases[0]?.quotes).toHaveLength(3);
    expect(p.practices).toHaveLength(6);
    expect(p.clusters.map((c) => c.name)).toEqual([...p.clusters.map((c) => c.name)].sort((x, y) => x.localeCompare(y, 'en')));
  });

  it('names a partnership’s figures in a case as the partnership’s, after the cluster’s own', () => {
    const reprounion = factorPage(a, 'support-from-the-regional-authorities').cases.find((c) => c.study.id === 'reprounion-project-two-regions-common-success');
    const labels = reprounion?.facts.map((f) => f.label) ?? [];
    expect(labels).toHaveLength(4 + 7);
    expect(labels.slice(4)).toContain('ReproUnion: Clinics and research centres taking part');
  });

  it('shows the effects ch. 1 cites the same clusters for', () => {
    const p = factorPage(a, 'support-from-the-regional-authorities');
    expect(p.effects.map((e) => [e.effect.id, e.clusters.map((c) => c.id)])).toEqual([
      ['treatment-continuity', ['health-valley-netherlands']],
      ['optimisation-of-medical-processes', ['health-valley-netherlands']],
      ['more-healthcare-start-ups', ['health-valley-netherlands']],
    ]);
  });

  it('pages through the factors by number, and refuses an unknown id', () => {
    const first = factorPage(a, 'communication-as-the-ultimate-value');
    expect(first.previous).toBeNull();
    expect(first.next?.id).toBe('interdisciplinary-cooperation');
    expect(factorPage(a, 'comprehensive-approach-to-supporting-innovation').next).toBeNull();
    expect(() => factorPage(a, 'no-such-factor')).toThrow('success-factors: no row with id «no-such-factor»');
  });
});
