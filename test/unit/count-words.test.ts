/**
 * The sentences the pages compose from counts (src/lib/count-words.ts and the
 * page modules that build on it), fed the edge cases: none, one, many, a
 * missing value, and a network or project rather than a cluster.
 */
import { describe, expect, it } from 'vitest';
import { locationCounts, notesHeading } from '../../src/lib/about-page.ts';
import { firstOfAll, tablePagerLine, tablePageRange, tablePageTitle } from '../../src/lib/cluster-list-page.ts';
import { countOf, countOfCapitalised } from '../../src/lib/count-words.ts';
import { archiveTables } from '../../src/lib/data-page.ts';
import { matrixLabel, matrixReading } from '../../src/lib/factor-matrix.ts';
import { caseFactsSummary, factorCasesCount, factorPageDescription } from '../../src/lib/factor-page.ts';
import { groupCount, groupFiguresCount, groupMembersHeading, groupPageDescription, quotesSummary, reportedOf } from '../../src/lib/group-page.ts';
import { instrumentChartLabel, instrumentChartReading } from '../../src/lib/guide-view.ts';
import { effectsLede } from '../../src/lib/landscape-page.ts';
import { modelExamplesLine } from '../../src/lib/overview.ts';
import { partnershipsLede } from '../../src/lib/partnership-page.ts';
import type { SupportInstrument } from '../../src/lib/schema/tables.ts';
import { successFactorsLede } from '../../src/lib/success-factors-page.ts';
import { actorWords, stepTitle } from '../../src/lib/value-chain-view.ts';

describe('countOf', () => {
  it('writes none as «no», one in words and more in digits', () => {
    expect(countOf(0, 'case study', 'case studies')).toBe('no case studies');
    expect(countOf(1, 'case study', 'case studies')).toBe('one case study');
    expect(countOf(2, 'case study', 'case studies')).toBe('2 case studies');
    expect(countOf(1200, 'cluster', 'clusters')).toBe('1,200 clusters');
  });

  it('says a missing count is not reported, and refuses what is not a count', () => {
    expect(countOf(null, 'cluster', 'clusters')).toBe('an unreported number of clusters');
    expect(countOf(undefined, 'cluster', 'clusters')).toBe('an unreported number of clusters');
    expect(() => countOf(-1, 'cluster', 'clusters')).toThrow('whole number');
    expect(() => countOf(1.5, 'cluster', 'clusters')).toThrow('whole number');
  });

  it('capitalises for the start of a sentence', () => {
    expect(countOfCapitalised(0, 'quote', 'quotes')).toBe('No quotes');
    expect(countOfCapitalised(1, 'quote', 'quotes')).toBe('One quote');
    expect(countOfCapitalised(3, 'quote', 'quotes')).toBe('3 quotes');
  });
});

describe('a group’s pages', () => {
  const group = { number: 3, name: 'International Medical Tourism Clusters' };

  it('describe the group by its number of clusters', () => {
    expect(groupPageDescription(group, 12)).toBe(
      'Group 3 of the HSE 2019 study, International Medical Tourism Clusters: its 12 clusters, its column of table 2.1, the report’s target-model examples, its members’ case studies and figures.',
    );
    expect(groupPageDescription(group, 1)).toContain('its one cluster,');
  });

  it('head the list of members with its count', () => {
    expect(groupMembersHeading(12)).toBe('Its 12 clusters');
    expect(groupMembersHeading(1)).toBe('Its one cluster');
    expect(groupMembersHeading(0)).toBe('No clusters listed');
  });

  it('say where the report states another number of clusters than the atlas lists, or none', () => {
    expect(groupCount(12, 12)).toEqual({ count: '12 clusters', discrepancy: null });
    expect(groupCount(12, 13)).toEqual({ count: '12 clusters', discrepancy: 'the report states 13; see the note below' });
    expect(groupCount(1, 2)).toEqual({ count: 'one cluster', discrepancy: 'the report states 2; see the note below' });
    expect(groupCount(0, 0)).toEqual({ count: 'no clusters', discrepancy: null });
    expect(groupCount(5, null)).toEqual({ count: '5 clusters', discrepancy: 'the report states no number; see the note below' });
  });

  it('count a case’s quotes, the clusters of the figures table and the values reported per column', () => {
    expect(quotesSummary(1)).toBe('A quote from the interview');
    expect(quotesSummary(4)).toBe('4 quotes from the interview');
    expect(quotesSummary(0)).toBe('No quotes from the interview');
    expect(groupFiguresCount(12, 3)).toBe('the 12 clusters of group 3');
    expect(groupFiguresCount(1, 3)).toBe('the one cluster of group 3');
    expect(groupFiguresCount(0, 3)).toBe('no cluster of group 3');
    expect(reportedOf(5, 12)).toBe('5 of 12 clusters');
    expect(reportedOf(0, 12)).toBe('0 of 12 clusters');
    expect(reportedOf(1, 1)).toBe('1 of 1 cluster');
  });
});

describe('a success factor’s page and the explorer', () => {
  it('count the cases and the clusters they come from', () => {
    expect(factorCasesCount(6, 4)).toEqual({ cases: '6 case studies', clusters: 'from 4 clusters:' });
    expect(factorCasesCount(1, 1)).toEqual({ cases: 'One case study', clusters: 'from one cluster:' });
    expect(factorCasesCount(0, 0)).toEqual({ cases: 'No case studies', clusters: '' });
    expect(factorPageDescription('Openness', 1)).toBe('Openness: what it means and the one case study behind it.');
    expect(factorPageDescription('Openness', 7)).toBe('Openness: what it means and the 7 case studies behind it.');
    expect(caseFactsSummary(3)).toBe('Facts this case reports (3)');
  });

  it('state the explorer’s counts beside the foreword’s 30', () => {
    expect(successFactorsLede(25, 7, 38)).toBe(
      'The HSE study interviewed the managers of 25 clusters and drew 7 success factors from 38 case studies (chapter 3 has 38; the report’s foreword speaks of 30). See which cluster’s cases back which factor, and read each case.',
    );
    expect(successFactorsLede(1, 1, 1)).toContain('of one cluster and drew one success factor from one case study');
  });

  it('label the matrix and say how many of the sample it leaves out', () => {
    expect(matrixLabel(27, 7, 'factors')).toBe(
      'Matrix of 27 clusters by 7 success factors, rows ordered by number of factors; a filled cell means the cluster has a case study for that factor. The table below gives the same data.',
    );
    expect(matrixReading(13)).toMatch(/ The other 13 clusters of the sample were not interviewed\.$/);
    expect(matrixReading(1)).toMatch(/ The other cluster of the sample was not interviewed\.$/);
    expect(matrixReading(0)).toBe('Each filled cell is a case study (a number counts several); it links to the case. Colour shows the cluster’s group.');
  });
});

describe('/partnerships/ (networks and projects, not clusters)', () => {
  it('counts the partnerships and those without a member among the atlas’s clusters', () => {
    expect(partnershipsLede(36, 12)).toBe(
      'The 36 meta-clusters, joint projects, networks and programmes the sources name, in which clusters act together. 12 of them have no member among the atlas’s clusters: the source names them without saying which clusters take part.',
    );
    expect(partnershipsLede(36, 1)).toContain('together. One of them has no member among the atlas’s clusters: the source names it without');
    expect(partnershipsLede(36, 0)).toContain('together. Each has a member among the atlas’s clusters.');
    expect(partnershipsLede(3, 3)).toContain('together. None of them has a member among the atlas’s clusters');
    expect(partnershipsLede(1, 1)).toBe(
      'The one meta-cluster, joint project, network or programme the sources name, in which clusters act together. It has no member among the atlas’s clusters: the source names it without saying which clusters take part.',
    );
    expect(partnershipsLede(0, 0)).toBe('The sources name no meta-cluster, joint project, network or programme in which clusters act together.');
  });
});

describe('/about/, /data/, the landscape and the home page', () => {
  it('head each source’s notes with their count', () => {
    expect(notesHeading('hse-2019', 12)).toBe('HSE 2019: 12 notes');
    expect(notesHeading('cebr-2020', 1)).toBe('CEBR 2020: one note');
    expect(notesHeading('bioxclusters', 0)).toBe('bioXclusters: no notes');
  });

  it('count the points by precision and the places the atlas chose', () => {
    expect(locationCounts({ city: 60, region: 1, country: 0 }, 12)).toEqual({ city: '60 clusters', region: 'one cluster', country: 'no clusters', chosen: '12' });
    expect(locationCounts({ city: 2, region: 0, country: 0 }, 1).chosen).toBe('one');
    expect(locationCounts({ city: 2, region: 0, country: 0 }, 0).chosen).toBe('none');
  });

  it('count the tables of the zip, the positive effects and a model’s examples', () => {
    expect(archiveTables(39)).toBe('the 39 tables as CSV and JSON');
    expect(archiveTables(1)).toBe('the one table as CSV and JSON');
    expect(effectsLede(14, 4)).toBe('The report’s first chapter describes 14 positive effects for 4 kinds of beneficiary, with clusters as examples.');
    expect(effectsLede(1, 1)).toContain('describes one positive effect for one kind of beneficiary,');
    expect(modelExamplesLine(['A', 'B', 'C'])).toBe('3 clusters named as examples: A, B, C.');
    expect(modelExamplesLine(['A'])).toBe('One cluster named as an example: A.');
    expect(modelExamplesLine([])).toBe('No cluster named as an example.');
  });
});

describe('the lists and tables of clusters', () => {
  it('say how many of the clusters a list shows', () => {
    expect(firstOfAll(100, 150)).toBe('The first 100 of 150, by name:');
    expect(firstOfAll(69, 69)).toBe('All 69:');
    expect(firstOfAll(0, 0)).toBe('All 0:');
  });

  it('title and describe a page of the table of all clusters', () => {
    expect(tablePageTitle(1, 1)).toBe('All clusters');
    expect(tablePageTitle(2, 3)).toBe('All clusters, page 2 of 3');
    expect(tablePageRange(101, 150, 150, 2, 2)).toBe(': 101 to 150 of 150, by name (page 2 of 2)');
    expect(tablePagerLine(150, 100)).toBe('150 clusters, 100 a page.');
    expect(tablePagerLine(1, 100)).toBe('One cluster, 100 a page.');
  });
});

describe('the guide’s instruments and the value chains', () => {
  const instrument = (name: string, amount: number | null): SupportInstrument =>
    ({ name, amount, amount_unit: 'EUR', amount_kind: 'maximum' }) as unknown as SupportInstrument;

  it('label an instruments chart and read its range, or its one instrument', () => {
    expect(instrumentChartLabel('EUR', 9, true)).toBe(
      'Dot chart of the most each of 9 support instruments can pay, in EUR, on a logarithmic scale; the table below gives the same data.',
    );
    expect(instrumentChartLabel('EUR a year', 1, false)).toBe('Dot chart of the amount each of one support instrument can pay, in EUR a year; the table below gives the same data.');
    expect(instrumentChartReading([instrument('Big', 250000), instrument('Small', 15000)], false)).toBe('From up to EUR 15,000 (Small) to up to EUR 250,000 (Big).');
    expect(instrumentChartReading([instrument('Only', 15000)], false)).toBe('Only: up to EUR 15,000.');
    expect(instrumentChartReading([instrument('Only', null)], false)).toBe('Only: amount not stated.');
    expect(instrumentChartReading([], false)).toBe('');
  });

  it('title a step of a chain and name the actors of a stage', () => {
    expect(stepTitle(2, 6, 1)).toBe('Step 2 of 6');
    expect(stepTitle(2, 6, 3)).toBe('Step 2 of 6: 3 stages side by side');
    expect(stepTitle(null, 6, 2)).toBe('Around the whole chain');
    expect(actorWords({ clusters: [], stakeholders: ['hospitals'] })).toEqual({ clusters: '', stakeholders: 'Stakeholder: hospitals' });
    expect(actorWords({ clusters: [{} as never], stakeholders: ['hospitals', 'insurers'] })).toEqual({ clusters: 'Cluster:', stakeholders: 'stakeholders: hospitals; insurers' });
    expect(actorWords({ clusters: [{} as never, {} as never], stakeholders: [] })).toEqual({ clusters: 'Clusters:', stakeholders: '' });
  });
});
