/** The URL state of /compare/ (src/lib/compare-state.ts): what is kept, what is named and dropped. */
import { describe, expect, it } from 'vitest';
import { addCluster, compareSearch, droppedMessages, needsRewrite, parseCompareState, removeCluster } from '../../src/lib/compare-state.ts';

const known = new Set(['medicon-valley', 'eurasante', 'biocat', 'massbio', 'biom']);
const name = (id: string) => ({ 'medicon-valley': 'Medicon Valley', eurasante: 'Eurasanté' })[id] ?? id;

describe('parseCompareState', () => {
  it('keeps known ids in the order given', () => {
    const s = parseCompareState('?clusters=eurasante,medicon-valley', known);
    expect(s).toEqual({
      ids: ['eurasante', 'medicon-valley'],
      unknown: [],
      repeated: [],
      excess: [],
      otherParams: [],
    });
    expect(needsRewrite('?clusters=eurasante,medicon-valley', s)).toBe(false);
  });

  it('names unknown ids and drops them', () => {
    const s = parseCompareState('clusters=eurasante,atlantis,medicon-valley,', known);
    expect(s.ids).toEqual(['eurasante', 'medicon-valley']);
    expect(s.unknown).toEqual(['atlantis']);
    expect(droppedMessages(s, name)).toEqual(['No cluster has the id «atlantis»: it was left out.']);
    expect(compareSearch(s.ids)).toBe('?clusters=eurasante,medicon-valley');
  });

  it('shows a repeated id once and says so', () => {
    const s = parseCompareState('?clusters=eurasante,medicon-valley,eurasante,eurasante', known);
    expect(s.ids).toEqual(['eurasante', 'medicon-valley']);
    expect(s.repeated).toEqual(['eurasante']);
    expect(droppedMessages(s, name)).toEqual(['«Eurasanté» was given more than once: shown once.']);
    expect(needsRewrite('?clusters=eurasante,medicon-valley,eurasante,eurasante', s)).toBe(true);
  });

  it('keeps the first four and names the rest', () => {
    const s = parseCompareState('?clusters=eurasante,medicon-valley,biocat,massbio,biom', known);
    expect(s.ids).toEqual(['eurasante', 'medicon-valley', 'biocat', 'massbio']);
    expect(s.excess).toEqual(['biom']);
    expect(droppedMessages(s, name)).toEqual(['At most 4 clusters fit side by side: «biom» was left out.']);
  });

  it('reads the repeated parameters a GET form sends, and names parameters it does not use', () => {
    const s = parseCompareState('?clusters=biocat&clusters=massbio&group=2', known);
    expect(s.ids).toEqual(['biocat', 'massbio']);
    expect(s.otherParams).toEqual(['group']);
    expect(droppedMessages(s, name)).toEqual(['This view does not use «group»: left out of the address.']);
    expect(needsRewrite('?clusters=biocat&clusters=massbio&group=2', s)).toBe(true);
  });

  it('is empty, with nothing to name, for no parameter, an empty one or only commas', () => {
    for (const q of ['', '?', '?clusters=', '?clusters=,,']) {
      const s = parseCompareState(q, known);
      expect(s.ids, q).toEqual([]);
      expect(droppedMessages(s, name), q).toEqual([]);
    }
    expect(compareSearch([])).toBe('');
    expect(needsRewrite('', parseCompareState('', known))).toBe(false);
    expect(needsRewrite('?clusters=', parseCompareState('?clusters=', known))).toBe(true);
  });

  it('does not let a crafted value through: it is only ever named as given', () => {
    const s = parseCompareState('?clusters=%3Cimg%20src%3Dx%3E,eurasante', known);
    expect(s.ids).toEqual(['eurasante']);
    expect(s.unknown).toEqual(['<img src=x>']);
  });
});

describe('add and remove', () => {
  it('add at the end, never twice, never beyond four', () => {
    expect(addCluster(['eurasante'], 'biocat')).toEqual(['eurasante', 'biocat']);
    expect(addCluster(['eurasante'], 'eurasante')).toEqual(['eurasante']);
    expect(addCluster(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('remove keeps the order of the rest', () => {
    expect(removeCluster(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeCluster(['a'], 'z')).toEqual(['a']);
  });
});
