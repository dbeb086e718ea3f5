/** The about page (/about/): the second layer, how the points were placed, the notes on each source (pure). */
import { sampleStats } from './overview.ts';
import { LOCATION_PRECISIONS } from './schema/tables.ts';
import { shortSource } from './citation.ts';
import { countOf } from './count-words.ts';
import type { Atlas } from './table-access.ts';

/**
 * The about page's model: how many clusters lie outside the HSE sample; how many
 * points stand for a city, a region or only a country (clusters.csv
 * `location_precision`), and how many the atlas placed itself (`location_basis`
 * atlas); the methodology notes of each source that has any, sources in the
 * order of sources.csv and notes in file order; and the sources.
 */
export function aboutPage(a: Atlas) {
  return {
    outsideSample: sampleStats(a).outsideSample,
    precision: Object.fromEntries(LOCATION_PRECISIONS.map((p) => [p, a.clusters.where('location_precision', p).length])) as Record<
      (typeof LOCATION_PRECISIONS)[number],
      number
    >,
    chosen: a.clusters.where('location_basis', 'atlas').length,
    notesBySource: a.sources.rows.map((source) => ({ source, notes: a.methodologyNotes.where('source', source.id) })).filter((g) => g.notes.length > 0),
    sources: a.sources.rows,
  };
}

/** The heading over a source's methodology notes: «HSE 2019: 12 notes», «CEBR 2020: one note». */
export function notesHeading(sourceId: string, notes: number): string {
  return `${shortSource(sourceId)}: ${countOf(notes, 'note', 'notes')}`;
}

/**
 * The counts in the about page's paragraph on locations: the points placed
 * at a city, a region's capital or a country's capital (clusters.csv
 * `location_precision`) — «31 clusters», «one cluster», «no clusters» — and
 * how many places are the atlas's own choice («12 of them»).
 */
export function locationCounts(precision: Record<'city' | 'region' | 'country', number>, chosen: number) {
  return {
    city: countOf(precision.city, 'cluster', 'clusters'),
    region: countOf(precision.region, 'cluster', 'clusters'),
    country: countOf(precision.country, 'cluster', 'clusters'),
    chosen: chosen === 0 ? 'none' : chosen === 1 ? 'one' : String(chosen),
  };
}
