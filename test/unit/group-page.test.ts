/** A group's page model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { groupFiguresData, groupFiguresSortKeys } from '../../src/lib/chart-kinds/group-figures.ts';
import { clusterSortSpec } from '../../src/lib/cluster-table.ts';
import { groupPage } from '../../src/lib/group-page.ts';
import { encodeState, readState } from '../../src/lib/url-state.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));
const tourism = groupPage(a, 'international-medical-tourism-clusters');
const hightech = groupPage(a, 'global-high-technology-medicine-clusters');
const research = groupPage(a, 'world-class-biomedical-research-clusters');

describe('groupPage', () => {
  it('lists the group’s sample clusters by name, each with how it was placed', () => {
    // clusters.csv: ten rows of group 3, all `elimination`; the report's text says 11 (groups.csv stated_count).
    expect(tourism.group.number).toBe(3);
    expect(tourism.members.map((m) => m.cluster.id)).toEqual([
      'health-romania',
      'kvarner-health-tourism-cluster',
      'lithuanian-medical-tourism-cluster',
      'medellin-health-city',
      'medical-travel-international',
      'mental-health-cluster-of-catalonia',
      'monterrey-healthcare-city-cluster',
      'polish-innovative-medical-cluster',
      'promed',
      'wellness-serbia',
    ]);
    expect(tourism.group.stated_count).toBe(11);
    expect(new Set(tourism.members.map((m) => m.basis))).toEqual(new Set(['placed by elimination']));
    expect(tourism).toMatchObject({ placedByElimination: true, placedByText: false });
    expect(hightech.members).toHaveLength(10);
    expect(hightech).toMatchObject({ placedByText: true, placedByElimination: false });
    expect(research.members).toHaveLength(20);
    expect(new Set(research.members.map((m) => m.basis))).toEqual(new Set(['listed in the report’s figure of the group']));
  });

  it('gives its column of table 2.1 in the table’s order, in the report’s words, with source and locator', () => {
    expect(tourism.column).toHaveLength(9);
    expect(tourism.column[0]).toMatchObject({ label: 'Home countries', cell: { value: 'European and Latin American countries', source: 'hse-2019', locator: 'table 2.1' } });
    // The group 3 cell of «Establishment initiative» comes from the text of ch. 2, not the table.
    expect(tourism.column.find((c) => c.characteristic === 'establishment-initiative')?.cell).toMatchObject({
      value: 'Predominantly private initiatives',
      locator: 'ch. 2 «Group 3»',
    });
    // ESCA management quality: a row with no value and a note saying why.
    const esca = tourism.column.find((c) => c.characteristic === 'esca-management-quality')?.cell;
    expect(esca?.value).toBeNull();
    expect(esca?.note).toMatch(/not available to us/);
  });

  it('lists the clusters table 2.2 names under this group for each target model, and no other', () => {
    expect(tourism.models.map((m) => m.model.number)).toEqual([1, 2, 3, 4]);
    const examples = Object.fromEntries(tourism.models.map((m) => [m.model.id, m.examples.map((e) => e.cluster.id)]));
    expect(examples['coordinating-regional-healthcare-players']).toEqual([
      'kvarner-health-tourism-cluster',
      'medellin-health-city',
      'monterrey-healthcare-city-cluster',
    ]);
    expect(examples['medical-tourism-services-chain']).toEqual(['kvarner-health-tourism-cluster', 'lithuanian-medical-tourism-cluster']);
    const hightechExamples = hightech.models.flatMap((m) => m.examples);
    expect(hightechExamples).toHaveLength(9);
    expect(hightechExamples.every((e) => e.link.listed_under_group === 'global-high-technology-medicine-clusters')).toBe(true);
    expect(hightech.models.find((m) => m.model.id === 'global-network')?.examples.map((e) => e.cluster.id)).toEqual([
      'bioohio',
      'healthcapital-berlin-brandenburg',
      'life-science-nord',
      'massbio',
      'medical-alley',
    ]);
  });

  it('gives the success factors its members’ case studies evidence, with those cases and their quotes', () => {
    // case-studies.csv: group 3's two cases are both Lithuania's, under SF1 and SF2.
    expect(tourism.factors.map((f) => f.factor.number)).toEqual([1, 2]);
    expect(tourism.factors.map((f) => f.cases.map((c) => c.study.id))).toEqual([['one-cluster-one-brand'], ['one-window']]);
    expect(tourism.factors[1]?.cases[0]?.quotes.map((q) => q.id)).toEqual(['one-window-q1', 'one-window-q2']);
    expect(tourism.factors[0]?.clusters.map((c) => c.id)).toEqual(['lithuanian-medical-tourism-cluster']);
    // Every case of group 2 is of a group 2 cluster; 23 of the 31 case studies.
    const researchCases = research.factors.flatMap((f) => f.cases);
    expect(researchCases).toHaveLength(23);
    expect(researchCases.every((c) => c.cluster.group === 'world-class-biomedical-research-clusters')).toBe(true);
    expect(hightech.factors.flatMap((f) => f.cases)).toHaveLength(6);
  });

  it('gives its members’ comparable figures, only the indicators some member reports as columns', () => {
    // cluster-indicator-values.csv: one value for group 3, Lithuania's founding year (facts.csv: 2013).
    expect(tourism.figures.indicators.map((i) => i.id)).toEqual(['founded']);
    expect(tourism.figures.unreported).toContain('Member organisations');
    expect(tourism.figures.unreported).toHaveLength(11);
    const lithuania = tourism.figures.rows.find((r) => r.cluster.id === 'lithuanian-medical-tourism-cluster');
    expect(lithuania?.values.get('founded')?.display).toBe('2013');
    expect(tourism.figures.rows.find((r) => r.cluster.id === 'promed')?.values.size).toBe(0);
    expect(tourism.figures.rows).toHaveLength(10);
  });

  it('links to the other groups, by number', () => {
    expect(research.others.map((g) => g.number)).toEqual([1, 3]);
  });

  it('throws, naming the id, for a group that does not exist', () => {
    expect(() => groupPage(a, 'group-4')).toThrow(/group-4/);
    expect(() => groupPage(a, '')).toThrow();
  });
});

describe('the table of a group’s figures as data', () => {
  it('has one row per member and indicator shown, with the fact’s value, source and locator, «not reported» without one', () => {
    const table = groupFiguresData(tourism.figures);
    expect(table.columns.map((c) => c.name)).toEqual(['cluster', 'cluster_id', 'indicator', 'value', 'detail', 'as_of', 'source', 'locator']);
    // Ten clusters × the one indicator any of them reports (founded).
    expect(table.rows).toHaveLength(10);
    // facts.csv lithuanian-medical-tourism-cluster-founding-1: 2013, hse-2019, ch. 3 SF2 «One Window».
    expect(table.rows.find((r) => r.key === 'lithuanian-medical-tourism-cluster')?.cells).toEqual([
      'Lithuanian Medical Tourism Cluster',
      'lithuanian-medical-tourism-cluster',
      'Founded',
      '2013',
      null,
      '2013',
      'hse-2019',
      'ch. 3 SF2 «One Window»',
    ]);
    expect(table.rows.find((r) => r.key === 'promed')?.cells.slice(2)).toEqual(['Founded', 'not reported', null, null, null, null]);
  });

  it('sorts by the columns of the table, by name unless the address says otherwise', () => {
    const spec = clusterSortSpec(groupFiguresSortKeys(['founded']));
    expect(readState('?sort=-founded', spec).state.sort).toEqual({ key: 'founded', reversed: true });
    const bad = readState('?sort=staff&group=1', spec);
    expect(bad.state.sort).toEqual({ key: 'name', reversed: false });
    expect(bad.ignored.map((i) => i.key)).toEqual(['group', 'sort']);
    expect(encodeState({ sort: { key: 'countries', reversed: false } }, spec)).toBe('?sort=countries');
  });
});
