/**
 * /assess/ without JavaScript: a stylesheet, generated at build time, that answers the radio buttons the reader
 * ticks through CSS `:has()`. As answers are chosen, the worksheet shows each one in its row (and the plan beside
 * the group's answer) and marks each group's cell as the answer or unlike it, and the plan toward each group keeps only the points where the chosen answer
 * differs from the group's profile (every point while nothing is chosen; a line of its own for a group no chosen
 * answer differs from).
 *
 * The verdicts come from the one matching of the scripted page, `compareWithGroups` and `planPoints`
 * (assessment.ts, assessment-plan.ts), asked one question and one answer at a time: the comparison is point by
 * point, so the verdict on a question depends on its answer alone. These rules sit in `@media (scripting: none)`:
 * with a script, src/client/assess.ts renders the same verdicts itself. One more block, `@media print`, holds with a
 * script or without: once an answer is chosen, the printed worksheet leaves out the questions not answered (and a
 * section of the table with none answered), so that it fits on two A4 pages.
 *
 * The markup the rules address (src/pages/assess/index.astro): the form `[data-assess-form]` with one radio group
 * per question (`name` = question id, `value` = option value); `[data-static-answer]` (= question id), holding one
 * `[data-static-option]` per option (and `""` for «not answered» where the answer is always shown); the worksheet's
 * rows `tr[data-question]`, each with one `td[data-group]` per group holding `[data-static-verdict="as"]` and `[data-static-verdict="unlike"]`; the plan's
 * `[data-plan-group]` articles, each with its `[data-plan-point]` sections and a `[data-plan-none]` line; one
 * `<tbody>` per section of the table; the custom properties `--as-fill` and `--unlike-fill`, the cells' colours.
 */
import { planPoints } from './assessment-plan.ts';
import { compareWithGroups, type ProfilePoint, type Question } from './assessment.ts';

/** Per group and question: the option values that match the group's profile (`as`) and those unlike it. */
export interface StaticVerdict {
  group: string;
  question: string;
  /** Options the group's profile expects. */
  as: string[];
  /** Options it does not expect: choosing one puts the question in the plan toward the group. */
  unlike: string[];
}

/**
 * For each group (in the order of `groupIds`) and each question (questionnaire order) on which the group's profile
 * expects something, the options that match it and those that differ, by `compareWithGroups` of that one answer
 * and `planPoints` toward the group. Questions no group expects anything on give no entry.
 */
export function staticVerdicts(questions: readonly Question[], points: readonly ProfilePoint[], groupIds: readonly string[]): StaticVerdict[] {
  return groupIds.flatMap((group) =>
    questions.flatMap((q) => {
      const verdicts = q.options.map((o) => {
        const comparison = compareWithGroups({ [q.id]: o.value }, points, [group]);
        return { value: o.value, as: comparison.groups[0]?.as.includes(q.id) ?? false, differs: planPoints(comparison, group).includes(q.id) };
      });
      const as = verdicts.filter((v) => v.as).map((v) => v.value);
      const unlike = verdicts.filter((v) => v.differs).map((v) => v.value);
      return as.length + unlike.length > 0 ? [{ group, question: q.id, as, unlike }] : [];
    }),
  );
}

/** A CSS string: the text between double quotes, with quotes, backslashes and line breaks escaped. */
const str = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

const FORM = '[data-assess-form]';

/** The chosen radio of `question` when it is one of `values`: a selector for inside `:has()`. */
const chosen = (question: string, values: readonly string[]) =>
  `${FORM} input[name=${str(question)}]:is(${values.map((v) => `[value=${str(v)}]`).join(', ')}):checked`;

/**
 * The stylesheet of /assess/ that follows the chosen answers (see the module's comment): plain CSS text, a `@media
 * (scripting: none)` block and a `@media print` block. `questions` give the options shown in the answer column;
 * `verdicts` (from `staticVerdicts`) the worksheet's marks and the plan's points; `sections` the question ids of
 * each `<tbody>` of the table, in order. Throws if a verdict or a section names a question that `questions` lacks.
 */
export function answerStyles(questions: readonly Question[], verdicts: readonly StaticVerdict[], sections: readonly (readonly string[])[]): string {
  const known = new Set(questions.map((q) => q.id));
  for (const id of [...verdicts.map((v) => v.question), ...sections.flat()]) if (!known.has(id)) throw new Error(`no question ${id}`);
  const row = (q: string) => `tr[data-question=${str(q)}]`;
  const answer = (q: string) => `[data-static-answer=${str(q)}]`;
  const cell = (v: StaticVerdict) => `${row(v.question)} td[data-group=${str(v.group)}]`;
  const groups = [...new Set(verdicts.map((v) => v.group))];
  const answered = `main:has(${FORM} input:checked)`;
  const rules = [
    // Out of sight until an answer calls for them; then the chosen option's label, else «not answered».
    '[data-static-option]:not([data-static-option=""]), [data-static-verdict], [data-plan-none] { display: none; }',
    ...questions.flatMap((q) => [
      `main:has(${FORM} input[name=${str(q.id)}]:checked) ${answer(q.id)} [data-static-option=""] { display: none; }`,
      ...q.options.map(
        (o) => `main:has(${chosen(q.id, [o.value])}) ${answer(q.id)} [data-static-option=${str(o.value)}] { display: inline; }`,
      ),
    ]),
    // The worksheet: each group's cell as the chosen answer or unlike it.
    ...verdicts.flatMap((v) =>
      (['as', 'unlike'] as const).flatMap((kind) =>
        v[kind].length === 0
          ? []
          : [
              `main:has(${chosen(v.question, v[kind])}) ${cell(v)} { background: var(--${kind}-fill); }`,
              `main:has(${chosen(v.question, v[kind])}) ${cell(v)} [data-static-verdict=${str(kind)}] { display: block; }`,
            ],
      ),
    ),
    // The plan: once an answer is chosen, only the points where it differs from the group.
    `${answered} [data-plan-point] { display: none; }`,
    ...verdicts
      .filter((v) => v.unlike.length > 0)
      .map((v) => `main:has(${chosen(v.question, v.unlike)}) [data-plan-group=${str(v.group)}] [data-plan-point=${str(v.question)}] { display: block; }`),
    ...groups.map((g) => {
      const differing = verdicts.filter((v) => v.group === g && v.unlike.length > 0).map((v) => chosen(v.question, v.unlike));
      const none = differing.length > 0 ? `:not(:has(${differing.join(', ')}))` : '';
      return `${answered}${none} [data-plan-group=${str(g)}] [data-plan-none] { display: block; }`;
    }),
  ];
  const anyOf = (ids: readonly string[]) => `${FORM} input:is(${ids.map((id) => `[name=${str(id)}]`).join(', ')}):checked`;
  const print = [
    ...questions.map((q) => `${answered}:not(:has(${anyOf([q.id])})) ${row(q.id)} { display: none; }`),
    ...sections
      .filter((ids) => ids.length > 0)
      .map((ids) => `${answered}:not(:has(${anyOf(ids)})) tbody:has(> ${row(ids[0] ?? '')}) { display: none; }`),
  ];
  const block = (media: string, lines: string[]) => `@media ${media} {\n${lines.map((r) => `  ${r}`).join('\n')}\n}\n`;
  return block('(scripting: none)', rules) + block('print', print);
}
