/** The derived table facts-with-clusters and the facts of a set of clusters (src/lib/fact-slices.ts). */
import { describe, expect, it } from 'vitest';
import { factsOfClusters, factsWithClusters } from '../../src/lib/fact-slices.ts';
import type { Cluster, Fact } from '../../src/lib/schema/tables.ts';

const cluster = (id: string, over: Partial<Cluster> = {}): Cluster =>
  ({ id, name: `Name of ${id}`, group: null, countries: ['DE'], in_sample: false, ...over }) as Cluster;
const fact = (id: string, cluster_id: string, over: Partial<Fact> = {}): Fact =>
  ({
    id,
    cluster_id,
    topic: 'members',
    label: 'Members',
    value: 'about 100',
    number: null,
    unit: null,
    period: null,
    case_study_id: null,
    source: 'hse-2019',
    locator: 'fig. 2.1',
    note: null,
    ...over,
  }) as Fact;

describe('factsWithClusters', () => {
  it('gives no rows for no facts', () => {
    expect(factsWithClusters([], [cluster('a')])).toEqual([]);
  });

  it('puts the cluster’s name, group, countries and layer beside each fact, in the facts’ order, the fact’s values unchanged', () => {
    const clusters = [
      cluster('medicon-valley', { name: 'Medicon Valley', group: 'group-two', countries: ['DK', 'SE'], in_sample: true }),
      cluster('cebr', { name: 'Council of European BioRegions' }),
    ];
    const rows = factsWithClusters(
      [fact('cebr-members-1', 'cebr', { value: '52 members', number: 52, unit: 'members' }), fact('medicon-valley-members-1', 'medicon-valley')],
      clusters,
    );
    expect(rows.map((r) => r.id)).toEqual(['cebr-members-1', 'medicon-valley-members-1']);
    // A network outside the sample has no group: the cell stays empty, never guessed.
    expect(rows[0]).toMatchObject({ cluster_name: 'Council of European BioRegions', cluster_group: null, cluster_countries: ['DE'], cluster_in_sample: false });
    expect(rows[0]).toMatchObject({ value: '52 members', number: 52, unit: 'members', source: 'hse-2019', locator: 'fig. 2.1' });
    expect(rows[1]).toMatchObject({ cluster_name: 'Medicon Valley', cluster_group: 'group-two', cluster_countries: ['DK', 'SE'], cluster_in_sample: true });
  });

  it('keeps a fact whose figures are all missing, with its empty cells', () => {
    const [row] = factsWithClusters([fact('a-founding-1', 'a', { number: null, unit: null, period: null })], [cluster('a')]);
    expect(row).toMatchObject({ number: null, unit: null, period: null, value: 'about 100' });
  });

  it('stops on a fact whose cluster is unknown rather than dropping it', () => {
    expect(() => factsWithClusters([fact('x-members-1', 'x')], [cluster('a')])).toThrow(/x-members-1.*x/);
  });
});

describe('factsOfClusters', () => {
  const rows = [fact('a-1', 'a'), fact('b-1', 'b'), fact('a-2', 'a')];
  it('keeps the rows of the clusters asked for, in their order', () => {
    expect(factsOfClusters(rows, new Set(['a'])).map((r) => r.id)).toEqual(['a-1', 'a-2']);
  });
  it('gives every row without a selection and none for an empty one', () => {
    expect(factsOfClusters(rows, undefined)).toHaveLength(3);
    expect(factsOfClusters(rows, new Set())).toEqual([]);
  });
});
