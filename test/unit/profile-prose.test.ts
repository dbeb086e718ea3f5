/**
 * The opening sentences of every cluster profile, built from the real tables:
 * every claim comes from a column of the cluster's row that is filled and whose
 * row names its source and locator, and a city is claimed only where a source
 * gives it.
 */
import { describe, expect, it } from 'vitest';
import { clusterProfile, listInSentence, profileLede, type AtlasTables } from '../../src/lib/profile.ts';
import { shortSource } from '../../src/lib/citation.ts';
import { notesAbout, noteSentence } from '../../src/lib/source-notes.ts';
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

describe('notes on the sources a profile shows', () => {
  const note = (id: string, affects: string[], source = 'mix-2016') =>
    ({ id, topic: 'incomplete', description: `note ${id}`, affects, source, locator: 'whole document' }) as const;

  it('reach a page only when they name its subject or one of its rows', () => {
    const notes = [note('a', ['clusters.csv:cebr']), note('b', ['facts.csv;cebr-members-1']), note('c', ['facts:cebra']), note('d', ['facts.csv'])];
    expect(notesAbout(notes, ['cebr']).map((n) => n.id)).toEqual(['a']);
    expect(notesAbout(notes, ['cebr', 'cebr-members-1']).map((n) => n.id)).toEqual(['a']);
    expect(notesAbout([note('e', ['facts.csv', 'cebr-members-1'])], ['cebr', 'cebr-members-1']).map((n) => n.id)).toEqual(['e']);
    // none match, and a subject with no rows of its own
    expect(notesAbout(notes, ['dsp-valley'])).toEqual([]);
    expect(notesAbout([], ['cebr'])).toEqual([]);
    // all match
    expect(notesAbout([note('f', ['dsp-valley']), note('g', ['facts:dsp-valley'])], ['dsp-valley'])).toHaveLength(2);
  });

  it('read as what the note says, with its kind in the words of /about/', () => {
    expect(noteSentence({ topic: 'incomplete', description: 'mix-2016 gives no size.' })).toBe('Incomplete information: mix-2016 gives no size.');
    expect(noteSentence({ topic: 'interpretation', description: 'Filed under «Specialisation».' })).toBe('Our interpretation: Filed under «Specialisation».');
    expect(noteSentence({ topic: 'missing-figure', description: 'Fig. 2.3 is lost.' })).toBe('Figure or table lost in the text: Fig. 2.3 is lost.');
  });

  it('on every real profile, come from a document that names the cluster (a network as much as a cluster)', () => {
    const shown = new Map<string, string[]>();
    for (const c of t.clusters) {
      const p = clusterProfile(t, c.id);
      for (const n of p.notes) expect(p.namedIn, `${c.id} shows note ${n.id} of ${n.source}`).toContain(n.source);
      shown.set(c.id, p.notes.map((n) => n.id));
    }
    // The case of issue 24: the MIX note on the six clusters' missing sizes is not CEBR's; CEBR has its own.
    for (const id of ['dsp-valley', 'flandersbio', 'minalogic', 'lyonbiopole', 'silicon-saxony', 'biosaxony']) expect(shown.get(id)).toContain('h3-12');
    expect(shown.get('cebr')).not.toContain('h3-12');
    expect(shown.get('cebr')).toContain('h3-26');
  });
});
