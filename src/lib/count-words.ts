/**
 * How the atlas states a count in its sentences: the one rule for «no case
 * studies», «one case study», «2 case studies» (digits from 2 up, as the site
 * writes numbers). Every count a page or component composes goes through
 * here; the sentences built on it live beside the page's data (group-page.ts,
 * factor-page.ts, …).
 *
 * A count that a list beside it shows is marked in the markup: the element
 * that states it carries `data-counts="<name>"` and the list `data-list="<name>"`
 * (test/built/counts-and-dates.test.ts reads every page and checks that the two agree).
 */

/**
 * `n` things in words: «no case studies» (0), «one case study» (1), «2 case
 * studies», «1,200 case studies» (digits, thousands with commas); a count
 * that is missing (null, undefined) is «an unreported number of case
 * studies». Throws on a negative or fractional `n`: a count is a whole number.
 */
export function countOf(n: number | null | undefined, singular: string, plural: string): string {
  if (n === null || n === undefined) return `an unreported number of ${plural}`;
  if (!Number.isInteger(n) || n < 0) throw new Error(`a count must be a whole number ≥ 0, not ${n}`);
  if (n === 0) return `no ${plural}`;
  if (n === 1) return `one ${singular}`;
  return `${n.toLocaleString('en')} ${plural}`;
}

/** `text` beginning a sentence or a heading: its first letter upper-case, the rest as it is. */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** `countOf` beginning a sentence or a heading: «No case studies», «One case study», «2 case studies». */
export function countOfCapitalised(n: number | null | undefined, singular: string, plural: string): string {
  return capitalised(countOf(n, singular, plural));
}
