/**
 * The URL state of /compare/: `?clusters=a,b,c`, two to four cluster ids in
 * the order given, read and written by src/lib/url-state.ts. Ids may also
 * come as repeated parameters (`?clusters=a&clusters=b`, what a GET form with
 * checkboxes sends); the canonical form is one comma-separated parameter.
 * Answers of /assess/ may follow (`&cluster-size=yes…`, the assessment's own
 * facets): the view shows them as a column beside the clusters.
 */
import { countOf, countOfCapitalised } from './count-words.ts';
import { answerFacets, answersState, type Answers, type Question } from './assessment.ts';
import { encodeState, stateKeys, type StateSpec } from './url-state.ts';

/** Fewer is no error: the page says what is missing (and shows an example when none is given). */
export const COMPARE_MIN = 2;
/** The most clusters that fit side by side; ids beyond are named and dropped. */
export const COMPARE_MAX = 4;

/**
 * The compare view's address; `clusterIds`: every id it can show; `questions`: the assessment's
 * questions, whose answers (answerFacets of src/lib/assessment.ts) follow the clusters.
 */
export function compareStateSpec(clusterIds: readonly string[], questions: readonly Question[] = []) {
  return {
    clusters: { kind: 'list', values: clusterIds, min: COMPARE_MIN, max: COMPARE_MAX, noun: 'cluster' },
    ...answerFacets(questions),
  } satisfies StateSpec;
}

/** The parameter names of the compare view's clusters (its embed and chart links carry no answers). */
export const COMPARE_STATE_KEYS = stateKeys(compareStateSpec([]));

/**
 * The address of a selection of cluster ids, and of answers to set beside them: «?clusters=a,b» (at
 * most COMPARE_MAX, each once) then the answers in questionnaire order, or «» for nothing.
 */
export function compareSearch(ids: readonly string[], answers: Answers = {}, questions: readonly Question[] = []): string {
  return encodeState({ ...answersState(answers), clusters: [...ids] }, compareStateSpec(ids, questions));
}

/** The selection with a cluster added at the end; unchanged if it is there already or the selection is full. */
export function addCluster(ids: readonly string[], id: string): string[] {
  return ids.includes(id) || ids.length >= COMPARE_MAX ? [...ids] : [...ids, id];
}

/** The selection without a cluster. */
export function removeCluster(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/**
 * What the clusters table says of the clusters ticked for comparison, for `n` ticked (a whole number ≥ 0): how many
 * to tick, one more, too many (and how many to untick), or how many are ready to compare.
 */
export function compareSelectionStatus(n: number): string {
  if (n === 0) return `Tick ${COMPARE_MIN} to ${COMPARE_MAX} clusters in the Name column, then compare them side by side.`;
  const selected = `${countOfCapitalised(n, 'cluster', 'clusters')} selected`;
  if (n < COMPARE_MIN) return `${selected}: tick at least ${countOf(COMPARE_MIN - n, 'more', 'more')}.`;
  if (n > COMPARE_MAX) return `${selected}: at most ${COMPARE_MAX} fit side by side; untick ${n - COMPARE_MAX}.`;
  return `${selected}.`;
}
