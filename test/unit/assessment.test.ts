/**
 * /assess/: the comparison of answers with the groups' profiles, on answer sets worked out by hand
 * from table 2.1 and the group texts of hse-2019 ch. 2 as data/group-profile-points.csv records them.
 *
 * What each group's profile expects (G1 = global high-tech medicine, G2 = world-class research,
 * G3 = international medical tourism; «—» = the source gives nothing to compare):
 *
 *   question                   G1          G2            G3
 *   home-country               de-us-kr    europe/asia   europe/latin-america   (table 2.1)
 *   biomedical-rd              yes         yes (text)    no (30%)
 *   medical-services           yes (>55%)  —             yes (90%)
 *   competitive-advantage      external-demand  university-clinics  low-prices
 *   focus-of-activity          medicine-ict-tourism  rd-to-clinic  medical-tourism
 *   establishment-initiative   public      private       private (text)
 *   medical-tourism-revenue    yes (text)  —             —
 *   foreign-patients           yes (text)  —             —
 *   bloomberg top 20           —           yes (text)    —
 *   pwc top 10                 yes (text)  —             —
 *   cluster-size (100+)        yes         —             no
 *   innovation-infrastructure  yes (>60%)  —             —
 *   start-ups                  —           —             —
 *   ppp-based-management       yes (70%)   no            no (text)
 *   esca-label                 —           —             —
 */
import { describe, expect, it } from 'vitest';
import * as data from '../../src/lib/atlas-data.ts';
import {
  INDICATOR_QUESTIONS,
  binaryScore,
  compareWithGroups,
  encodeAnswers,
  parseAnswers,
  pointByPoint,
  questionnaire,
  type Answers,
} from '../../src/lib/assessment.ts';

const G1 = 'global-high-technology-medicine-clusters';
const G2 = 'world-class-biomedical-research-clusters';
const G3 = 'international-medical-tourism-clusters';
const groupIds = [G1, G2, G3];
const questions = questionnaire(data.indicators);
const compare = (a: Answers) => compareWithGroups(a, data.groupProfilePoints, groupIds);
const summary = (a: Answers) => compare(a).groups.map((g) => [g.group, g.as.length, g.unlike.length]);

describe('compareWithGroups on hand-worked answer sets', () => {
  it('a cluster like group 1', () => {
    const a: Answers = {
      'home-country': 'de-us-kr',
      'cluster-size': 'yes',
      'ppp-based-management': 'yes',
      'establishment-initiative': 'public',
      'biomedical-rd': 'yes',
      'medical-services': 'yes',
      'innovation-infrastructure': 'yes',
      'competitive-advantage': 'external-demand',
      'medical-tourism-revenue': 'yes',
      'foreign-patients': 'yes',
    };
    // G1 expects every one of these ten answers: 10 as, 0 unlike.
    // G2: as on biomedical-rd only (1); unlike on home country, competitive advantage, initiative (private)
    //     and public agencies in management (no) = 4; size, services, infrastructure, revenue, patients: silent.
    // G3: as on medical services only (1); unlike on home country, biomedical R&D (no), competitive advantage,
    //     initiative, size (no) and public agencies (no) = 6.
    expect(summary(a)).toEqual([
      [G1, 10, 0],
      [G2, 1, 4],
      [G3, 1, 6],
    ]);
    expect(compare(a).closest).toEqual([G1]);
    expect(compare(a).compared).toHaveLength(10);
  });

  it('a cluster like group 3', () => {
    const a: Answers = {
      'home-country': 'latin-america',
      'cluster-size': 'no',
      'biomedical-rd': 'no',
      'medical-services': 'yes',
      'competitive-advantage': 'low-prices',
      'focus-of-activity': 'medical-tourism',
      'establishment-initiative': 'private',
      'ppp-based-management': 'no',
      'start-ups': 'yes',
      'esca-label': 'no',
    };
    // start-ups and ESCA label: no group expects anything, so 8 of the 10 answers are compared.
    // G1: as on medical services (1); unlike on home, size, R&D, advantage, focus, initiative, public agencies (7).
    // G2: as on initiative (private) and public agencies (no) = 2; unlike on home (not Europe/Asia), R&D (yes),
    //     advantage, focus = 4; size and services silent.
    // G3: all 8 as expected.
    expect(summary(a)).toEqual([
      [G1, 1, 7],
      [G2, 2, 4],
      [G3, 8, 0],
    ]);
    expect(compare(a).closest).toEqual([G3]);
    expect(compare(a).compared).toHaveLength(8);
  });

  it('a mixed cluster that matches groups 1 and 3 equally', () => {
    const a: Answers = {
      'home-country': 'europe',
      'cluster-size': 'yes',
      'establishment-initiative': 'private',
      'ppp-based-management': 'yes',
      'medical-services': 'yes',
    };
    // G1: as on size, public agencies, services (3); unlike on home (Europe is not DE/US/KR), initiative (2).
    // G2: as on home, initiative (2); unlike on public agencies (1); size and services silent.
    // G3: as on home, initiative, services (3); unlike on size (expects under 100), public agencies (2).
    // G1 and G3 tie on 3 matches and 2 differences: both are closest.
    expect(summary(a)).toEqual([
      [G1, 3, 2],
      [G2, 2, 1],
      [G3, 3, 2],
    ]);
    expect(compare(a).closest).toEqual([G1, G3]);
  });

  it('breaks a tie on matches by the fewest differences', () => {
    // The mixed set plus a top-20 Bloomberg position, which only G2 expects: G2 now has 3 matches and 1
    // difference against 3 and 2 for G1 and G3.
    const a: Answers = {
      'home-country': 'europe',
      'cluster-size': 'yes',
      'establishment-initiative': 'private',
      'ppp-based-management': 'yes',
      'medical-services': 'yes',
      'bloomberg-healthcare-efficiency': 'yes',
    };
    expect(summary(a)).toEqual([
      [G1, 3, 2],
      [G2, 3, 1],
      [G3, 3, 2],
    ]);
    expect(compare(a).closest).toEqual([G2]);
  });

  it('names no closest group when no answer matches any profile', () => {
    // Only questions on which no group expects anything.
    expect(compare({ 'start-ups': 'yes', goals: 'yes' })).toEqual({
      groups: [
        { group: G1, as: [], unlike: [] },
        { group: G2, as: [], unlike: [] },
        { group: G3, as: [], unlike: [] },
      ],
      closest: [],
      compared: [],
    });
  });
});

describe('pointByPoint', () => {
  it('says per question which groups the answer is like and unlike', () => {
    const a: Answers = { 'cluster-size': 'yes', 'establishment-initiative': 'private' };
    // Size: G1 expects yes, G3 no, G2 silent. Initiative: G1 public, G2 and G3 private.
    expect(pointByPoint(a, compare(a), questions, data.groups)).toEqual([
      'On whose initiative was the cluster set up? Predominantly private — as in groups 2 and 3; unlike group 1',
      'Have 100 or more organisations officially confirmed their membership of the cluster? Yes — as in group 1; unlike group 3',
    ]);
  });
});

describe('binaryScore', () => {
  it('gives one point per indicator met, by category of fig. 2.2', () => {
    // Home country: revenue yes, patients no → 1 point of 2 answered (6 indicators).
    // Members: size yes, start-ups yes → 2 of 2 answered (5 indicators). Management: ESCA no → 0 of 1 (4).
    // Profile questions score nothing.
    const a: Answers = {
      'medical-tourism-revenue': 'yes',
      'foreign-patients': 'no',
      'cluster-size': 'yes',
      'start-ups': 'yes',
      'esca-label': 'no',
      'biomedical-rd': 'yes',
    };
    expect(binaryScore(a, questions)).toEqual({
      points: 3,
      answered: 5,
      byCategory: [
        { category: 'home-country', points: 1, answered: 2, of: 6 },
        { category: 'members', points: 2, answered: 2, of: 5 },
        { category: 'management', points: 0, answered: 1, of: 4 },
      ],
    });
  });
});

describe('answers in the URL', () => {
  it('keeps valid answers and names what it drops: unknown names, bad values, repeats', () => {
    const { answers, dropped } = parseAnswers('?cluster-size=yes&colour=blue&goals=maybe&cluster-size=no&home-country=asia', questions);
    expect(answers).toEqual({ 'cluster-size': 'yes', 'home-country': 'asia' });
    expect(dropped).toEqual(['colour=blue', 'goals=maybe', 'cluster-size=no']);
  });

  it('writes answers in questionnaire order and reads them back', () => {
    const a: Answers = { 'home-country': 'asia', 'cluster-size': 'yes', 'medical-tourism-revenue': 'no' };
    const query = encodeAnswers(a, questions);
    expect(query).toBe('?medical-tourism-revenue=no&cluster-size=yes&home-country=asia');
    expect(parseAnswers(query, questions)).toEqual({ answers: a, dropped: [] });
    expect(encodeAnswers({}, questions)).toBe('');
  });
});

describe('the questionnaire and its data', () => {
  it('asks the 15 indicators of fig. 2.2 (6 + 5 + 4) and six profile questions', () => {
    expect(questions.filter((q) => q.kind === 'indicator')).toHaveLength(15);
    expect(Object.keys(INDICATOR_QUESTIONS).sort()).toEqual(data.indicators.map((i) => i.id).sort());
    expect(questions.filter((q) => q.kind === 'profile')).toHaveLength(6);
  });

  it('every point of group-profile-points.csv names a question and expects only its options', () => {
    for (const p of data.groupProfilePoints) {
      const q = questions.find((x) => x.id === p.question);
      expect(q, p.question).toBeDefined();
      for (const e of p.expected) expect(q?.options.map((o) => o.value), `${p.group_id} ${p.question}`).toContain(e);
    }
  });

});
