/** The success-factor explorer's model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { successFactorsPage } from '../../src/lib/success-factors-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const p = successFactorsPage(atlasFrom(buildFrom('data')));

describe('successFactorsPage', () => {
  it('counts the 7 factors, the 31 case studies and the 9 clusters they come from', () => {
    expect(p.factors.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(p.caseStudies).toBe(31);
    expect(p.clusters).toHaveLength(9);
    expect(p.clusters.slice(0, 2).map((c) => c.name)).toEqual(['Connected Health', 'Eurasanté']);
  });

  it('ties each aspect of the MIMC comparison to its factor, and aspect 2 to none', () => {
    // mimc-comparison.csv: aspects 1–7; aspect 2 names no factor.
    expect(p.mimc.map(({ row, factor }) => [row.aspect, factor?.number ?? null])).toEqual([
      [1, 1],
      [2, null],
      [3, 2],
      [4, 5],
      [5, 4],
      [6, 6],
      [7, 3],
    ]);
  });
});
