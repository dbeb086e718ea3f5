/**
 * /assess/: the comparison of answers with the groups' profiles, on answer sets worked out by hand
 * from table 2.1 and the group texts of hse-2019 ch. 2 as data/group-profile-points.csv records them.
 *
 * What each group's profile expects (G1 = global high-tech medicine, G2 = world-class research,
 * G3 = international medical tourism; «—» = the source gives nothing to compare):
 *
 *   question                   G1          G2            G3
 *   home-country               de-us-kr    europe/asia   europe/latin-america   (table 2.1)
 *   biomedical-rd              yes         yes (text)    — (30%: the group holds both answers)
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
import { encodeState, ignoredMessage, readState } from '../../src/lib/url-state.ts';
import * as data from '../../src/lib/atlas-data.ts';
import {
  INDICATOR_QUESTIONS,
  binaryScore,
  compareWithGroups,
  AIM_KEY,
  aimOf,
  answersOf,
  answersState,
  assessStateSpec,
  differenceLines,
  pointByPoint,
  profileShare,
  questionnaire,
  resultSummary,
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
    // G3: as on medical services only (1); unlike on home country, competitive advantage, initiative, size (no)
    //     and public agencies (no) = 5; biomedical R&D: 30% of the group, so neither.
    expect(summary(a)).toEqual([
      [G1, 10, 0],
      [G2, 1, 4],
      [G3, 1, 5],
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
    // G3: the 7 others as expected; biomedical R&D (30% of the group) is not set against it.
    expect(summary(a)).toEqual([
      [G1, 1, 7],
      [G2, 2, 4],
      [G3, 7, 0],
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
        { group: G1, as: [], unlike: [], shares: {} },
        { group: G2, as: [], unlike: [], shares: {} },
        { group: G3, as: [], unlike: [], shares: {} },
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
  const spec = assessStateSpec(questions, groupIds);
  it('has one parameter per question, in questionnaire order, then the group aimed at', () => {
    expect(Object.keys(spec)).toEqual([...questions.map((q) => q.id), AIM_KEY]);
    expect(spec['home-country']?.values).toEqual(questions.find((q) => q.id === 'home-country')?.options.map((o) => o.value));
    expect(spec[AIM_KEY]?.values).toEqual([G1, G2, G3]);
  });

  it('keeps valid answers and names what it drops: unknown names, bad values, a second answer, an unknown group', () => {
    const read = readState('?cluster-size=yes&colour=blue&goals=maybe&cluster-size=no&home-country=asia&aim=group-9', spec);
    expect(answersOf(read.state, questions)).toEqual({ 'cluster-size': 'yes', 'home-country': 'asia' });
    expect(aimOf(read.state)).toBeUndefined();
    expect(read.search).toBe('?cluster-size=yes&home-country=asia');
    expect(ignoredMessage(read.ignored)).toBe(
      'Ignored: “colour” (not a setting of this view); cluster-size “no” (one answer at a time); goals “maybe” (no such answer); aim “group-9” (no such group).',
    );
  });

  it('writes answers in questionnaire order, the aim last, and reads them back', () => {
    const a: Answers = { 'home-country': 'asia', 'cluster-size': 'yes', 'medical-tourism-revenue': 'no' };
    const query = encodeState(answersState(a, 'international-medical-tourism-clusters'), spec);
    expect(query).toBe('?medical-tourism-revenue=no&cluster-size=yes&home-country=asia&aim=international-medical-tourism-clusters');
    const back = readState(query, spec).state;
    expect(answersOf(back, questions)).toEqual(a);
    expect(aimOf(back)).toBe('international-medical-tourism-clusters');
    expect(encodeState(answersState({}), spec)).toBe('');
  });

  it('reads the answers out of a larger state, ignoring what is not a question', () => {
    expect(answersOf({ clusters: ['medicon-valley'], aim: ['x'], 'cluster-size': ['no'], goals: [] }, questions)).toEqual({ 'cluster-size': 'no' });
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

/** Every yes/no question (the 15 indicators, biomedical R&D, medical services) answered `value`. */
const everyYesNo = (value: 'yes' | 'no'): Answers =>
  Object.fromEntries(questions.filter((q) => q.options.some((o) => o.value === 'yes')).map((q) => [q.id, value]));
const label = (id: string) => {
  const g = data.groups.find((x) => x.id === id);
  return `group ${g?.number}, ${g?.name}`;
};
const said = (a: Answers) => resultSummary(a, compare(a), label);

describe('resultSummary counts the closest group’s own points', () => {
  it('every answer yes: all 8 points of group 1 that the answers reach, not «8 of 9»', () => {
    // G1 expects yes on biomedical R&D, medical services, revenue, patients, PwC, size, infrastructure and
    // public agencies (8); the ninth compared point, Bloomberg, is group 2's alone.
    expect(summary(everyYesNo('yes'))).toEqual([
      [G1, 8, 0],
      [G2, 2, 1],
      [G3, 1, 2],
    ]);
    expect(compare(everyYesNo('yes')).compared).toHaveLength(9);
    expect(said(everyYesNo('yes'))).toBe('Closest to group 1, Global High-Technology Medicine Clusters: as in its profile on all 8 points of it that your answers reach.');
  });

  it('every answer no: group 3 on 2 of its 3 points', () => {
    // G1: unlike on its 8. G2: as on public agencies (no); unlike on R&D and Bloomberg. G3: as on size (no) and
    // public agencies (no); unlike on medical services (90%).
    expect(summary(everyYesNo('no'))).toEqual([
      [G1, 0, 8],
      [G2, 1, 2],
      [G3, 2, 1],
    ]);
    expect(said(everyYesNo('no'))).toBe(
      'Closest to group 3, International Medical Tourism Clusters: as in its profile on 2 of the 3 points of it that your answers reach, unlike it on 1.',
    );
  });

  it('each group in turn', () => {
    const one: Answers = { 'home-country': 'de-us-kr', 'biomedical-rd': 'yes', 'cluster-size': 'yes' };
    expect(said(one)).toBe('Closest to group 1, Global High-Technology Medicine Clusters: as in its profile on all 3 points of it that your answers reach.');
    const two: Answers = {
      'home-country': 'asia',
      'biomedical-rd': 'yes',
      'competitive-advantage': 'university-clinics',
      'focus-of-activity': 'rd-to-clinic',
      'establishment-initiative': 'private',
      'ppp-based-management': 'no',
      'bloomberg-healthcare-efficiency': 'yes',
    };
    expect(summary(two)[1]).toEqual([G2, 7, 0]);
    expect(said(two)).toBe('Closest to group 2, World-Class Biomedical Research Clusters: as in its profile on all 7 points of it that your answers reach.');
    const three: Answers = { 'home-country': 'latin-america', 'competitive-advantage': 'low-prices', 'biomedical-rd': 'yes' };
    // Biomedical R&D is set against groups 1 and 2 (both as), not against group 3: 2 of 2 for group 3 and 1 of 3 for the others.
    expect(summary(three)).toEqual([
      [G1, 1, 2],
      [G2, 1, 2],
      [G3, 2, 0],
    ]);
    expect(said(three)).toBe('Closest to group 3, International Medical Tourism Clusters: as in its profile on both points of it that your answers reach.');
  });

  it('a tie names each group, with the count they share', () => {
    const a: Answers = {
      'home-country': 'europe',
      'cluster-size': 'yes',
      'establishment-initiative': 'private',
      'ppp-based-management': 'yes',
      'medical-services': 'yes',
    };
    expect(said(a)).toBe(
      'Equally close to group 1, Global High-Technology Medicine Clusters and to group 3, International Medical Tourism Clusters: as in each profile on 3 of the 5 points of each that your answers reach, unlike each on 2.',
    );
  });

  it('a single point: «the one point»', () => {
    expect(said({ 'bloomberg-healthcare-efficiency': 'yes' })).toBe(
      'Closest to group 2, World-Class Biomedical Research Clusters: as in its profile on the one point of it that your answers reach.',
    );
  });

  it('no answer, answers no group describes, and answers unlike every group', () => {
    expect(said({})).toBe('Answer a question to see how your cluster compares with the groups.');
    expect(said({ 'start-ups': 'yes', 'esca-label': 'no' })).toBe(
      'None of your answers yet meets a point on which table 2.1 or the group texts describe a group.',
    );
    expect(said({ 'home-country': 'elsewhere' })).toBe('None of your answers is as a group’s profile expects.');
  });
});

describe('shares of a group', () => {
  it('profileShare reads the share a reading gives, and none for the whole group or no figure', () => {
    expect(profileShare('medical services: treatment and rehabilitation (over 55%)')).toBe('over 55%');
    expect(profileShare('Public agencies usually involved in cluster management (70%)')).toBe('70%');
    expect(profileShare('Biomedical R&D (100% of clusters)')).toBeUndefined();
    expect(profileShare('more than two-thirds of them are based in the states with advanced high-ranking health-care systems')).toBe(
      'more than two-thirds',
    );
    expect(profileShare('Over 100 organisations')).toBeUndefined();
    expect(profileShare(null)).toBeUndefined();
  });

  it('no answer is set against a group for which the source gives it for less than half of the group', () => {
    for (const p of data.groupProfilePoints) {
      const share = profileShare(p.reading);
      const percent = Number(/(\d+)%/.exec(share ?? '')?.[1] ?? NaN);
      if (percent < 50) expect(p.expected, `${p.group_id} ${p.question}`).toEqual([]);
    }
    // Table 2.1: group 3, «biomedical R&D (30%)».
    const g3rd = data.groupProfilePoints.find((p) => p.group_id === G3 && p.question === 'biomedical-rd');
    expect(g3rd?.reading).toBe('biomedical R&D (30%)');
    expect(g3rd?.expected).toEqual([]);
  });

  it('says «most of» a group whose expectation rests on a share, and never «unlike group 3» for biomedical R&D', () => {
    const a: Answers = { 'biomedical-rd': 'yes', 'medical-services': 'no' };
    expect(pointByPoint(a, compare(a), questions, data.groups)).toEqual([
      'Do the members carry out biomedical R&D? Yes — as in groups 1 and 2',
      'Do the members provide medical services: treatment and rehabilitation? No — unlike most of group 1 (over 55%) and most of group 3 (90%)',
    ]);
    const g1 = compare(a).groups[0]!;
    expect(differenceLines(a, g1, data.groupProfilePoints, questions)).toEqual([
      'Do the members provide medical services: treatment and rehabilitation? You answered «No»; the group’s profile: «Yes» (most of the group: over 55%).',
    ]);
  });
});

describe('the choices presented as the report’s words', () => {
  it('every quoted option is a cell of table 2.1 as group-characteristics.csv records it; the others carry no quote', () => {
    const cells = data.groupCharacteristics.filter((c) => c.source === 'hse-2019' && c.locator === 'table 2.1').map((c) => c.value ?? '');
    const options = questions.filter((q) => q.kind === 'profile').flatMap((q) => q.options);
    const quoted = options.filter((o) => o.quote);
    expect(quoted.map((o) => o.label).sort()).toEqual(
      [
        'High external demand for medical services',
        'Strong university clinics and knowledge centres',
        'Medical treatment at relatively low prices',
        'Interdisciplinary cooperation: medicine and ICT; treatment and tourism',
        'Application of R&D results in clinical practice',
        'Full range of medical tourism services',
        'Predominantly public',
        'Predominantly private',
      ].sort(),
    );
    for (const o of quoted) {
      expect(o.quote).toBe('table 2.1');
      expect(cells, o.label).toContain(o.label);
    }
    // «public–private partnership» is not in table 2.1: it stands in the atlas's gloss, which names ch. 2.
    const publicOption = options.find((o) => o.value === 'public');
    expect(publicOption?.label).not.toMatch(/partnership/);
    expect(publicOption?.gloss).toContain('ch. 2 «Group 1»');
  });
});
