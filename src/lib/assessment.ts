/**
 * /assess/ «Place your own cluster»: the 15 indicators of hse-2019 fig. 2.2 as yes/no questions in the
 * report's binary scoring (one point if the cluster meets the criterion, ch. 2 «Cluster assessment
 * system»), six questions of the atlas's own on the rows of table 2.1 the indicators do not cover, and
 * the comparison of the answers with each group's profile.
 *
 * The comparison is the atlas's own: the report publishes neither per-cluster scores nor its clustering
 * procedure, so nothing here reproduces its classification. What a group's profile expects per question
 * is curated data (group-profile-points.csv), each expectation with the words of table 2.1 or the group
 * text it rests on.
 *
 * Pure functions; the page renders the questions at build time and runs the comparison in the browser.
 */
import type { Group, GroupProfilePoint, Indicator } from './schema/tables.ts';

export interface Option {
  value: string;
  label: string;
}

export interface Question {
  /** An indicator id (indicators.csv) or a profile question id; also the URL parameter. */
  id: string;
  kind: 'indicator' | 'profile';
  /** Indicator category (home-country, members, management) or «profile». */
  category: string;
  /** The question as the page asks it: the atlas's wording of the indicator and its threshold. */
  text: string;
  options: readonly Option[];
}

/** Question id → chosen option value. */
export type Answers = Record<string, string>;

const YES_NO: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * The atlas's wording of the 15 indicators as yes/no questions, keyed by indicator id. Thresholds as
 * the text of ch. 2 «Cluster assessment system» gives them (and fig. 2.2 for the PwC top 10, the two
 * facilities and the two start-ups); see indicators.csv for the report's own names.
 */
export const INDICATOR_QUESTIONS: Record<string, string> = {
  'medical-tourism-revenue': 'Does the cluster’s home country earn USD 500 million or more a year from medical tourism?',
  'foreign-patients': 'Does the home country receive 200,000 or more foreign patients a year?',
  'bloomberg-healthcare-efficiency': 'Is the home country in the top 20 of the Bloomberg Healthcare Efficiency Index?',
  'medical-tourism-index': 'Does the home country score at least 65 in the Medical Tourism Index?',
  'pwc-medical-tourism-destinations': 'Is the home country on PwC’s list of the top 10 medical tourism destinations?',
  'medical-tourism-aggregator-ranking': 'Do medical tourism aggregators (such as Healthtourism.com or Booking Health) rank the home country?',
  'cluster-size': 'Have 100 or more organisations officially confirmed their membership of the cluster?',
  'member-diversity':
    'Does the cluster have members of at least one of these kinds: clinics, production companies, R&D organisations and universities, public authorities, support organisations?',
  specialisation:
    'Do the members carry out at least one of these activities: medical services, biomedical R&D, production of pharmaceuticals or medical equipment?',
  'innovation-infrastructure':
    'Do the members have access to two or more innovation infrastructure facilities (business incubators, technology parks, prototyping, testing or technology-transfer centres, laboratories …)?',
  'start-ups': 'Are there two or more start-ups among the member firms?',
  'ppp-based-management': 'Are public authorities represented in the cluster’s governance structure?',
  goals:
    'Does the cluster’s strategy name at least one of these goals: promoting members, the socioeconomic development or the S&T development of its home region?',
  'esca-label': 'Does the cluster organisation hold an ESCA cluster management quality label (bronze, silver or gold)?',
  'international-visibility': 'Does the cluster’s website give information in English (the home page and structure, or a full English version)?',
};

/**
 * The atlas's own questions on the rows of table 2.1 that no indicator covers. Not scored. The options
 * of competitive advantage and focus of activity are the cells of table 2.1, without saying which group
 * each belongs to.
 */
export const PROFILE_QUESTIONS: readonly Question[] = [
  {
    id: 'home-country',
    kind: 'profile',
    category: 'profile',
    text: 'Where is the cluster?',
    options: [
      { value: 'de-us-kr', label: 'Germany, the United States or the Republic of Korea' },
      { value: 'europe', label: 'Another European country' },
      { value: 'asia', label: 'Another Asian country' },
      { value: 'latin-america', label: 'A Latin American country' },
      { value: 'elsewhere', label: 'Elsewhere' },
    ],
  },
  { id: 'biomedical-rd', kind: 'profile', category: 'profile', text: 'Do the members carry out biomedical R&D?', options: YES_NO },
  {
    id: 'medical-services',
    kind: 'profile',
    category: 'profile',
    text: 'Do the members provide medical services: treatment and rehabilitation?',
    options: YES_NO,
  },
  {
    id: 'competitive-advantage',
    kind: 'profile',
    category: 'profile',
    text: 'Which comes closest to the cluster’s competitive advantage?',
    options: [
      { value: 'external-demand', label: 'High external demand for medical services' },
      { value: 'university-clinics', label: 'Strong university clinics and knowledge centres' },
      { value: 'low-prices', label: 'Medical treatment at relatively low prices' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'focus-of-activity',
    kind: 'profile',
    category: 'profile',
    text: 'Which comes closest to the focus of its activity?',
    options: [
      { value: 'medicine-ict-tourism', label: 'Interdisciplinary cooperation: medicine and ICT; treatment and tourism' },
      { value: 'rd-to-clinic', label: 'Application of R&D results in clinical practice' },
      { value: 'medical-tourism', label: 'Full range of medical tourism services' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'establishment-initiative',
    kind: 'profile',
    category: 'profile',
    text: 'On whose initiative was the cluster set up?',
    options: [
      { value: 'public', label: 'Predominantly public (public authorities, or a public–private partnership)' },
      { value: 'private', label: 'Predominantly private' },
    ],
  },
];

/** Every question, the 15 indicators in the order of fig. 2.2 first. Throws if an indicator has no wording. */
export function questionnaire(indicators: readonly Indicator[]): Question[] {
  return [
    ...indicators.map((i): Question => {
      const text = INDICATOR_QUESTIONS[i.id];
      if (!text) throw new Error(`no question for indicator ${i.id}`);
      return { id: i.id, kind: 'indicator', category: i.category, text, options: YES_NO };
    }),
    ...PROFILE_QUESTIONS,
  ];
}

/**
 * Answers from a query string. Unknown parameters, values that are not an option of their question and
 * repeats of a parameter are left out and listed in `dropped` as «name=value».
 */
export function parseAnswers(search: string, questions: readonly Question[]): { answers: Answers; dropped: string[] } {
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    const q = questions.find((x) => x.id === name);
    if (!q || name in answers || !q.options.some((o) => o.value === value)) dropped.push(`${name}=${value}`);
    else answers[name] = value;
  }
  return { answers, dropped };
}

/** The query string of the answers in questionnaire order, with a leading «?»; '' when there are none. */
export function encodeAnswers(answers: Answers, questions: readonly Question[]): string {
  const params = new URLSearchParams();
  for (const q of questions) {
    const v = answers[q.id];
    if (v !== undefined && q.options.some((o) => o.value === v)) params.append(q.id, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface Score {
  /** Points: one per indicator answered «yes». */
  points: number;
  /** Indicators answered (yes or no), of 15. */
  answered: number;
  byCategory: { category: string; points: number; answered: number; of: number }[];
}

/** The report's binary score of the answers: one point per indicator met (hse-2019 ch. 2). */
export function binaryScore(answers: Answers, questions: readonly Question[]): Score {
  const indicators = questions.filter((q) => q.kind === 'indicator');
  const categories = [...new Set(indicators.map((q) => q.category))];
  const count = (qs: Question[]) => ({
    points: qs.filter((q) => answers[q.id] === 'yes').length,
    answered: qs.filter((q) => answers[q.id] !== undefined).length,
  });
  return {
    ...count(indicators),
    byCategory: categories.map((category) => {
      const qs = indicators.filter((q) => q.category === category);
      return { category, ...count(qs), of: qs.length };
    }),
  };
}

export interface GroupComparison {
  group: string;
  /** Questions whose answer is one the group's profile expects. */
  as: string[];
  /** Questions whose answer the group's profile does not expect. */
  unlike: string[];
}

export interface Comparison {
  /** One entry per group, in the order given. */
  groups: GroupComparison[];
  /**
   * The group(s) whose profile the answers match on most points; among equals, those that differ on
   * fewest; several when still equal; none when no answer matches any profile.
   */
  closest: string[];
  /** Answered questions on which at least one group's profile expects something. */
  compared: string[];
}

/**
 * Compares answers with each group's profile point by point: a point counts «as in the group» when the
 * answer is among the group's expected answers, «unlike» when the group expects others, and not at all
 * when the group expects nothing (the source is silent) or the question is unanswered.
 */
export type ProfilePoint = Pick<GroupProfilePoint, 'group_id' | 'question' | 'expected'>;

export function compareWithGroups(answers: Answers, points: readonly ProfilePoint[], groupIds: readonly string[]): Comparison {
  const groups = groupIds.map((group): GroupComparison => {
    const mine = points.filter((p) => p.group_id === group && p.expected.length > 0 && answers[p.question] !== undefined);
    return {
      group,
      as: mine.filter((p) => p.expected.includes(answers[p.question] ?? '')).map((p) => p.question),
      unlike: mine.filter((p) => !p.expected.includes(answers[p.question] ?? '')).map((p) => p.question),
    };
  });
  const most = Math.max(0, ...groups.map((g) => g.as.length));
  const leaders = groups.filter((g) => most > 0 && g.as.length === most);
  const fewest = Math.min(...leaders.map((g) => g.unlike.length));
  const compared = [...new Set(points.filter((p) => p.expected.length > 0 && answers[p.question] !== undefined).map((p) => p.question))];
  return { groups, closest: leaders.filter((g) => g.unlike.length === fewest).map((g) => g.group), compared };
}

/**
 * The comparison in words, one line per compared question, e.g.
 * «Have 100 or more organisations …? Yes — as in group 1; unlike group 3». Groups by number.
 */
export function pointByPoint(
  answers: Answers,
  comparison: Comparison,
  questions: readonly Question[],
  groups: readonly Pick<Group, 'id' | 'number'>[],
): string[] {
  const number = (id: string) => groups.find((g) => g.id === id)?.number ?? '?';
  const named = (ids: string[]) => {
    const ns = ids.map(number);
    return `group${ns.length > 1 ? 's' : ''} ${ns.length <= 1 ? ns.join('') : `${ns.slice(0, -1).join(', ')} and ${ns.at(-1)}`}`;
  };
  return comparison.compared.map((id) => {
    const q = questions.find((x) => x.id === id);
    const answer = q?.options.find((o) => o.value === answers[id])?.label ?? answers[id];
    const as = comparison.groups.filter((g) => g.as.includes(id)).map((g) => g.group);
    const unlike = comparison.groups.filter((g) => g.unlike.includes(id)).map((g) => g.group);
    const parts = [...(as.length > 0 ? [`as in ${named(as)}`] : []), ...(unlike.length > 0 ? [`unlike ${named(unlike)}`] : [])];
    return `${q?.text ?? id} ${answer} — ${parts.join('; ')}`;
  });
}
