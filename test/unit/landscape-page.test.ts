/** The landscape page's model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { landscapePage } from '../../src/lib/landscape-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const p = landscapePage(atlasFrom(buildFrom('data')));

describe('landscapePage', () => {
  it('counts each group’s sample clusters beside the count the report states', () => {
    // clusters.csv (in_sample true) by group: 10, 20, 10; groups.csv stated_count: 10, 20, 11.
    expect(p.groups.map(({ group, count }) => [group.number, count, group.stated_count])).toEqual([
      [1, 10, 10],
      [2, 20, 20],
      [3, 10, 11],
    ]);
  });

  it('gives table 2.1 one row per characteristic and one cell per group', () => {
    // group-characteristics.csv: 27 rows, 9 characteristics for each of the 3 groups.
    expect(p.traits).toHaveLength(9);
    expect(p.traits[0]?.label).toBe('Home countries');
    for (const row of p.traits) expect(row.cells).toHaveLength(3);
    expect(p.traits[0]?.cells[0]?.value).toBe('Germany, the United States, and the Republic of Korea');
  });

  it('puts the examples of table 2.2 under the group they are listed in', () => {
    // cluster-target-models.csv, model 1 (coordinating-regional-healthcare-players): 4 under group 1, 4 under group 2, 3 under group 3.
    const first = p.models[0];
    expect(first?.model.number).toBe(1);
    expect(first?.byGroup.map((clusters) => clusters.length)).toEqual([4, 4, 3]);
    expect(first?.byGroup[2]?.map((c) => c.name)).toEqual(['Kvarner Health Tourism Cluster', 'Medellin Health City', 'Monterrey Healthcare City Cluster']);
    expect(p.models.map((m) => m.model.number)).toEqual([1, 2, 3, 4]);
  });

  it('sorts the 15 indicators under the three categories of fig. 2.2, named as indicators.csv names them', () => {
    expect(p.indicators.count).toBe(15);
    expect(p.indicators.categories.map((c) => c.name)).toEqual(['Home country', 'Members', 'Management']);
    expect(p.indicators.categories.reduce((n, c) => n + c.indicators.length, 0)).toBe(15);
  });

  it('lists the 9 positive effects under their 4 beneficiaries, with their example clusters', () => {
    expect(p.effects.count).toBe(9);
    expect(p.effects.beneficiaries.map((b) => b.beneficiary.id)).toEqual(['patients', 'science', 'healthcare-system', 'businesses']);
    const patients = p.effects.beneficiaries[0]?.effects ?? [];
    expect(patients.map((e) => e.effect.id).slice(0, 2)).toEqual(['new-integrated-services', 'treatment-continuity']);
    expect(patients[0]?.examples.map((x) => x.cluster.id)).toEqual(['thailand-medical-tourism-cluster', 'lithuanian-medical-tourism-cluster']);
  });

  it('gives the sample: 40 clusters, 5 criteria and the one exclusion as a clause', () => {
    expect(p.stats.clusters).toBe(40);
    expect(p.stats.outsideSample).toBe(29);
    expect(p.criteria).toHaveLength(5);
    expect(p.leftOut).toBe('biopharmaceutical and biotechnology clusters with no clinics among their members were not considered');
    expect(p.partnerships).toBe(25);
  });
});
