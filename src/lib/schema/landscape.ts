/** hse-2019 chs 1–2: positive effects, assessment indicators and sample criteria. */
import { z } from 'zod';
import { oneOf, optionalText, ref, slug, text } from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';

export const beneficiaries = defineTable({
  name: 'beneficiaries',
  title: 'Beneficiaries of positive effects',
  description: 'The categories of those who gain from biomedical clusters (hse-2019 ch. 1).',
  schema: z.object({
    id: slug('Beneficiary category id.'),
    name: text('Name of the category.'),
    summary: text('Who they are and what they gain, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const positiveEffects = defineTable({
  name: 'positive-effects',
  title: 'Positive effects of biomedical clusters',
  description: 'The positive effects hse-2019 ch. 1 describes, each under the category that gains from it.',
  schema: z.object({
    id: slug('Effect id.'),
    beneficiary_id: ref('Who gains (see beneficiaries.csv).'),
    name: text('Name of the effect.'),
    summary: text('What the effect is, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('beneficiary_id', 'beneficiaries'), fk('source', 'sources')],
});

export const positiveEffectExamples = defineTable({
  name: 'positive-effect-examples',
  title: 'Clusters cited for each positive effect',
  description: 'The clusters hse-2019 ch. 1 cites as examples of each positive effect, with what it reports of them.',
  schema: z.object({
    effect_id: ref('Effect (see positive-effects.csv).'),
    cluster_id: ref('Cluster cited (see clusters.csv).'),
    description: text('What the source reports for this cluster, in our words.'),
    ...provenance,
  }),
  primaryKey: ['effect_id', 'cluster_id'],
  foreignKeys: [fk('effect_id', 'positive-effects'), fk('cluster_id', 'clusters'), fk('source', 'sources')],
});

export const INDICATOR_CATEGORIES = ['home-country', 'members', 'management'] as const;

export const indicators = defineTable({
  name: 'indicators',
  title: 'Assessment indicators',
  description: 'The 15 indicators in three categories with which hse-2019 assessed the clusters of its sample (fig. 2.2), with the thresholds the text gives.',
  schema: z.object({
    id: slug('Indicator id.'),
    category: oneOf('Category of fig. 2.2.', INDICATOR_CATEGORIES),
    category_name: text('Name of the category as printed.'),
    subcategory: optionalText('Sub-heading of fig. 2.2 the indicator stands under.'),
    name: text('Name of the indicator.'),
    threshold: optionalText('Threshold the text gives, if any.'),
    description: text('What the indicator measures, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const sampleCriteria = defineTable({
  name: 'sample-criteria',
  title: 'Sample selection criteria',
  description: 'The criteria of which a cluster had to meet at least one to enter the hse-2019 sample, and the rule that excluded others.',
  schema: z.object({
    id: slug('Criterion id.'),
    name: text('The criterion as printed.'),
    kind: oneOf('A selection criterion (a cluster had to meet at least one) or an exclusion rule.', ['criterion', 'exclusion'] as const),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

