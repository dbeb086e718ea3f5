/**
 * /assess/ without JavaScript (src/lib/assess-styles.ts) over the real tables: the options that match or differ per
 * group and question, held against the scripted page's matching (`compareWithGroups`, `planPoints`) for whole answer
 * sets — all matching a group, none matching it, answers missing — and the stylesheet built from them. Expected
 * options are worked out by hand from data/group-profile-points.csv.
 */
import { describe, expect, it } from 'vitest';
import { assessPage } from '../../src/lib/assess-page.ts';
import { answerStyles, staticVerdicts } from '../../src/lib/assess-styles.ts';
import { planPoints } from '../../src/lib/assessment-plan.ts';
import { compareWithGroups, questionnaire, type Answers } from '../../src/lib/assessment.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const a = atlasFrom(buildFrom('data'));
const questions = questionnaire(a.indicators.rows);
const points = a.groupProfilePoints.rows;
const G1 = 'global-high-technology-medicine-clusters';
const G2 = 'world-class-biomedical-research-clusters';
const G3 = 'international-medical-tourism-clusters';
const groupIds = [G1, G2, G3];
const verdicts = staticVerdicts(questions, points, groupIds);
const sections = assessPage(a).worksheet.map((s) => s.rows.map((r) => r.question.id));
const verdict = (group: string, question: string) => verdicts.find((v) => v.group === group && v.question === question);

/** The points the stylesheet shows in the plan toward `group` for these answers: those whose chosen answer differs. */
const shownPoints = (answers: Answers, group: string) =>
  verdicts.filter((v) => v.group === group && v.unlike.includes(answers[v.question] ?? '')).map((v) => v.question);
/** The answers that match every point of a group's profile (its first expected option), or differ on every one. */
const matching = (group: string) => Object.fromEntries(points.filter((p) => p.group_id === group && p.expected.length > 0).map((p) => [p.question, p.expected[0] ?? '']));
const differing = (group: string) =>
  Object.fromEntries(
    points
      .filter((p) => p.group_id === group && p.expected.length > 0)
      .map((p) => [p.question, questions.find((q) => q.id === p.question)?.options.find((o) => !p.expected.includes(o.value))?.value ?? '']),
  );

describe('staticVerdicts', () => {
  it('splits each question a group expects something on into the options as the group and those unlike it', () => {
    // Group 1 expects 100 or more members, group 3 fewer; group 2's cell is empty.
    expect(verdict(G1, 'cluster-size')).toEqual({ group: G1, question: 'cluster-size', as: ['yes'], unlike: ['no'] });
    expect(verdict(G3, 'cluster-size')).toEqual({ group: G3, question: 'cluster-size', as: ['no'], unlike: ['yes'] });
    expect(verdict(G2, 'cluster-size')).toBeUndefined();
    // Group 2: European and Asian countries.
    expect(verdict(G2, 'home-country')).toMatchObject({ as: ['europe', 'asia'], unlike: ['de-us-kr', 'latin-america', 'elsewhere'] });
    // Group 3 holds both answers on R&D (30%), and no group expects anything of the ESCA label.
    expect(verdict(G3, 'biomedical-rd')).toBeUndefined();
    expect(verdicts.filter((v) => v.question === 'esca-label')).toEqual([]);
    // group-profile-points.csv: group 1 expects something on 12 points, groups 2 and 3 on 7 each.
    expect(groupIds.map((g) => verdicts.filter((v) => v.group === g).length)).toEqual([12, 7, 7]);
  });

  const cases: [string, Answers][] = [
    ['nothing answered', {}],
    ['every yes/no question «yes»', Object.fromEntries(questions.filter((q) => q.options.some((o) => o.value === 'yes')).map((q) => [q.id, 'yes']))],
    ['every yes/no question «no»', Object.fromEntries(questions.filter((q) => q.options.some((o) => o.value === 'no')).map((q) => [q.id, 'no']))],
    // The issue's example: a publicly set-up cluster of fewer than 100 members doing R&D; the rest unanswered.
    ['three answers, the rest missing', { 'establishment-initiative': 'public', 'cluster-size': 'no', 'biomedical-rd': 'yes' }],
    ...groupIds.flatMap((g): [string, Answers][] => [
      [`all as ${g}`, matching(g)],
      [`none as ${g}`, differing(g)],
    ]),
  ];
  for (const [name, answers] of cases)
    it(`shows in each group's plan the points the scripted page plans for: ${name}`, () => {
      const comparison = compareWithGroups(answers, points, groupIds);
      // As sets: the page shows the points in questionnaire order, the comparison lists them in the CSV's.
      for (const g of groupIds) expect(shownPoints(answers, g).sort(), g).toEqual([...planPoints(comparison, g)].sort());
    });

  it('shows no point toward a group all answers match, and every point toward a group they all differ from', () => {
    expect(shownPoints(matching(G1), G1)).toEqual([]);
    expect(shownPoints(differing(G1), G1)).toHaveLength(12);
    expect(shownPoints(differing(G3), G3)).toHaveLength(7);
  });
});

describe('answerStyles', () => {
  const css = answerStyles(questions, verdicts, sections);
  const selectorRules = css.split('\n').filter((line) => line.includes('{') && !line.startsWith('@media'));

  const [scripting, print] = css.split(/^(?=@media print)/m);

  // test/browser/assess-plan.test.ts checks that Chromium keeps every rule (it drops one it cannot parse).
  it('holds the rules without a script in a @media (scripting: none) block, the printed table in @media print', () => {
    expect(css.match(/@media [^{]*/g)).toEqual(['@media (scripting: none) ', '@media print ']);
    expect(scripting).not.toContain('@media print');
    // One rule a line, each closed on its line; each block closed on a line of its own.
    for (const rule of selectorRules) expect(rule).toMatch(/^ {2}[^{}]+ \{ [^{}]+ \}$/);
    expect(css.match(/^\}$/gm)).toHaveLength(2);
  });

  it('on paper, once an answer is chosen, leaves out each question not answered and each section with none answered', () => {
    for (const q of questions)
      expect(print).toContain(
        `main:has([data-assess-form] input:checked):not(:has([data-assess-form] input:is([name="${q.id}"]):checked)) tr[data-question="${q.id}"] { display: none; }`,
      );
    // The four sections of the table: the three categories of fig. 2.2 and table 2.1's questions.
    expect(print?.match(/tbody:has/g)).toHaveLength(4);
    expect(print).toContain(':not(:has([data-assess-form] input:is([name="cluster-size"], [name="member-diversity"], [name="specialisation"], [name="innovation-infrastructure"], [name="start-ups"]):checked)) tbody:has(> tr[data-question="cluster-size"])');
  });

  it('shows a plan point when the chosen answer is one the group does not expect', () => {
    expect(selectorRules).toContainEqual(
      expect.stringContaining(
        `main:has([data-assess-form] input[name="cluster-size"]:is([value="no"]):checked) [data-plan-group="${G1}"] [data-plan-point="cluster-size"] { display: block; }`,
      ),
    );
    // Group 3 expects fewer than 100 members: «yes» puts the point in its plan.
    expect(selectorRules).toContainEqual(expect.stringContaining(`input[name="cluster-size"]:is([value="yes"]):checked) [data-plan-group="${G3}"]`));
  });

  it('says a group has nothing to plan only when no chosen answer differs from it', () => {
    const none = selectorRules.filter((r) => r.includes(`[data-plan-group="${G2}"] [data-plan-none]`));
    expect(none).toHaveLength(1);
    // Each of group 2's seven points, with the options unlike it, is a reason not to say so.
    for (const v of verdicts.filter((x) => x.group === G2))
      expect(none[0]).toContain(`input[name="${v.question}"]:is(${v.unlike.map((u) => `[value="${u}"]`).join(', ')}):checked`);
  });

  it('names each chosen option where the answer is shown, and «not answered» until one is', () => {
    const q = questions.find((x) => x.id === 'home-country');
    for (const o of q?.options ?? [])
      expect(selectorRules).toContainEqual(
        expect.stringContaining(
          `main:has([data-assess-form] input[name="home-country"]:is([value="${o.value}"]):checked) [data-static-answer="home-country"] [data-static-option="${o.value}"] { display: inline; }`,
        ),
      );
    expect(selectorRules).toContainEqual(
      expect.stringContaining('main:has([data-assess-form] input[name="home-country"]:checked) [data-static-answer="home-country"] [data-static-option=""] { display: none; }'),
    );
  });

  it('refuses a verdict or a section on a question it does not know', () => {
    expect(() => answerStyles(questions, [{ group: G1, question: 'no-such-question', as: ['yes'], unlike: [] }], sections)).toThrow('no-such-question');
    expect(() => answerStyles(questions, verdicts, [['cluster-size', 'no-such-question']])).toThrow('no-such-question');
  });
});
