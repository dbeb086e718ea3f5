/** The about page's model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { aboutPage } from '../../src/lib/about-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const p = aboutPage(atlasFrom(buildFrom('data')));

describe('aboutPage', () => {
  it('counts the clusters outside the sample and how their points were placed', () => {
    // clusters.csv: 69 rows, 40 in the sample; location_precision city 39, region 15, country 15; location_basis atlas 23.
    expect(p.outsideSample).toBe(29);
    expect(p.precision).toEqual({ city: 39, region: 15, country: 15 });
    expect(p.chosen).toBe(23);
  });

  it('gives each source its methodology notes, in the order of sources.csv', () => {
    // methodology-notes.csv by source: hse-2019 60, bioxclusters 11, cebr-2020 6, mix-2016 21, ami4europe-d2.2 20.
    expect(p.notesBySource.map(({ source, notes }) => [source.id, notes.length])).toEqual([
      ['hse-2019', 60],
      ['bioxclusters', 11],
      ['cebr-2020', 6],
      ['mix-2016', 21],
      ['ami4europe-d2.2', 20],
    ]);
    expect(p.sources).toHaveLength(5);
  });
});
