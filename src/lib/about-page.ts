/** The about page (/about/): the second layer, how the points were placed, the notes on each source (pure). */
import { sampleStats } from './overview.ts';
import { LOCATION_PRECISIONS } from './schema/tables.ts';
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
