/**
 * «Compare my answers with…»: the answers of /assess/ as a column of /compare/ beside the clusters
 * (pure). Where a question of the assessment matches a row of the comparison the cell holds the answer
 * given; elsewhere it says «Not comparable». Which question matches which row is the atlas's reading:
 *
 * - the rows of table 2.1 (`group-<characteristic>`): the questions group-profile-points.csv reads
 *   against that characteristic (data, so the match follows the curated points);
 * - «Countries»: where the cluster is (the question `home-country`);
 * - «Member organisations» (`indicator-members-total`): whether 100 or more organisations have
 *   confirmed their membership (`cluster-size`, the threshold of hse-2019 fig. 2.2), beside the
 *   clusters' own counts.
 */
import type { Answers, Question } from './assessment.ts';
import type { CompareColumn, CompareCell, CompareRow } from './compare-view.ts';
import type { GroupProfilePoint } from './schema/tables.ts';

/** The answers column's id: never a cluster id (ids are slugs of names; no cluster is named so). */
export const ANSWERS_COLUMN = 'your-answers';

/** Rows of the comparison matched to a question beyond table 2.1's (see the module comment). */
const OTHER_ROWS: Record<string, string> = {
  countries: 'home-country',
  'indicator-members-total': 'cluster-size',
};

/**
 * Row id → the questions whose answers stand in it, in questionnaire order: the table 2.1 rows from the
 * profile points' characteristics, then the rows of OTHER_ROWS. Rows no question matches are absent.
 */
export function answerRows(
  points: readonly Pick<GroupProfilePoint, 'question' | 'characteristic'>[],
  questions: readonly Pick<Question, 'id'>[],
): [string, string[]][] {
  const rows = new Map<string, Set<string>>();
  const add = (row: string, question: string) => rows.set(row, (rows.get(row) ?? new Set()).add(question));
  for (const p of points) add(`group-${p.characteristic}`, p.question);
  for (const [row, question] of Object.entries(OTHER_ROWS)) add(row, question);
  const order = questions.map((q) => q.id);
  return [...rows].map(([row, ids]) => [row, order.filter((id) => ids.has(id))] as [string, string[]]).filter(([, ids]) => ids.length > 0);
}

/**
 * The answers as a compare column: for each row, the answers to its questions (the answer as text, the
 * question under it), «Not answered» when the row's questions are unanswered, «Not comparable» when no
 * question matches the row. `href`: the assessment with these answers (site path).
 */
export function answersColumn(
  answers: Answers,
  questions: readonly Question[],
  rowQuestions: readonly (readonly [string, readonly string[]])[],
  rows: readonly CompareRow[],
  href: string,
): CompareColumn {
  const byRow = new Map(rowQuestions);
  const cells: Record<string, CompareCell> = {};
  for (const row of rows) {
    const ids = byRow.get(row.id) ?? [];
    if (ids.length === 0) {
      cells[row.id] = { items: [], empty: 'Not comparable' };
      continue;
    }
    const items = ids.flatMap((id) => {
      const q = questions.find((x) => x.id === id);
      const value = answers[id];
      if (!q || value === undefined) return [];
      return [{ text: q.options.find((o) => o.value === value)?.label ?? value, detail: q.text }];
    });
    cells[row.id] = items.length > 0 ? { items } : { items: [], empty: 'Not answered' };
  }
  return { id: ANSWERS_COLUMN, name: 'Your answers', href, cells };
}
