/**
 * /assess/: restores the answers from the URL, keeps the URL in step with the form (replaceState), and
 * renders the atlas's comparison of the answers with the groups' profiles live: a one-line summary in
 * the polite status region, the score, the points, the worksheet's answer and verdict cells, and the
 * closest group first under «Read next»; the plan toward the group aimed at (the `aim` choice, else the
 * closest): only its points where the answers differ stay in view, each with the answer given, and
 * «Compare my answers» links to /compare/ with the answers beside clusters of that group. Without this
 * script, /assess/answers.css (src/lib/assess-styles.ts) marks the worksheet and the plans from the radio buttons.
 */
import { aimedGroup, planPoints, planSummary } from '../lib/assessment-plan.ts';
import {
  aimOf,
  binaryScore,
  compareWithGroups,
  differenceLines,
  answersOf,
  answersState,
  assessStateSpec,
  pointByPoint,
  resultSummary,
  type Answers,
  type Comparison,
  type ProfilePoint,
  type Question,
} from '../lib/assessment.ts';
import { compareSearch } from '../lib/compare-state.ts';
import { sitePath } from '../lib/paths.ts';
import { encodeState } from '../lib/url-state.ts';
import { readViewState } from './url-notice.ts';

interface PageData {
  questions: Question[];
  points: ProfilePoint[];
  groups: { id: string; number: number; name: string; linked: string[]; compareWith: string[] }[];
}

const form = document.querySelector<HTMLFormElement>('[data-assess-form]');
const dataScript = document.getElementById('assess-data');
if (form && dataScript) init(form, JSON.parse(dataScript.textContent ?? '{}') as PageData);

function init(form: HTMLFormElement, data: PageData) {
  const { questions, groups, points } = data;
  const el = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
  const status = el('[data-status]');
  const score = el('[data-score]');
  const detail = el('[data-detail]');
  const list = el('[data-points]');
  const differences = el('[data-differences]');
  const differencesHeading = el('[data-differences-heading]');
  const differencesList = el('[data-differences-list]');
  const next = el('[data-next]');
  const heading = el('#result-heading');
  const groupLabel = (id: string) => {
    const g = groups.find((x) => x.id === id);
    return g ? `group ${g.number}, ${g.name}` : id;
  };
  const categoryName: Record<string, string> = { 'home-country': 'home country', members: 'members', management: 'management' };

  const aimSelect = form.querySelector<HTMLSelectElement>('select[name="aim"]');
  const planResult = el('[data-plan-result]');
  const planSummaryLine = el('[data-plan-summary]');
  const planEmpty = el('[data-plan-empty]');
  const compare = el('[data-compare]');
  const compareLink = el<HTMLAnchorElement>('[data-compare-link]');

  const spec = assessStateSpec(questions, groups.map((g) => g.id));
  const state = readViewState(spec, { notice: el('[data-dropped]') });
  const initial = answersOf(state, questions);
  for (const [name, value] of Object.entries(initial)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (input) input.checked = true;
  }
  if (aimSelect) aimSelect.value = aimOf(state) ?? '';
  const chosenAim = () => aimSelect?.value || undefined;

  const read = (): Answers => {
    const answers: Answers = {};
    for (const q of questions) {
      const checked = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(q.id)}"]:checked`);
      if (checked) answers[q.id] = checked.value;
    }
    return answers;
  };

  const items = (ul: HTMLElement | null, lines: string[]) => {
    if (!ul) return;
    ul.replaceChildren(
      ...lines.map((line) => {
        const li = document.createElement('li');
        li.textContent = line;
        return li;
      }),
    );
  };

  const render = (answers: Answers) => {
    const query = encodeState(answersState(answers, chosenAim()), spec);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    const comparison = compareWithGroups(answers, points, groups.map((g) => g.id));
    const s = binaryScore(answers, questions);
    const closest = comparison.closest;
    const best = comparison.groups.find((g) => g.group === closest[0]);

    const summary = resultSummary(answers, comparison, groupLabel);
    if (status && status.textContent !== summary) status.textContent = summary;

    if (score)
      score.textContent =
        s.answered === 0
          ? ''
          : `On the report’s binary scale your answers give ${s.points} ${s.points === 1 ? 'point' : 'points'} (${s.answered} of 15 indicators answered: ${s.byCategory
              .map((c) => `${categoryName[c.category] ?? c.category} ${c.points} of ${c.of}`)
              .join(', ')}). The report publishes no cluster’s score to set this against.`;

    if (detail) detail.hidden = comparison.compared.length === 0;
    items(list, pointByPoint(answers, comparison, questions, groups));
    if (differences && differencesHeading && differencesList) {
      differences.hidden = closest.length !== 1 || !best || best.unlike.length === 0;
      if (best) {
        differencesHeading.textContent = `Where your cluster differs from group ${groups.find((g) => g.id === best.group)?.number}`;
        items(
          differencesList,
          differenceLines(answers, best, points, questions),
        );
      }
    }

    // The worksheet: the answer per question, and per group whether it matches.
    for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-question]')) {
      const id = row.dataset['question'] ?? '';
      const q = questions.find((x) => x.id === id);
      const answer = answers[id];
      const text = row.querySelector<HTMLElement>('[data-answer-text]');
      if (text) text.textContent = answer === undefined ? 'not answered' : (q?.options.find((o) => o.value === answer)?.label ?? answer);
      for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-group]')) {
        const g = comparison.groups.find((x) => x.group === cell.dataset['group']);
        const verdict = g?.as.includes(id) ? 'as' : g?.unlike.includes(id) ? 'unlike' : '';
        cell.classList.toggle('as', verdict === 'as');
        cell.classList.toggle('unlike', verdict === 'unlike');
        const v = cell.querySelector<HTMLElement>('[data-verdict]');
        // The words apart from the mark: on paper the mark alone stands, with a key in the table's caption.
        const words = document.createElement('span');
        words.className = 'verdict-words';
        words.textContent = verdict === 'as' ? ' as your answer' : ' unlike your answer';
        if (v) v.replaceChildren(...(verdict === '' ? [] : [verdict === 'as' ? '✓' : '✗', words]));
      }
    }

    renderPlan(answers, comparison);

    // Read next: the closest group(s) first, marked.
    if (next) {
      const blocks = [...next.querySelectorAll<HTMLElement>('[data-next-group]')];
      const rank = (b: HTMLElement) => (closest.includes(b.dataset['nextGroup'] ?? '') ? 0 : 1);
      const order = [...blocks].sort((a, b) => rank(a) - rank(b) || blocks.indexOf(a) - blocks.indexOf(b));
      if (order.some((b, i) => b !== blocks[i])) next.append(...order);
      for (const b of blocks) {
        const mark = b.querySelector<HTMLElement>('[data-closest]');
        if (mark) mark.hidden = rank(b) !== 0;
        const cases = b.querySelector<HTMLDetailsElement>('details[data-cases]');
        if (cases && rank(b) === 0) cases.open = true;
      }
    }
  };

  // The plan: only the aimed group's points where the answers differ stay in view, each with the answer given.
  const renderPlan = (answers: Answers, comparison: Comparison) => {
    const aim = aimedGroup(comparison, chosenAim());
    const points = planPoints(comparison, aim);
    const group = groups.find((g) => g.id === aim);
    const summary = planSummary(answers, comparison, aim, new Set(group?.linked ?? []), groupLabel);
    const planned = aim !== undefined && Object.keys(answers).length > 0;
    if (planResult) planResult.hidden = Object.keys(answers).length === 0;
    if (planSummaryLine) planSummaryLine.textContent = summary;
    if (planEmpty) {
      planEmpty.hidden = !planned || points.length > 0;
      planEmpty.textContent = summary;
    }
    for (const article of document.querySelectorAll<HTMLElement>('[data-plan-group]')) {
      const mine = article.dataset['planGroup'] === aim;
      article.hidden = planned && (!mine || points.length === 0);
      // The plan aimed at opens; the others stay as the reader left them.
      const details = article.querySelector<HTMLDetailsElement>('details[data-plan-details]');
      if (details && planned && mine) details.open = true;
      for (const section of article.querySelectorAll<HTMLElement>('[data-plan-point]')) {
        const id = section.dataset['planPoint'] ?? '';
        const differs = mine && points.includes(id);
        section.hidden = planned && !differs;
        const answer = section.querySelector<HTMLElement>('[data-plan-answer]');
        const label = questions.find((q) => q.id === id)?.options.find((o) => o.value === answers[id])?.label;
        if (answer) answer.textContent = planned && differs && label ? `You answered «${label}».` : '';
      }
    }
    if (compare && compareLink) {
      // The group aimed at, else the first of those equally close.
      const target = group ?? groups.find((g) => g.id === comparison.closest[0]);
      compare.hidden = !target || target.compareWith.length === 0;
      if (target) {
        compareLink.href = sitePath(`/compare/${compareSearch(target.compareWith, answers, questions)}`);
        compareLink.textContent = `Compare my answers with clusters of group ${target.number}`;
      }
    }
  };

  form.addEventListener('change', () => render(read()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render(read());
    heading?.focus();
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
    render({});
  });
  render(initial);
}
