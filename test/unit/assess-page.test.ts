/** The assessment page's model over the real tables, checked against data/*.csv by hand. */
import { describe, expect, it } from 'vitest';
import { assessPage } from '../../src/lib/assess-page.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const p = assessPage(atlasFrom(buildFrom('data')));
const G1 = 'global-high-technology-medicine-clusters';

describe('assessPage', () => {
  it('asks the 15 indicators under the three categories of fig. 2.2, each with its indicator row', () => {
    // indicators.csv: home-country 6, members 5, management 4.
    expect(p.categories.map((c) => [c.name, c.questions.length])).toEqual([
      ['Home country', 6],
      ['Members', 5],
      ['Management', 4],
    ]);
    for (const c of p.categories) for (const { question, indicator } of c.questions) expect(question.id).toBe(indicator.id);
    expect(p.script.questions).toHaveLength(15 + p.profileQuestions.length);
  });

  it('sets each group’s expectation beside each question, with the words it rests on only when they add to it', () => {
    expect(p.worksheet.map((s) => s.title)).toEqual(['Home country', 'Members', 'Management', 'Table 2.1 (not scored)']);
    const cell = (question: string) => p.worksheet.flatMap((s) => s.rows).find((r) => r.question.id === question)?.cells.find((c) => c.groupId === G1);
    // group-profile-points.csv, group 1: biomedical-rd expects yes, from «Biomedical R&D (100% of clusters)».
    expect(cell('biomedical-rd')).toMatchObject({ groupNumber: 1, expected: 'Yes', reading: 'Biomedical R&D (100% of clusters)' });
    // start-ups: nothing expected, but the report's words; bloomberg-healthcare-efficiency: neither.
    expect(cell('start-ups')).toMatchObject({ expected: null, reading: 'supporting start-ups (over 45%)' });
    expect(cell('bloomberg-healthcare-efficiency')).toMatchObject({ expected: null, reading: null });
  });

  it('gives each group its clusters, the models table 2.2 cites them for and their case studies by factor', () => {
    const [first] = p.nextReads;
    expect(first?.group.id).toBe(G1);
    expect(first?.members).toHaveLength(10);
    // cluster-target-models.csv under group 1: model 1 four times, model 3 (global-network) five times; target-models.csv order.
    expect(first?.models.map((m) => [m.model.id, m.examples])).toEqual([
      ['coordinating-regional-healthcare-players', 4],
      ['global-network', 5],
    ]);
    // case-studies.csv: six cases of group 1 clusters, factors 1, 1, 2, 3, 3, 7.
    expect(first?.cases.map((c) => c.factor.number)).toEqual([1, 1, 2, 3, 3, 7]);
    expect(first?.cases.map((c) => c.study.id)).toEqual([
      'from-words-to-projects',
      'welcome-to-the-group',
      'healthcare-under-the-clusters-umbrella',
      'balanced-interests',
      'ppp-based-management',
      'innovation-infrastructure-hub',
    ]);
  });

  it('hands the script every profile point and the groups by number', () => {
    expect(p.script.points).toHaveLength(45);
    expect(p.script.groups.map((g) => g.number)).toEqual([1, 2, 3]);
  });
});
