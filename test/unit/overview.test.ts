/** The overview page's model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { overviewPage } from '../../src/lib/overview.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const p = overviewPage(atlasFrom(buildFrom('data')));

describe('overviewPage', () => {
  it('counts the sample and the tables the doors quote', () => {
    // clusters.csv: 69 rows, 40 in the sample, Medicon Valley (DK;SE) the one across a border.
    expect(p.stats).toMatchObject({ clusters: 40, crossBorder: 1, outsideSample: 29 });
    expect(p.groups.map((g) => g.number)).toEqual([1, 2, 3]);
    expect(p.counts).toEqual({ targetModels: 4, successFactors: 7, caseStudies: 31, valueChains: 4, indicators: 15 });
  });

  it('lists each group’s sample clusters by name, with its cells of table 2.1 and how they were placed', () => {
    const [first] = p.byGroup;
    expect(first?.clusters.map((c) => c.name)).toEqual([
      'BioCon Valley',
      'BioOhio',
      'BioPark Regensburg',
      'Daegu Medical Cluster',
      'Gesundheitswirtschaft Hamburg',
      'HealthCapital Berlin-Brandenburg',
      'Life Science Nord',
      'MassBio',
      'Medical Alley',
      'Medical Valley EMN',
    ]);
    expect(first?.traits.get('home-country')?.value).toBe('Germany, the United States, and the Republic of Korea');
    // clusters.csv group_basis: group 1 by the report's text, group 3 partly by elimination.
    expect(first?.placedByText).toBe(true);
    expect(p.byGroup[2]?.placedByElimination).toBe(true);
  });

  it('names the examples table 2.2 gives each target model', () => {
    expect(p.models[0]?.examples).toHaveLength(11);
    expect(p.models[0]?.examples).toContain('Medellin Health City');
  });
});
