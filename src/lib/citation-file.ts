/** The CITATION.cff the build serves (scripts/build-data.ts); apart from citation.ts, which the browser loads. */
/**
 * The CITATION.cff served beside the downloads: the repository's file (`text`, Citation File Format 1.2.0) with the
 * address the site is published at as its `url` when the build knows it. Throws when `text` is not a CFF file or
 * already has a top-level `url`.
 */
export function servedCitationCff(text: string, url?: string): string {
  if (!/^cff-version: /m.test(text)) throw new Error('CITATION.cff: no cff-version line');
  if (/^url:/m.test(text)) throw new Error('CITATION.cff: already has a url');
  if (!url) return text;
  const licence = /^license: .*\n/m.exec(text);
  if (!licence) throw new Error('CITATION.cff: no license line to put the url after');
  const at = licence.index + licence[0].length;
  return `${text.slice(0, at)}url: ${JSON.stringify(url)}\n${text.slice(at)}`;
}
