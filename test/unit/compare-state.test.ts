/** The URL state of /compare/ (src/lib/compare-state.ts, read by src/lib/url-state.ts): what is kept, what is named and dropped. */
import { describe, expect, it } from 'vitest';
import { addCluster, compareSearch, compareSelectionStatus, compareStateSpec, removeCluster } from '../../src/lib/compare-state.ts';
import { ignoredMessage, readState } from '../../src/lib/url-state.ts';

const spec = compareStateSpec(['medicon-valley', 'eurasante', 'biocat', 'massbio', 'biom']);

describe('the compare view’s address', () => {
  it('keeps known ids in the order given, and a canonical address as it is', () => {
    const read = readState('?clusters=eurasante,medicon-valley', spec);
    expect(read).toEqual({ state: { clusters: ['eurasante', 'medicon-valley'] }, ignored: [], search: '?clusters=eurasante,medicon-valley' });
  });

  it('names unknown, repeated and surplus ids and other parameters, and drops them', () => {
    const read = readState('?clusters=eurasante,atlantis,medicon-valley,eurasante,biocat,massbio,biom&group=2', spec);
    expect(read.state.clusters).toEqual(['eurasante', 'medicon-valley', 'biocat', 'massbio']);
    expect(read.search).toBe('?clusters=eurasante,medicon-valley,biocat,massbio');
    expect(ignoredMessage(read.ignored)).toBe(
      'Ignored: “group” (not a setting of this view); clusters “atlantis” (no such cluster); clusters “eurasante” (given more than once); clusters “biom” (at most 4 at a time).',
    );
  });

  it('reads the repeated parameters a GET form sends, and writes one comma-separated parameter', () => {
    expect(readState('?clusters=biocat&clusters=massbio', spec).search).toBe('?clusters=biocat,massbio');
    expect(compareSearch(['biocat', 'massbio'])).toBe('?clusters=biocat,massbio');
    expect(compareSearch(['medicon-valley'])).toBe('?clusters=medicon-valley');
    expect(compareSearch([])).toBe('');
  });

  it('keeps one cluster (the page asks for another) and none (the page shows an example), naming nothing', () => {
    expect(spec.clusters.min).toBe(2);
    expect(readState('?clusters=biom', spec)).toEqual({ state: { clusters: ['biom'] }, ignored: [], search: '?clusters=biom' });
    expect(readState('?clusters=,,', spec)).toEqual({ state: { clusters: [] }, ignored: [], search: '' });
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

describe('what the clusters table says of the clusters ticked', () => {
  it('none, one, enough and too many', () => {
    expect(compareSelectionStatus(0)).toBe('Tick 2 to 4 clusters in the Name column, then compare them side by side.');
    expect(compareSelectionStatus(1)).toBe('One cluster selected: tick at least one more.');
    expect(compareSelectionStatus(2)).toBe('2 clusters selected.');
    expect(compareSelectionStatus(4)).toBe('4 clusters selected.');
    expect(compareSelectionStatus(6)).toBe('6 clusters selected: at most 4 fit side by side; untick 2.');
  });
});
