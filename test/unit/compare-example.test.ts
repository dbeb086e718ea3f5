import { describe, expect, it } from 'vitest';
import { exampleIds } from '../../src/lib/compare-data.ts';

describe('the compare view’s example without JavaScript', () => {
  it('takes, per group, the cluster with most indicator values, then most case studies, then the first name', () => {
    const clusters = [
      { id: 'a', name: 'Alpha', group: 'g1' },
      { id: 'b', name: 'Beta', group: 'g1' },
      { id: 'c', name: 'Gamma', group: 'g2' },
      { id: 'd', name: 'Delta', group: 'g2' },
      { id: 'e', name: 'Epsilon', group: 'g3' },
      { id: 'f', name: 'Zeta', group: 'g3' },
      { id: 'x', name: 'Outside', group: null },
    ];
    // g1: b has two values to a's one. g2: one value each, d has a case study. g3: nothing for either: the first name, Epsilon.
    const values = [{ cluster_id: 'a' }, { cluster_id: 'b' }, { cluster_id: 'b' }, { cluster_id: 'c' }, { cluster_id: 'd' }, { cluster_id: 'x' }, { cluster_id: 'x' }, { cluster_id: 'x' }];
    const cases = [{ cluster_id: 'd' }];
    expect(exampleIds(clusters, values, cases)).toEqual(['b', 'd', 'e']);
  });

  it('gives no example for a dataset without groups', () => {
    expect(exampleIds([{ id: 'x', name: 'Outside', group: null }], [], [])).toEqual([]);
  });
});
