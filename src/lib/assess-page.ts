/** The assessment page (/assess/): its questions, the groups' worksheet and what to read next (pure). */
import { planSections } from './assessment-plan.ts';
import { PROFILE_QUESTIONS, questionnaire, type Question } from './assessment.ts';
import { COMPARE_MAX } from './compare-state.ts';
import { INDICATOR_CATEGORIES } from './schema/landscape.ts';
import type { ClusterTargetModel, GroupProfilePoint } from './schema/tables.ts';
import type { Atlas } from './table-access.ts';

/** One group's cell of the worksheet for one question. */
export interface WorksheetCell {
  groupId: string;
  groupNumber: number;
  /** The group's row of group-profile-points.csv for the question, if any. */
  point: GroupProfilePoint | undefined;
  /** The labels of the answers the group's profile leads one to expect, joined by « / »; null when it gives nothing to compare. */
  expected: string | null;
  /** The source's words the expectation rests on, when they are not already one of the expected labels; else null. */
  reading: string | null;
}

/**
 * The assessment page's model:
 * - `categories`: the indicator questions under the three categories of fig. 2.2, each with its
 *   indicator row, and the category's name from indicators.csv;
 * - `profileQuestions`: the atlas's questions on table 2.1;
 * - `groups` by number; `worksheet`: one section per category and one for table 2.1, each question
 *   with one cell per group (WorksheetCell);
 * - `nextReads`: per group, its sample clusters by name, the target models table 2.2 cites them
 *   for with the number of examples (models in the order of target-models.csv), and the case
 *   studies of its clusters by factor number (ties in the order of case-studies.csv);
 * - `plan`: per group and point of its profile, what bears on reaching its answer (assessment-plan.ts);
 * - `script`: what the page's script reads: the questionnaire (assessment.ts), the profile points, the
 *   groups, each with the questions its plan links and the clusters «compare my answers» sets beside
 *   the answers (`compareWith`).
 */
export function assessPage(a: Atlas) {
  const questions = questionnaire(a.indicators.rows);
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const question = (id: string): Question => {
    const q = questionById.get(id);
    if (!q) throw new Error(`no question for indicator ${id}`);
    return q;
  };
  const groups = [...a.groups.rows].sort((x, y) => x.number - y.number);
  const categories = INDICATOR_CATEGORIES.map((category) => {
    const indicators = a.indicators.where('category', category);
    return {
      name: indicators[0]?.category_name ?? category,
      questions: indicators.map((indicator) => ({ question: question(indicator.id), indicator })),
    };
  });
  const cells = (q: Question): WorksheetCell[] => {
    const label = new Map(q.options.map((o) => [o.value, o.label]));
    const labelOf = (value: string) => label.get(value) ?? value;
    const points = new Map(a.groupProfilePoints.where('question', q.id).map((p) => [p.group_id, p]));
    return groups.map((g) => {
      const point = points.get(g.id);
      const expected = point?.expected.map(labelOf) ?? [];
      return {
        groupId: g.id,
        groupNumber: g.number,
        point,
        expected: expected.length > 0 ? expected.join(' / ') : null,
        reading: point?.reading && !expected.includes(point.reading) ? point.reading : null,
      };
    });
  };
  const worksheet = [
    ...categories.map((c) => ({ title: c.name, questions: c.questions.map((x) => x.question) })),
    { title: 'Table 2.1 (not scored)', questions: PROFILE_QUESTIONS },
  ].map((s) => ({ title: s.title, rows: s.questions.map((q) => ({ question: q, cells: cells(q) })) }));
  const nextReads = groups.map((group) => {
    const members = a.clusters
      .where('group', group.id)
      .filter((c) => c.in_sample)
      .sort((x, y) => x.name.localeCompare(y.name, 'en'));
    const memberIds = new Set(members.map((c) => c.id));
    const examples = Map.groupBy(a.clusterTargetModels.where('listed_under_group', group.id), (l: ClusterTargetModel) => l.target_model_id);
    const models = a.targetModels.rows.map((model) => ({ model, examples: examples.get(model.id)?.length ?? 0 })).filter((m) => m.examples > 0);
    const cases = a.caseStudies.rows
      .filter((s) => memberIds.has(s.cluster_id))
      .map((study) => ({ study, cluster: a.clusters.get(study.cluster_id), factor: a.successFactors.get(study.factor_id) }))
      .sort((x, y) => x.factor.number - y.factor.number);
    return { group, members, models, cases };
  });
  const plan = planSections(a, questions);
  return {
    categories,
    profileQuestions: PROFILE_QUESTIONS,
    groups,
    worksheet,
    nextReads,
    plan,
    script: {
      questions,
      points: a.groupProfilePoints.rows.map((p) => ({ group_id: p.group_id, question: p.question, expected: p.expected, reading: p.reading })),
      groups: groups.map((g) => ({
        id: g.id,
        number: g.number,
        name: g.name,
        linked: plan.filter((s) => s.groupId === g.id && s.links.length > 0).map((s) => s.question.id),
        compareWith: compareWith(a, g.id),
      })),
    },
  };
}

/**
 * The clusters «compare my answers» sets beside the answers for a group: its sample clusters with the
 * most comparable-indicator values (cluster-indicator-values.csv), so that the most rows hold figures;
 * ties by name; one fewer than COMPARE_MAX, leaving room to add one. [] for a group without clusters.
 */
export function compareWith(a: Atlas, groupId: string): string[] {
  return a.clusters
    .where('group', groupId)
    .filter((c) => c.in_sample)
    .map((c) => ({ id: c.id, name: c.name, values: a.clusterIndicatorValues.where('cluster_id', c.id).length }))
    .sort((x, y) => y.values - x.values || x.name.localeCompare(y.name, 'en'))
    .slice(0, COMPARE_MAX - 1)
    .map((c) => c.id);
}
