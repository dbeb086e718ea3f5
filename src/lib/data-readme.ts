/** The README.txt that travels with the data in the zip: what it is, how to cite, the licence and the caveats. */
import { atlasCitationText, type AtlasCitation } from './atlas-citation.ts';
import { sourceCitationText } from './citation.ts';
import { ATLAS, GEOJSON_RESOURCE, TERMS } from './data-package.ts';
import { NOTE_TOPIC_LABELS, NOTE_TOPICS } from './schema/methodology.ts';
import type { MethodologyNote, Source } from './schema/tables.ts';
import type { TableDef } from './schema/table.ts';

/** Greedy wrap at `width` columns; `indent` starts every line, `first` replaces it on the first. */
export function wrap(text: string, width = 78, indent = '', first = indent): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

const heading = (title: string) => `${title}\n${'-'.repeat(title.length)}`;
const item = (text: string) => wrap(text, 78, '   ', ' - ');

export interface ReadmeInput {
  citation: AtlasCitation;
  created: string;
  defs: readonly TableDef[];
  rows: ReadonlyMap<string, number>;
  sources: readonly Source[];
  notes: readonly MethodologyNote[];
}

export function dataReadme({ citation, created, defs, rows, sources, notes }: ReadmeInput): string {
  const title = `${ATLAS.title}: data package, version ${ATLAS.version}`;
  const byTopic = NOTE_TOPICS.map((t) => ({ topic: t, notes: notes.filter((n) => n.topic === t) })).filter((g) => g.notes.length > 0);
  return [
    `${title}\n${'='.repeat(title.length)}`,
    wrap(
      `${ATLAS.description} Built on ${created.slice(0, 10)} from the tables in the atlas's repository; the five source documents are listed below.`,
    ),
    heading('Files'),
    [
      item('datapackage.json: the Frictionless Data Package (v2) descriptor. It describes every table: its columns with type, constraints and description, its primary key and its foreign keys, and the size and SHA-256 hash of each file.'),
      ...defs.map((d) => item(`${d.name}.csv and ${d.name}.json: ${d.title} (${rows.get(d.name) ?? 0} rows). ${d.description}`)),
      item(`${GEOJSON_RESOURCE.path}: ${GEOJSON_RESOURCE.description}`),
      item(`${ATLAS.bibliography}: BibTeX entries for the atlas and its five sources.`),
      item(`${ATLAS.workbook}: every table as a sheet of one Excel workbook, with a README sheet (citation, licence, the columns of every table). Open this one in a spreadsheet: the CSV files have no byte-order mark, which Excel needs to read UTF-8, and cells beginning with + or = are stored in it as text.`),
    ].join('\n'),
    heading('Conventions'),
    [
      item('CSV: UTF-8 without byte-order mark, comma-separated, one header row, quoted as in RFC 4180, lines ending in LF.'),
      item('An empty cell means the source does not report the value. It never means zero.'),
      item('Several values in one cell are separated by ";" (for example "DK;SE"). The JSON files give them as arrays.'),
      item('Ids are lowercase kebab-case slugs of the name ("medicon-valley"). Countries are ISO 3166-1 alpha-2 codes.'),
      item('Every table but sources.csv has a source column (an id from sources.csv) and a locator column (where in that document: chapter, table, figure or case study); most also have a note column (gaps, contradictions and our choices).'),
    ].join('\n'),
    heading('How to cite'),
    wrap('Cite the atlas, and the source document of the figures, facts or quotations you use (the source and locator columns say which):'),
    wrap(atlasCitationText(citation), 78, '   ', ' - '),
    sources.map((s) => wrap(`[${s.id}] ${sourceCitationText(s)}${s.reproduction_terms ? ` The document states: "${s.reproduction_terms}."` : ''}`, 78, '   ', ' - ')).join('\n'),
    wrap(`The same references in BibTeX are in ${ATLAS.bibliography}.`),
    heading('Licence and attribution'),
    [item(TERMS.data), item(TERMS.quotes), item(TERMS.code)].join('\n'),
    heading('Caveats'),
    [
      item('The core of the atlas is the sample of 40 clusters of the HSE study (in_sample = true in clusters.csv). The other clusters, meta-clusters and networks are named in the other documents or in passing; they are not part of the sample and are never counted in its figures.'),
      item('The documents give no coordinates. lat and lon are the atlas\'s own addition: the seat of the cluster organisation where known, otherwise the capital of the region or the country. location_precision and location_note say which.'),
      item('cluster-target-models.csv holds the clusters the HSE study names as examples of each target model, not a complete assignment.'),
      item('The documents were read as plain-text extractions: figures that were images are lost, some tables lost their layout and some passages contradict each other. Each such issue is a row of methodology-notes.csv, listed here.'),
    ].join('\n'),
    ...byTopic.map(({ topic, notes: group }) =>
      [
        heading(`${NOTE_TOPIC_LABELS[topic]} (${group.length})`),
        group.map((n) => item(`${n.description} (${n.source}, ${n.locator}) [${n.id}]`)).join('\n'),
      ].join('\n'),
    ),
  ].join('\n\n') + '\n';
}
