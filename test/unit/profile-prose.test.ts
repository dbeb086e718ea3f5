/**
 * The opening sentences of every cluster profile, built from the real tables:
 * every claim comes from a column of the cluster's row that is filled and whose
 * row names its source and locator, and a city is claimed only where a source
 * gives it.
 */
import { describe, expect, it } from 'vitest';
import { clusterProfile, listInSentence, profileLede, type AtlasTables } from '../../src/lib/profile.ts';
import { shortSource } from '../../src/lib/citation.ts';
import { plainGapSentence } from '../../src/lib/source-gaps.ts';
import { buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const t = {
  clusters: rows('clusters'),
  groups: rows('groups'),
  groupCharacteristics: rows('group-characteristics'),
  targetModels: rows('target-models'),
  clusterTargetModels: rows('cluster-target-models'),
  successFactors: rows('success-factors'),
  caseStudies: rows('case-studies'),
  quotes: rows('quotes'),
  facts: rows('facts'),
  partnerships: rows('partnerships'),
  partnershipMembers: rows('partnership-members'),
  positiveEffects: rows('positive-effects'),
  positiveEffectExamples: rows('positive-effect-examples'),
  methodologyNotes: rows('methodology-notes'),
  valueChainActors: rows('value-chain-actors'),
} as AtlasTables;

describe('profile opening sentences', () => {
  it('claim only what a sourced column of the cluster’s row says', () => {
    expect(t.clusters.length).toBeGreaterThan(60);
    for (const c of t.clusters) {
      const p = clusterProfile(t, c.id);
      const lede = profileLede(c, p.namedIn);
      expect(c.source, c.id).toBeTruthy();
      expect(c.locator, c.id).toBeTruthy();
      for (const sentence of lede) {
        for (const claim of sentence.claims) {
          const value = c[claim.field];
          expect(value === null || value === '' || (Array.isArray(value) && value.length === 0), `${c.id}: ${claim.field} is empty`).toBe(false);
          expect(sentence.text, `${c.id}: the sentence prints its claim`).toContain(claim.text);
          if (claim.field === 'city') expect(c.location_basis, `${c.id}: a city only where a source gives it`).toBe('source');
        }
      }
      const text = lede.map((s) => s.text).join(' ');
      // Words that would be claims of their own must come from a claim.
      if (/biomedical/i.test(text)) expect(c.described_as, c.id).toMatch(/biomedical/i);
      if (/based in/.test(text)) expect(lede.flatMap((s) => s.claims).some((x) => x.field === 'city'), c.id).toBe(true);
      if (!c.in_sample) for (const id of p.namedIn) expect(text, `${c.id} names ${id}`).toContain(shortSource(id));
    }
  });

  it('say where a cluster is based only if a source gives the city', () => {
    const byId = new Map(t.clusters.map((c) => [c.id, c]));
    const text = (id: string) => {
      const c = byId.get(id);
      if (!c) throw new Error(`no ${id}`);
      return profileLede(c, clusterProfile(t, id).namedIn).map((s) => s.text).join(' ');
    };
    expect(text('medicon-valley')).not.toContain('based in');
    expect(text('biocom')).not.toContain('based in');
    expect(text('kobe-biomedical-innovation-cluster')).toContain('based in Kobe');
  });

  it('name the source of a cluster outside the sample, also when it is the HSE report itself', () => {
    const biocom = t.clusters.find((c) => c.id === 'biocom');
    if (!biocom) throw new Error('no biocom');
    const text = profileLede(biocom, clusterProfile(t, 'biocom').namedIn).map((s) => s.text).join(' ');
    expect(text).toContain('named in HSE 2019');
    expect(text).not.toContain('another source');
  });

  it('call a cluster what its source calls it', () => {
    for (const id of ['silicon-saxony', 'dsp-valley', 'minalogic', 'erai']) {
      const c = t.clusters.find((x) => x.id === id);
      if (!c) throw new Error(`no ${id}`);
      expect(profileLede(c, [c.source])[0]?.text, id).not.toMatch(/biomedical/i);
    }
  });

  it('join lists as English does', () => {
    expect(listInSentence(['Spain'])).toBe('Spain');
    expect(listInSentence(['Spain', 'France'])).toBe('Spain and France');
    expect(listInSentence(['Spain', 'Germany', 'Italy', 'France'])).toBe('Spain, Germany, Italy and France');
  });
});

describe('notes about our copy of the sources', () => {
  it('read as one plain sentence away from /about/, naming the place in the report', () => {
    const lost = { topic: 'missing-figure', source: 'hse-2019', locator: 'fig. 2.3' } as const;
    expect(plainGapSentence(lost)).toBe('Part of HSE 2019, fig. 2.3, is not available to us; this page follows its text.');
    expect(plainGapSentence({ ...lost, topic: 'garbled' })).toMatch(/not available to us/);
  });

  it('leave notes about the reports’ own content as they are', () => {
    for (const topic of ['contradiction', 'spelling', 'incomplete', 'interpretation'] as const)
      expect(plainGapSentence({ topic, source: 'hse-2019', locator: 'ch. 3' })).toBeNull();
  });
});
