/** The compare view's choices over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { comparePicker } from '../../src/lib/compare-picker.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));

describe('comparePicker', () => {
  it('offers the clusters by group of the sample and then those outside it, each by name', () => {
    // clusters.csv: 10, 20 and 10 sample clusters in groups 1–3, 29 outside the sample.
    const { optionGroups, names } = comparePicker(a, []);
    expect(optionGroups.map((g) => [g.label.split(':')[0], g.clusters.length])).toEqual([
      ['Group 1', 10],
      ['Group 2', 20],
      ['Group 3', 10],
      ['Outside the HSE sample', 29],
    ]);
    expect(optionGroups[0]?.clusters.slice(0, 2).map((c) => c.name)).toEqual(['BioCon Valley', 'BioOhio']);
    expect(names).toHaveLength(69);
    expect(names[0]?.[1].localeCompare(names[1]?.[1] ?? '', 'en')).toBeLessThan(0);
  });

  it('names the example’s clusters in their order, and refuses an id that is no cluster’s', () => {
    expect(comparePicker(a, ['medicon-valley', 'cebr']).exampleNames).toEqual(['Medicon Valley', 'Council of European BioRegions']);
    expect(() => comparePicker(a, ['no-such-cluster'])).toThrow('clusters: no row with id «no-such-cluster»');
  });
});
