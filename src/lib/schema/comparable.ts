/**
 * The indicators that the sources give for several clusters, and which fact
 * gives each cluster's value. The selection and the definitions are the
 * atlas's own; every value is a fact row of facts.csv, shown as the source
 * states it (no conversion, no completion).
 */
import { z } from 'zod';
import { oneOf, optionalText, ref, slug, text, textList } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const VALUE_KINDS = ['count', 'year-or-period', 'percent', 'amount', 'text'] as const;

/** The pseudo-unit in `fact_units` for a fact stated in words, without a unit. */
export const NO_UNIT = 'none';

export const comparableIndicators = defineTable({
  name: 'comparable-indicators',
  title: 'Comparable indicators',
  description:
    'Indicators the sources give for several clusters (members by kind, founding, staff, budget, funding, fees, legal form, events), defined once. The selection and definitions are the atlas’s own; source and locator name where the sources use the notion. Values per cluster are in cluster-indicator-values.csv.',
  schema: z.object({
    id: slug('Indicator id.'),
    label: text('Short name of the indicator, as column heading.'),
    unit: text('Unit the values are in, in words; values keep the unit their source gives.'),
    value_kind: oneOf('What kind of value the facts give: a count, a year or period, a percentage, an amount of money, or words.', VALUE_KINDS),
    fact_units: textList(`Units of facts that fit the indicator, \`;\`-separated; «${NO_UNIT}» admits a fact stated in words without a unit.`),
    definition: text('What the indicator counts, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const clusterIndicatorValues = defineTable({
  name: 'cluster-indicator-values',
  title: 'Comparable indicators per cluster',
  description:
    'For each cluster and comparable indicator the sources report, the fact that gives the value (curated by hand). `value`, `source` and `locator` are the fact’s own, copied from facts.csv by the data build; a cluster and indicator without a row is «not reported».',
  schema: z.object({
    cluster_id: ref('Cluster (see clusters.csv).'),
    indicator_id: ref('Indicator (see comparable-indicators.csv).'),
    fact_id: ref('Fact the value comes from (see facts.csv); it must be about the same cluster.'),
    value: text('Derived by the data build, not curated: the fact’s value (facts.csv), as the source states it.'),
    source: ref('Derived by the data build, not curated: id of the source document of the fact (see sources.csv).'),
    locator: text('Derived by the data build, not curated: where in the source document the fact stands (facts.csv).'),
    note: optionalText('What exactly the source counts, where it differs from the indicator’s definition; in our words.'),
  }),
  primaryKey: ['cluster_id', 'indicator_id'],
  foreignKeys: [
    fk('cluster_id', 'clusters'),
    fk('indicator_id', 'comparable-indicators'),
    // The fact is about this cluster; value, source and locator, derived, are copied from it, and the downloads say they agree.
    fk(['fact_id', 'cluster_id', 'value', 'source', 'locator'], 'facts', ['id', 'cluster_id', 'value', 'source', 'locator']),
    fk('source', 'sources'),
  ],
  derived: ['value', 'source', 'locator'],
});
