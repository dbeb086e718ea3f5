/**
 * The plan of /assess/: for each point where the answers differ from the group aimed at (by default the
 * closest), what bears on reaching the group's answer — the guide's steps and checkpoints, success
 * factors and their case studies, support instruments, recommendations.
 *
 * The links are the atlas's own matching, curated in assessment-links.csv (question + the answer it
 * leads toward → one target, with a one-line reason); the build refuses a link toward an answer no
 * group's profile expects. `planSections` resolves them per group and point at build time (without
 * JavaScript, the page's generated stylesheet, assess-styles.ts, shows those where the chosen answers
 * differ); `planPoints` and `planSummary` pick and word the plan for given answers (pure, run in the
 * browser).
 */
import type { Answers, Comparison, Question } from './assessment.ts';
import type { AssessmentLink, Quote } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';

/** What a link leads to, in the words the plan prints before its title. */
export type PlanTargetKind = 'Step' | 'Checkpoint' | 'Success factor' | 'Case study' | 'Support instrument' | 'Recommendation' | 'Lesson';

/** One link of the plan, resolved: its target's title and page, the atlas's reason, and a case study's first quotation. */
export interface PlanLink {
  id: string;
  kind: PlanTargetKind;
  /** The target as the site names it: a step's or factor's title, a checkpoint verbatim, a case study's title, an instrument's name, a recommendation in our words. */
  title: string;
  /** Site path of the page (and anchor) that shows the target. */
  href: string;
  /** Where the target stands: the step of a checkpoint, the cluster and factor of a case study, the region of an instrument. */
  context: string | null;
  /** The atlas's one-line reason for the link. */
  reason: string;
  /** Where the evidence itself stands. */
  source: string;
  locator: string;
  /** For a case study, the quotation the link names or else the case's first, verbatim; null for other targets or a case without one. */
  quote: Pick<Quote, 'id' | 'text' | 'person' | 'role' | 'organisation' | 'source' | 'locator'> | null;
}

/** One point of a group's profile in the plan: the answers the group expects and the links toward them. */
export interface PlanSection {
  groupId: string;
  groupNumber: number;
  question: Question;
  /** The option values the group's profile expects. */
  expected: string[];
  /** Their labels, joined by « or ». */
  expectedLabel: string;
  links: PlanLink[];
  /** Why the atlas links nothing, when `links` is empty. */
  unlinked: string | null;
}

/**
 * Why a point has no link, by what it describes: the home country (the indicators of that category and
 * the question on where the cluster is), how the cluster was set up, or an answer no curated link leads to.
 */
export function unlinkedReason(question: Pick<Question, 'id' | 'category'>): string {
  if (question.category === 'home-country' || question.id === 'home-country')
    return 'The atlas links nothing: it describes the home country, which no step of a cluster organisation changes.';
  if (question.id === 'establishment-initiative')
    return 'The atlas links nothing: it describes how the cluster was set up, which is past.';
  return 'The atlas links nothing to this answer: the sources describe no step toward it.';
}

/** One row of assessment-links.csv resolved to its target. Throws (through `get`) for an id the build would have refused. */
export function planLink(a: Atlas, link: AssessmentLink): PlanLink {
  const base = { id: link.id, reason: link.reason, source: link.source, locator: link.locator, quote: null, context: null };
  if (link.step_id) {
    const step = a.roadmapSteps.get(link.step_id);
    return { ...base, kind: 'Step', title: `${step.number}. ${step.title}`, href: `/guide/#step-${step.number}` };
  }
  if (link.checkpoint_id) {
    const checkpoint = a.roadmapCheckpoints.get(link.checkpoint_id);
    const step = a.roadmapSteps.get(checkpoint.step_id);
    return {
      ...base,
      kind: 'Checkpoint',
      title: `«${checkpoint.text}»`,
      href: `/guide/#step-${step.number}`,
      context: `step ${step.number} of the guide, ${step.title}`,
    };
  }
  if (link.factor_id) {
    const factor = a.successFactors.get(link.factor_id);
    return { ...base, kind: 'Success factor', title: `${factor.number}. ${factor.name}`, href: `/success-factors/${factor.id}/` };
  }
  if (link.case_study_id) {
    const study = a.caseStudies.get(link.case_study_id);
    const cluster = a.clusters.get(study.cluster_id);
    const factor = a.successFactors.get(study.factor_id);
    const quote = link.quote_id ? a.quotes.get(link.quote_id) : a.quotes.where('case_study_id', study.id)[0];
    return {
      ...base,
      kind: 'Case study',
      title: `«${study.title}»`,
      href: `/success-factors/${factor.id}/#case-${study.id}`,
      context: `${cluster.short_name ?? cluster.name}, success factor ${factor.number}`,
      quote: quote
        ? { id: quote.id, text: quote.text, person: quote.person, role: quote.role, organisation: quote.organisation, source: quote.source, locator: quote.locator }
        : null,
    };
  }
  if (link.instrument_id) {
    const instrument = a.supportInstruments.get(link.instrument_id);
    return {
      ...base,
      kind: 'Support instrument',
      title: instrument.name,
      href: `/guide/instruments/#instrument-${instrument.id}`,
      context: instrument.purpose,
    };
  }
  if (link.recommendation_id) {
    const r = a.recommendations.get(link.recommendation_id);
    return { ...base, kind: r.kind === 'lesson' ? 'Lesson' : 'Recommendation', title: r.statement, href: '/guide/#all-recommendations' };
  }
  throw new Error(`assessment link ${link.id} names no target`);
}

/**
 * Per group (by number) and per question its profile expects something on (questionnaire order), the
 * links toward any of the expected answers, in the order of assessment-links.csv, each once. Throws if
 * a profile point names a question the questionnaire lacks.
 */
export function planSections(a: Atlas, questions: readonly Question[]): PlanSection[] {
  const groups = [...a.groups.rows].sort((x, y) => x.number - y.number);
  return groups.flatMap((group) =>
    questions.flatMap((question) => {
      const point = a.groupProfilePoints.where('group_id', group.id).find((p) => p.question === question.id);
      if (!point || point.expected.length === 0) return [];
      const links = a.assessmentLinks
        .where('question', question.id)
        .filter((l) => point.expected.includes(l.toward))
        .map((l) => planLink(a, l));
      const label = (v: string) => question.options.find((o) => o.value === v)?.label ?? v;
      return [
        {
          groupId: group.id,
          groupNumber: group.number,
          question,
          expected: [...point.expected],
          expectedLabel: point.expected.map((v) => `«${label(v)}»`).join(' or '),
          links,
          unlinked: links.length > 0 ? null : unlinkedReason(question),
        },
      ];
    }),
  );
}

/**
 * The group a plan aims at: the one chosen (`aim`, when it is a group of the comparison), else the
 * closest when exactly one is; undefined when the choice is open (no answer compared, or a tie).
 */
export function aimedGroup(comparison: Comparison, aim: string | undefined): string | undefined {
  if (aim && comparison.groups.some((g) => g.group === aim)) return aim;
  return comparison.closest.length === 1 ? comparison.closest[0] : undefined;
}

/** The questions the plan covers: those on which the answers differ from the aimed group's profile, in comparison order. */
export function planPoints(comparison: Comparison, aim: string | undefined): string[] {
  return comparison.groups.find((g) => g.group === aim)?.unlike ?? [];
}

/**
 * The plan in one sentence, for the aimed group (`label` names it): what to answer first when nothing
 * is compared, that there is nothing to close when every compared point matches, else how many points
 * differ and how many of them the atlas links to the guide and its evidence (`linked`: the questions
 * whose section for the group has links; each unlinked point's section says why).
 */
export function planSummary(
  answers: Answers,
  comparison: Comparison,
  aim: string | undefined,
  linked: ReadonlySet<string>,
  label: (groupId: string) => string,
): string {
  if (Object.keys(answers).length === 0) return 'Answer the questions to see a plan.';
  if (aim === undefined)
    return comparison.closest.length > 1
      ? 'Your answers are equally close to several groups: choose the group to aim for.'
      : 'None of your answers yet meets a point of a group’s profile, so there is nothing to plan.';
  const group = comparison.groups.find((g) => g.group === aim);
  const name = label(aim);
  if (!group || group.as.length + group.unlike.length === 0)
    return `None of your answers meets a point of the profile of ${name} yet, so there is nothing to plan toward it.`;
  const differ = group.unlike;
  if (differ.length === 0)
    return `Your answers are as the profile of ${name} expects on ${group.as.length === 1 ? 'the one point' : `all ${group.as.length} points`} compared: there is no difference to plan for.`;
  const withLinks = differ.filter((q) => linked.has(q)).length;
  const points = `${differ.length} ${differ.length === 1 ? 'point' : 'points'}`;
  const links =
    withLinks === differ.length
      ? `the atlas links ${differ.length === 1 ? 'it' : 'each'} to what bears on it`
      : withLinks === 0
        ? `the atlas links nothing to ${differ.length === 1 ? 'it' : 'any of them'}`
        : `the atlas links ${withLinks} of them to what bears on ${withLinks === 1 ? 'it' : 'them'}`;
  return `Toward ${name}: your answers differ on ${points}; ${links}.`;
}
