/** The data page (/data/): downloads, dictionary, citations and the changelog (pure). */
import { atlasCitation } from './data-package.ts';
import { changelogEntries } from './data-changelog.ts';
import { catalogue, codeSpans } from './data-catalogue.ts';
import type { DownloadManifest } from './download-manifest.ts';
import { shortSource, sourceBibtex, sourceCitationText } from './citation.ts';
import { publishedTables } from './schema/derived.ts';
import { countOf } from './count-words.ts';
import type { Atlas } from './table-access.ts';

/**
 * The data page's model: the catalogue of the published tables and files with
 * their sizes from the data build's `manifest` (catalogue()); the atlas's
 * citation, with `url` (where the site is published) when the build knows it;
 * each source of sources.csv with its short name, citation and BibTeX; how
 * many methodology notes there are; and the entries of data/CHANGELOG.md
 * (`changelog`, its markdown), each item split into code spans. Throws when the
 * manifest lacks a file the catalogue lists.
 */
export function dataPage(a: Atlas, manifest: DownloadManifest, changelog: string, url: string | undefined) {
  const c = catalogue(publishedTables, manifest);
  return {
    catalogue: c,
    citation: atlasCitation(c.created, url),
    sources: a.sources.rows.map((source) => ({
      source,
      short: shortSource(source.id),
      citation: sourceCitationText(source),
      bibtex: sourceBibtex(source),
    })),
    notes: a.methodologyNotes.rows.length,
    changelog: changelogEntries(changelog).map((e) => ({ ...e, items: e.items.map(codeSpans) })),
  };
}

/** What the zip of all data holds, after its link and size: «the 39 tables as CSV and JSON», «the one table as CSV and JSON». */
export function archiveTables(tables: number): string {
  return `the ${countOf(tables, 'table', 'tables')} as CSV and JSON`;
}
