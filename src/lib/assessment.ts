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
import type { OneFacet, ViewState } from './url-state.ts';

export interface Option {
  value: string;
  label: string;
  /** Where the label stands word for word in hse-2019 (e.g. «table 2.1»); absent when the label is the atlas's wording. */
  quote?: string;
  /** The atlas's own gloss of a quoted label: what it counts under it, and the passage it rests on. */
  gloss?: string;
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
 * of competitive advantage, focus of activity and establishment initiative are the cells of table 2.1
 * (`quote`), without saying which group each belongs to; the other options are the atlas's wording.
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
      { value: 'external-demand', label: 'High external demand for medical services', quote: 'table 2.1' },
      { value: 'university-clinics', label: 'Strong university clinics and knowledge centres', quote: 'table 2.1' },
      { value: 'low-prices', label: 'Medical treatment at relatively low prices', quote: 'table 2.1' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'focus-of-activity',
    kind: 'profile',
    category: 'profile',
    text: 'Which comes closest to the focus of its activity?',
    options: [
      { value: 'medicine-ict-tourism', label: 'Interdisciplinary cooperation: medicine and ICT; treatment and tourism', quote: 'table 2.1' },
      { value: 'rd-to-clinic', label: 'Application of R&D results in clinical practice', quote: 'table 2.1' },
      { value: 'medical-tourism', label: 'Full range of medical tourism services', quote: 'table 2.1' },
      { value: 'other', label: 'Something else' },
    ],
  },
  {
    id: 'establishment-initiative',
    kind: 'profile',
    category: 'profile',
    text: 'On whose initiative was the cluster set up?',
    options: [
      {
        value: 'public',
        label: 'Predominantly public',
        quote: 'table 2.1',
        // Table 2.1 says only «Predominantly public»; what it covers is from the group 1 text.
        gloss:
          'set up by public authorities or through a public–private partnership: ch. 2 «Group 1» says 70% of group 1 were «established either by the public authorities or through PPP mechanisms»',
      },
      { value: 'private', label: 'Predominantly private', quote: 'table 2.1' },
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
 * The answers' part of an address: one parameter per question, named by its id, holding the value of
 * one of its options (`?cluster-size=yes&home-country=asia`), in questionnaire order. /compare/ carries
 * the same facets to show the answers beside clusters.
 */
export function answerFacets(questions: readonly Question[]): Record<string, OneFacet> {
  return Object.fromEntries(questions.map((q) => [q.id, { kind: 'one', values: q.options.map((o) => o.value), noun: 'answer' }]));
}

/** The parameter of the group a plan aims at (`?aim=<group id>`); no question has this id. */
export const AIM_KEY = 'aim';

/**
 * The assessment's address: the answers (`answerFacets`), then `aim`, the group the plan aims at (one
 * of `groupIds`; absent: the closest group). Read and written by src/lib/url-state.ts.
 */
export function assessStateSpec(questions: readonly Question[], groupIds: readonly string[]): Record<string, OneFacet> {
  return { ...answerFacets(questions), [AIM_KEY]: { kind: 'one', values: groupIds, noun: 'group' } };
}

/**
 * The answers a state read with `answerFacets` (alone or within a larger spec such as
 * `assessStateSpec` or /compare/'s) holds: the chosen option per question of `questions` answered.
 */
export function answersOf(state: Readonly<Record<string, unknown>>, questions: readonly Pick<Question, 'id'>[]): Answers {
  return Object.fromEntries(
    questions.flatMap((q) => {
      const chosen = state[q.id];
      return Array.isArray(chosen) && typeof chosen[0] === 'string' ? [[q.id, chosen[0]]] : [];
    }),
  );
}

/** The group a state read with `assessStateSpec` aims at, if any. */
export function aimOf(state: ViewState<Record<string, OneFacet>>): string | undefined {
  return state[AIM_KEY]?.[0];
}

/** The state of some answers (and the group aimed at), for `encodeState` with `answerFacets` or `assessStateSpec`. */
export function answersState(answers: Answers, aim?: string): ViewState<Record<string, OneFacet>> {
  return { ...Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, [value]])), ...(aim ? { [AIM_KEY]: [aim] } : {}) };
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
  /**
   * Question → the share of the group the source gives for the expected answer (e.g. «over 55%»), for
   * the compared points whose expectation rests on most of the group rather than all of it.
   */
  shares: Record<string, string>;
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

export type ProfilePoint = Pick<GroupProfilePoint, 'group_id' | 'question' | 'expected' | 'reading'>;

/**
 * The share of its group a profile point's reading gives, when it is less than the whole group: «over
 * 55%» in «medical services: treatment and rehabilitation (over 55%)», «more than two-thirds»;
 * undefined for a reading without a share or with «100%».
 */
export function profileShare(reading: string | null | undefined): string | undefined {
  const text = reading ?? '';
  const percent = /\(((?:over |more than )?(\d+)%)(?: of clusters)?\)/.exec(text);
  if (percent) return percent[2] === '100' ? undefined : percent[1];
  return /more than two-thirds/.exec(text)?.[0];
}

/**
 * Compares answers with each group's profile point by point: a point counts «as in the group» when the
 * answer is among the group's expected answers, «unlike» when the group expects others, and not at all
 * when the group expects nothing (the source is silent, or gives the answer for a minority only) or the
 * question is unanswered.
 */
export function compareWithGroups(answers: Answers, points: readonly ProfilePoint[], groupIds: readonly string[]): Comparison {
  const groups = groupIds.map((group): GroupComparison => {
    const mine = points.filter((p) => p.group_id === group && p.expected.length > 0 && answers[p.question] !== undefined);
    return {
      group,
      as: mine.filter((p) => p.expected.includes(answers[p.question] ?? '')).map((p) => p.question),
      unlike: mine.filter((p) => !p.expected.includes(answers[p.question] ?? '')).map((p) => p.question),
      shares: Object.fromEntries(mine.flatMap((p) => (profileShare(p.reading) ? [[p.question, profileShare(p.reading) as string]] : []))),
    };
  });
  const most = Math.max(0, ...groups.map((g) => g.as.length));
  const leaders = groups.filter((g) => most > 0 && g.as.length === most);
  const fewest = Math.min(...leaders.map((g) => g.unlike.length));
  const compared = [...new Set(points.filter((p) => p.expected.length > 0 && answers[p.question] !== undefined).map((p) => p.question))];
  return { groups, closest: leaders.filter((g) => g.unlike.length === fewest).map((g) => g.group), compared };
}

/**
 * The comparison in one sentence: the closest group(s), and on how many of the points its profile
 * describes among the questions answered the answers are as it expects. The count is the group's own
 * (its matches and differences), not the points of all groups together.
 */
export function resultSummary(answers: Answers, comparison: Comparison, label: (groupId: string) => string): string {
  if (comparison.compared.length === 0)
    return Object.keys(answers).length === 0
      ? 'Answer a question to see how your cluster compares with the groups.'
      : 'None of your answers yet meets a point on which table 2.1 or the group texts describe a group.';
  const closest = comparison.groups.filter((g) => comparison.closest.includes(g.group));
  const first = closest[0];
  if (!first) return 'None of your answers is as a group’s profile expects.';
  // Leaders tie on matches and on differences (see compareWithGroups), so one count serves them all.
  const of = first.as.length + first.unlike.length;
  const one = closest.length === 1;
  const reach = `${of === 1 ? 'point' : 'points'} of ${one ? 'it' : 'each'} that your answers reach`;
  const count =
    first.unlike.length === 0
      ? `on ${of === 1 ? 'the one' : of === 2 ? 'both' : `all ${of}`} ${reach}`
      : `on ${first.as.length} of the ${of} ${reach}, unlike ${one ? 'it' : 'each'} on ${first.unlike.length}`;
  return one
    ? `Closest to ${label(first.group)}: as in its profile ${count}.`
    : `Equally close to ${closest.map((g) => label(g.group)).join(' and to ')}: as in each profile ${count}.`;
}

/**
 * The comparison in words, one line per compared question, e.g.
 * «Have 100 or more organisations …? Yes — as in group 1; unlike group 3», and «as in most of group 1
 * (over 55%)» where the group's expectation rests on a share of it. Groups by number.
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
    // Whole groups first («groups 1 and 2»), then each group the expectation holds for most of, with its share.
    const phrase = (verdict: 'as' | 'unlike') => {
      const matching = comparison.groups.filter((g) => g[verdict].includes(id));
      const whole = matching.filter((g) => !g.shares[id]).map((g) => g.group);
      const most = matching.filter((g) => g.shares[id]).map((g) => `most of group ${number(g.group)} (${g.shares[id]})`);
      const all = [...(whole.length > 0 ? [named(whole)] : []), ...most];
      return all.length === 0 ? [] : [`${verdict === 'as' ? 'as in' : 'unlike'} ${all.join(' and ')}`];
    };
    const parts = [...phrase('as'), ...phrase('unlike')];
    return `${q?.text ?? id} ${answer} — ${parts.join('; ')}`;
  });
}

/**
 * Where the answers differ from one group's profile, one line per question, e.g. «… You answered «No»;
 * the group’s profile: «Yes» (most of the group: over 55%).».
 */
export function differenceLines(
  answers: Answers,
  group: GroupComparison,
  points: readonly ProfilePoint[],
  questions: readonly Question[],
): string[] {
  return group.unlike.map((id) => {
    const q = questions.find((x) => x.id === id);
    const expected = points.find((p) => p.group_id === group.group && p.question === id)?.expected ?? [];
    const label = (v: string) => q?.options.find((o) => o.value === v)?.label ?? v;
    const share = group.shares[id] ? ` (most of the group: ${group.shares[id]})` : '';
    return `${q?.text ?? id} You answered «${label(answers[id] ?? '')}»; the group’s profile: ${expected.map((v) => `«${label(v)}»`).join(' or ')}${share}.`;
  });
}
