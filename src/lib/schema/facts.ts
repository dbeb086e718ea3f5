/** Every figure and dated fact the sources give about a cluster, one row each. */
import { z } from 'zod';
import { oneOf, optionalDecimal, optionalRef, optionalText, ref, slug, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const FACT_TOPICS = [
  'members',
  'founding',
  'management',
  'legal-form',
  'staff',
  'budget',
  'funding',
  'fees',
  'projects',
  'infrastructure',
  'networks',
  'programmes',
  'events',
  'goals',
  'specialisation',
  'outcomes',
  'market',
  'international',
] as const;

/** What a fact says and where in a case study it stands: the columns a cluster's fact and a partnership's share. */
export const factValue = {
  topic: oneOf('What the fact is about.', FACT_TOPICS),
  label: text('What the value is, in our words.'),
  value: text('The value as the source states it.'),
  number: optionalDecimal('The value as a plain number, when the source states a single number.'),
  unit: optionalText('Unit of the number.'),
  period: optionalText('Date or period the value refers to, as the source gives it.'),
  case_study_id: optionalRef('Case study the fact comes from (hse-2019 ch. 3), if any.'),
};

/**
 * The derived `as_of` column of a table of dated values (`period`, `source`): filled by the data build
 * (deriveAges, src/lib/data-build.ts, by asOf in src/lib/value-age.ts), never curated. A table that spreads
 * it also lists `as_of` among its `derived` columns.
 */
export const derivedAsOf = {
  as_of: optionalText(
    'Derived by the data build, not curated: what the value is as of — its `period` when that names a year, else the year of its source document (`date` in sources.csv); empty when neither gives one (bioxclusters has no date).',
  ),
};

export const facts = defineTable({
  name: 'facts',
  title: 'Cluster facts',
  description:
    'Every figure and dated fact the sources give about a cluster, one per row with its citation. `value` is what the source states; `number` repeats it as a plain number when the source states a single number.',
  schema: z.object({
    id: slug('Fact id: <cluster>-<topic>-<n>.'),
    cluster_id: ref('Cluster the fact is about (see clusters.csv).'),
    ...factValue,
    ...provenance,
    ...derivedAsOf,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('cluster_id', 'clusters'), fk('case_study_id', 'case-studies'), fk('source', 'sources')],
  derived: ['as_of'],
});
