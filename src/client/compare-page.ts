/**
 * /compare/ and /embed/compare/: reads ?clusters=a,b from the address, names
 * and drops what it cannot use (unknown, repeated or surplus ids; other
 * parameters: src/client/url-notice.ts), loads each cluster's column
 * (/compare/columns/<id>.json, same origin) and draws the table. Adding and
 * removing clusters pushes the new address, so Back and Forward step through
 * the selections. Answers of /assess/ in the address (its own facets) are
 * drawn as a first column, «Your answers» (src/lib/compare-answers.ts).
 */
import { answersOf, answerFacets, answersState, type Answers, type Question } from '../lib/assessment.ts';
import { ANSWERS_COLUMN, answersColumn } from '../lib/compare-answers.ts';
import { renderCompareTable } from '../lib/compare-render.ts';
import { COMPARE_MAX, COMPARE_MIN, addCluster, compareSearch, compareStateSpec, removeCluster } from '../lib/compare-state.ts';
import type { CompareColumn, CompareRow } from '../lib/compare-view.ts';
import { sitePath } from '../lib/paths.ts';
import { startup } from './page-ready.ts';
import { encodeState } from '../lib/url-state.ts';
import { readViewState } from './url-notice.ts';

interface AnswerData {
  questions: Question[];
  /** Row id → the questions whose answers stand in it (answerRows). */
  rows: [string, string[]][];
}

const root = document.querySelector<HTMLElement>('[data-compare]');
const rowsScript = document.getElementById('compare-rows');
const namesScript = document.getElementById('compare-names');
const answersScript = document.getElementById('compare-answers');
if (root && rowsScript && namesScript)
  start(
    root,
    JSON.parse(rowsScript.textContent ?? '[]') as CompareRow[],
    new Map(JSON.parse(namesScript.textContent ?? '[]') as [string, string][]),
    JSON.parse(answersScript?.textContent ?? '{"questions":[],"rows":[]}') as AnswerData,
  );

function start(root: HTMLElement, rows: CompareRow[], names: Map<string, string>, answerData: AnswerData) {
  const view = root.querySelector<HTMLElement>('[data-compare-view]');
  const empty = root.querySelector<HTMLElement>('[data-compare-empty]');
  const messages = root.querySelector<HTMLElement>('[data-compare-messages]');
  const form = root.querySelector<HTMLFormElement>('form[data-compare-add]');
  const select = form?.querySelector<HTMLSelectElement>('select');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  if (!view || !empty || !messages) return;
  const embed = root.dataset['embed'] === 'true';
  const { questions } = answerData;
  const spec = compareStateSpec([...names.keys()], questions);
  const known = new Set(names.keys());
  const nameOf = (id: string) => names.get(id) ?? id;
  const baseTitle = document.title;
  const columns = new Map<string, Promise<CompareColumn>>();
  const load = (id: string): Promise<CompareColumn> => {
    let column = columns.get(id);
    if (!column) {
      column = fetch(sitePath(`/compare/columns/${encodeURIComponent(id)}.json`)).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<CompareColumn>;
      });
      columns.set(id, column);
    }
    return column;
  };
  let ids: string[] = [];
  let answers: Answers = {};
  let drawing = 0;
  const hasAnswers = () => Object.keys(answers).length > 0;
  // The column of the answers links back to the assessment that gave them.
  const answersHref = () => `/assess/${encodeState(answersState(answers), answerFacets(questions))}`;

  const tell = (text: string) => {
    if (status) status.textContent = text;
  };
  const count = () =>
    ids.length === 0
      ? `Compare ${COMPARE_MIN} to ${COMPARE_MAX} clusters.`
      : ids.length < COMPARE_MIN
        ? `${nameOf(ids[0] ?? '')} is shown alone: add at least one more cluster to compare it with.`
        : ids.length >= COMPARE_MAX
          ? `${ids.length} clusters shown, the most that fit side by side: remove one to add another.`
          : `${ids.length} clusters shown; you can add ${COMPARE_MAX - ids.length} more.`;

  const syncPicker = () => {
    if (!select || !form) return;
    for (const option of select.options) option.disabled = option.value !== '' && ids.includes(option.value);
    if (select.selectedOptions[0]?.disabled) select.value = '';
  };

  async function draw(): Promise<void> {
    const token = ++drawing;
    syncPicker();
    tell(count());
    document.title = ids.length > 0 ? `${ids.map(nameOf).join(' · ')} compared · ${baseTitle}` : baseTitle;
    empty!.hidden = ids.length > 0;
    if (ids.length === 0) {
      view!.replaceChildren();
      view!.hidden = true;
      return;
    }
    view!.hidden = false;
    view!.setAttribute('aria-busy', 'true');
    try {
      const clusterColumns = await Promise.all(ids.map(load));
      if (token !== drawing) return;
      const cols = hasAnswers() ? [answersColumn(answers, questions, answerData.rows, rows, answersHref()), ...clusterColumns] : clusterColumns;
      view!.replaceChildren(
        renderCompareTable(document, rows, cols, {
          path: (p) => sitePath(p),
          removable: !embed,
          newTab: embed,
          caption: hasAnswers()
            ? `Your answers beside ${clusterColumns.map((c) => c.name).join(', ')}. Every value of a cluster with its source and locator; «Not reported» where the sources give none. Which row an answer stands in is the atlas’s reading; «Not comparable» where no question of the assessment matches the row.`
            : `${cols.map((c) => c.name).join(', ')} side by side. Every value with its source and locator; «Not reported» where the sources give none.`,
        }),
      );
    } catch {
      if (token !== drawing) return;
      view!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'The clusters’ data could not be loaded. Reload the page to try again.' }));
    } finally {
      if (token === drawing) view!.removeAttribute('aria-busy');
    }
  }

  const fromAddress = () => {
    const state = readViewState(spec, { notice: messages });
    ids = state.clusters;
    answers = answersOf(state, questions);
    return draw();
  };

  const change = (next: string[], announce: string) => {
    ids = next;
    history.pushState(null, '', `${location.pathname}${compareSearch(ids, answers, questions)}`);
    messages.textContent = '';
    const done = draw();
    tell(`${announce} ${count()}`);
    return done;
  };

  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = select?.value ?? '';
    if (!known.has(id)) {
      tell('Choose a cluster in the menu first.');
      select?.focus();
      return;
    }
    if (ids.length >= COMPARE_MAX) {
      tell(`At most ${COMPARE_MAX} clusters fit side by side: remove one first.`);
      return;
    }
    void change(addCluster(ids, id), `${nameOf(id)} added.`);
    select?.focus();
  });

  view.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const id = button.dataset['remove'] ?? '';
    if (id === ANSWERS_COLUMN) {
      answers = {};
      void change(ids, 'Your answers removed.').then(() => view.querySelector<HTMLButtonElement>('button[data-remove]')?.focus());
      return;
    }
    const at = ids.indexOf(id);
    void change(removeCluster(ids, id), `${nameOf(id)} removed.`).then(() => {
      // Keep the keyboard where it was: the next column's Remove button, else the previous one, else the menu.
      const buttons = view.querySelectorAll<HTMLButtonElement>('button[data-remove]');
      (buttons[Math.min(at, buttons.length - 1)] ?? select)?.focus();
    });
  });

  window.addEventListener('popstate', () => void fromAddress());
  void startup(fromAddress());
}
