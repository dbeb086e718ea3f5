/**
 * Whether a search result really contains the words searched for.
 *
 * Pagefind (1.x) looks a query word up by its stem and, when no word of the
 * site starts with that stem, falls back to the longest prefix of it that is
 * in the index (its «backtracking», Pagefind PR #315; not configurable in
 * 1.6, issue #780): «artery» then finds every page with the word «a»,
 * «orchid» every page with «or», «Tokyo» every page with «to». The
 * fall-back applies to the word across the whole index, so if the best
 * result holds no real match of a query word, no result does, and the search
 * page reports no results.
 */

/** The words of a text, folded for comparison: lower case, accents removed, split at anything but letters and digits. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a word of a page (folded) is a match for a query word (folded), as
 * Pagefind's own matching means it: the page word starts with the query
 * word («medi» → «medicon», «cluster» → «clusters»), or both share a stem of
 * at least three letters and half the query word («clusters» → «cluster»,
 * «cities» → «city», «installation» → «installing»). A shorter shared start
 * is Pagefind's fall-back, not a match («artery» → «a», «orchid» → «or»).
 */
export function wordMatches(pageWord: string, queryWord: string): boolean {
  if (pageWord.startsWith(queryWord)) return true;
  return commonPrefix(pageWord, queryWord) >= Math.max(3, Math.ceil(queryWord.length / 2));
}

/** The words of `query` (folded, in order, without repeats) that no word of `content` matches; [] when every one is there. */
export function missingWords(query: string, content: string): string[] {
  const pageWords = new Set(foldedWords(content));
  return [...new Set(foldedWords(query))].filter((q) => ![...pageWords].some((w) => wordMatches(w, q)));
}
