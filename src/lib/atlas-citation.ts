/**
 * The citation of the atlas itself, as plain text and BibTeX: for the downloads at build time and for /data/ in the
 * browser (src/client/cite-atlas.ts). Apart from citation.ts, whose view citations every page's script loads.
 */
import { bibEntry, bibEscape, sourceBibtex } from './citation.ts';
import type { Source } from './schema/tables.ts';

/**
 * What a citation of the atlas itself needs. The URL only when it is known: the build's when SITE_URL says where the
 * site is published, the served address on a page read in a browser (src/client/cite-atlas.ts), which also knows
 * the access date (YYYY-MM-DD).
 */
export interface AtlasCitation {
  author: string;
  title: string;
  version: string;
  /** Year the data package was built. */
  year: string;
  url?: string;
  accessed?: string;
  licence: string;
}

export function atlasCitationText(a: AtlasCitation): string {
  const address = a.url ? `${a.url}${a.accessed ? ` (accessed ${a.accessed})` : ''}. ` : '';
  return `${a.author} (${a.year}). ${a.title}, version ${a.version} [data set]. ${address}Data licensed under ${a.licence}.`;
}

export function atlasBibtex(a: AtlasCitation, key = 'biomedical-clusters-atlas'): string {
  return bibEntry('misc', key, [
    ['author', `{${bibEscape(a.author)}}`],
    ['title', `{${bibEscape(a.title)}}`],
    ['year', a.year],
    ['version', a.version],
    ['howpublished', 'Data set and website'],
    ['url', a.url],
    ['urldate', a.url ? a.accessed : undefined],
    ['note', `Data licensed under ${bibEscape(a.licence)}`],
  ]);
}

/** The .bib download: the atlas, then each source. */
export function bibliography(atlas: AtlasCitation, sources: readonly Source[]): string {
  return ['% Encoding: UTF-8', atlasBibtex(atlas), ...sources.map(sourceBibtex)].join('\n\n') + '\n';
}
