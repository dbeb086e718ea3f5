/**
 * The plan of /assess/ over the real tables: the links of data/assessment-links.csv resolved per group
 * and point, the build's check that a link leads toward an answer some group expects, and the plan's
 * words for all-match, none-match and missing answers. Expected values are worked out by hand from the
 * CSV files (group-profile-points.csv, assessment-links.csv, quotes.csv, roadmap-*.csv).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aimedGroup, planPoints, planSections, planSummary, unlinkedReason } from '../../src/lib/assessment-plan.ts';
import { compareWithGroups, questionnaire, type Answers } from '../../src/lib/assessment.ts';
import { atlasFrom, buildFrom, repoRoot } from '../helpers/dataset.ts';

const built = buildFrom('data');
const a = atlasFrom(built);
const questions = questionnaire(a.indicators.rows);
const sections = planSections(a, questions);
const G1 = 'global-high-technology-medicine-clusters';
const G2 = 'world-class-biomedical-research-clusters';
const G3 = 'international-medical-tourism-clusters';
const groupIds = [G1, G2, G3];
const compare = (answers: Answers) => compareWithGroups(answers, a.groupProfilePoints.rows, groupIds);
const label = (id: string) => `group ${a.groups.get(id).number}`;
const section = (group: string, question: string) => sections.find((s) => s.groupId === group && s.question.id === question);
const linkedOf = (group: string) => new Set(sections.filter((s) => s.groupId === group && s.links.length > 0).map((s) => s.question.id));

describe('the links of assessment-links.csv', () => {
  it('build without a problem, and the build refuses a link toward an answer no group expects', () => {
    expect(built.problems).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'assessment-links-'));
    const csv = readFileSync(join(repoRoot, 'data', 'assessment-links.csv'), 'utf8');
    // Group 3 expects «no» on cluster size, nobody expects «no» on innovation infrastructure.
    writeFileSync(join(dir, 'assessment-links.csv'), csv.replace('innovation-infrastructure-factor,innovation-infrastructure,yes', 'innovation-infrastructure-factor,innovation-infrastructure,no'));
    const bad = buildFrom(dir, 'data');
    expect(bad.problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.detail}`)).toEqual([
      "6:3 reference: no group's profile in group-profile-points.csv expects «no» on question «innovation-infrastructure»",
    ]);
  });

  it('each show in the plan of at least one group', () => {
    const shown = new Set(sections.flatMap((s) => s.links.map((l) => l.id)));
    expect(a.assessmentLinks.rows.filter((l) => !shown.has(l.id)).map((l) => l.id)).toEqual([]);
  });
});

describe('a link’s quotation', () => {
  it('must be one of its case study’s own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assessment-quote-'));
    const csv = readFileSync(join(repoRoot, 'data', 'assessment-links.csv'), 'utf8');
    writeFileSync(join(dir, 'assessment-links.csv'), csv.replace('tied-into-a-chain-q2', 'one-window-q1'));
    const problems = buildFrom(dir, 'data').problems.map((p) => `${p.rule} ${p.detail}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^reference .*one-window-q1/);
  });
});

describe('planSections', () => {
  it('gives each group one section per point its profile expects something on, in questionnaire order', () => {
    // group-profile-points.csv, non-empty expectations: group 1 on 12 points, group 2 on 7, group 3 on 7.
    expect(sections.filter((s) => s.groupId === G1)).toHaveLength(12);
    expect(sections.filter((s) => s.groupId === G2).map((s) => s.question.id)).toEqual([
      'bloomberg-healthcare-efficiency',
      'ppp-based-management',
      'home-country',
      'biomedical-rd',
      'competitive-advantage',
      'focus-of-activity',
      'establishment-initiative',
    ]);
    expect(sections.filter((s) => s.groupId === G3)).toHaveLength(7);
  });

  it('resolves the links toward group 1’s size: checkpoints to their step of the guide, a case study with the quotation the link names', () => {
    const size = section(G1, 'cluster-size');
    expect(size?.expectedLabel).toBe('«Yes»');
    expect(size?.links.map((l) => [l.kind, l.href])).toEqual([
      ['Checkpoint', '/guide/#step-2'],
      ['Checkpoint', '/guide/#step-2'],
      ['Checkpoint', '/guide/#step-7'],
      ['Case study', '/success-factors/interdisciplinary-cooperation/#case-tied-into-a-chain'],
    ]);
    expect(size?.links[0]).toMatchObject({
      title: '«Identification of regional scientific stakeholders»',
      context: 'step 2 of the guide, Important Stakeholders',
      source: 'ami4europe-d2.2',
      locator: 'ch. III.2.a «Scientific Stakeholders»',
      quote: null,
    });
    const tied = size?.links[3];
    expect(tied?.title).toBe('«Tied into a Chain»');
    expect(tied?.context).toBe('Health Tech Cluster Switzerland, success factor 2');
    expect(tied?.quote?.id).toBe('tied-into-a-chain-q2');
    expect(tied?.quote?.text).toMatch(/^We are not only focusing on medical technology or pharmaceuticals alone, but we are embracing the whole health tech value chain/);
    // A link that names no quotation shows the case study's first: Life Science Nord's one quotation.
    expect(section(G1, 'ppp-based-management')?.links[1]?.quote?.id).toBe('ppp-based-management-q1');
  });

  it('links instruments, success factors and lessons to their pages', () => {
    const infrastructure = section(G1, 'innovation-infrastructure')?.links ?? [];
    expect(infrastructure.map((l) => [l.kind, l.href])).toEqual([
      ['Success factor', '/success-factors/comprehensive-approach-to-supporting-innovation/'],
      ['Case study', '/success-factors/comprehensive-approach-to-supporting-innovation/#case-innovation-infrastructure-hub'],
      ['Success factor', '/success-factors/support-from-the-regional-authorities/'],
      ['Support instrument', '/guide/instruments/#instrument-irice'],
    ]);
    expect(infrastructure[0]?.title).toBe('7. Comprehensive approach to supporting innovation: infrastructure, start-ups, and universities');
    const ppp = section(G1, 'ppp-based-management')?.links ?? [];
    expect(ppp.at(-1)).toMatchObject({ kind: 'Lesson', href: '/guide/#all-recommendations' });
  });

  it('links toward the answer the group expects only: group 2’s independent management, not group 1’s public one', () => {
    expect(section(G2, 'ppp-based-management')?.links.map((l) => l.id)).toEqual(['independent-management-financing']);
    expect(section(G1, 'ppp-based-management')?.links.map((l) => l.id)).not.toContain('independent-management-financing');
  });

  it('says why a point has no link: the home country, the set-up, or no step toward the answer', () => {
    expect(section(G1, 'home-country')).toMatchObject({ links: [], unlinked: unlinkedReason({ id: 'home-country', category: 'profile' }) });
    expect(section(G1, 'foreign-patients')?.unlinked).toContain('describes the home country');
    expect(section(G2, 'establishment-initiative')?.unlinked).toContain('how the cluster was set up, which is past');
    // Group 3 expects fewer than 100 members: the atlas links nothing toward a smaller membership.
    expect(section(G3, 'cluster-size')?.unlinked).toBe('The atlas links nothing to this answer: the sources describe no step toward it.');
  });
});

describe('the plan for given answers', () => {
  // Group 1 expects yes on size, public agencies, R&D; de-us-kr; public initiative (group-profile-points.csv).
  const likeGroup1: Answers = {
    'home-country': 'de-us-kr',
    'cluster-size': 'yes',
    'ppp-based-management': 'yes',
    'establishment-initiative': 'public',
    'biomedical-rd': 'yes',
  };
  const unlikeGroup1: Answers = {
    'home-country': 'asia',
    'cluster-size': 'no',
    'ppp-based-management': 'no',
    'establishment-initiative': 'private',
    'biomedical-rd': 'no',
  };

  it('all match: aims at the closest group and has nothing to plan', () => {
    const c = compare(likeGroup1);
    expect(aimedGroup(c, undefined)).toBe(G1);
    expect(planPoints(c, G1)).toEqual([]);
    expect(planSummary(likeGroup1, c, G1, linkedOf(G1), label)).toBe(
      'Your answers are as the profile of group 1 expects on all 5 points compared: there is no difference to plan for.',
    );
  });

  it('none match group 1: aimed at it, every point differs, three of five linked (not the home country nor the set-up)', () => {
    const c = compare(unlikeGroup1);
    // Groups 2 and 3 tie (3 as, 1 unlike each): without a choice the plan has no group; the user aims at group 1.
    expect(c.closest).toEqual([G2, G3]);
    expect(aimedGroup(c, undefined)).toBeUndefined();
    expect(aimedGroup(c, G1)).toBe(G1);
    // In the order of group-profile-points.csv.
    expect(planPoints(c, G1)).toEqual(['home-country', 'biomedical-rd', 'establishment-initiative', 'cluster-size', 'ppp-based-management']);
    expect(planSummary(unlikeGroup1, c, G1, linkedOf(G1), label)).toBe(
      'Toward group 1: your answers differ on 5 points; the atlas links 3 of them to what bears on them.',
    );
  });

  it('one differing point with links, and one without', () => {
    const one = { ...likeGroup1, 'cluster-size': 'no' };
    expect(planSummary(one, compare(one), G1, linkedOf(G1), label)).toBe(
      'Toward group 1: your answers differ on 1 point; the atlas links it to what bears on it.',
    );
    const home = { ...likeGroup1, 'home-country': 'europe' };
    expect(planSummary(home, compare(home), G1, linkedOf(G1), label)).toBe('Toward group 1: your answers differ on 1 point; the atlas links nothing to it.');
    const two = { ...likeGroup1, 'home-country': 'europe', 'establishment-initiative': 'private' };
    expect(planSummary(two, compare(two), G1, linkedOf(G1), label)).toBe('Toward group 1: your answers differ on 2 points; the atlas links nothing to any of them.');
  });

  it('missing answers: asks for answers, or says nothing meets a point', () => {
    expect(planSummary({}, compare({}), undefined, new Set(), label)).toBe('Answer the questions to see a plan.');
    // Start-ups: no group's profile expects anything on it.
    const silent = { 'start-ups': 'yes' };
    expect(aimedGroup(compare(silent), undefined)).toBeUndefined();
    expect(planSummary(silent, compare(silent), undefined, new Set(), label)).toBe(
      'None of your answers yet meets a point of a group’s profile, so there is nothing to plan.',
    );
    // Aimed at group 2, which expects nothing on cluster size.
    const size = { 'cluster-size': 'yes' };
    expect(planSummary(size, compare(size), G2, linkedOf(G2), label)).toBe(
      'None of your answers meets a point of the profile of group 2 yet, so there is nothing to plan toward it.',
    );
  });

  it('a tie leaves the choice open, and an unknown aim falls back to the closest', () => {
    // R&D yes matches groups 1 and 2 alike, and nothing else is answered.
    const tie = { 'biomedical-rd': 'yes' };
    expect(compare(tie).closest).toEqual([G1, G2]);
    expect(aimedGroup(compare(tie), undefined)).toBeUndefined();
    expect(planSummary(tie, compare(tie), undefined, new Set(), label)).toBe(
      'Your answers are equally close to several groups: choose the group to aim for.',
    );
    expect(aimedGroup(compare(likeGroup1), 'no-such-group')).toBe(G1);
    expect(planPoints(compare(likeGroup1), undefined)).toEqual([]);
  });
});
