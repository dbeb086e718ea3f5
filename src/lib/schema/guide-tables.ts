/**
 * The guide: the AMI-4EUROPE D2.2 set-up roadmap (steps, checkpoints, measures,
 * the marketing-measures matrix), the support instruments of mix-2016 ch. II.D,
 * the recommendations of CEBR and the lessons of bioXclusters, and the atlas's
 * own links from each roadmap step to its evidence.
 */
import { z } from 'zod';
import {
  integer,
  oneOf,
  optionalDecimal,
  optionalOneOf,
  optionalRef,
  optionalText,
  ref,
  slug,
  text,
} from './fields.ts';
import { provenance } from './provenance.ts';
import { defineTable, fk } from './table.ts';
import {
  AMOUNT_KINDS,
  AMOUNT_UNITS,
  INSTRUMENT_REGIONS,
  MARKETING_RATINGS,
  RECOMMENDATION_KINDS,
  ROADMAP_MEASURE_KINDS,
  ROADMAP_PHASES,
} from './guide-vocab.ts';

export * from './guide-vocab.ts';

export const roadmapSteps = defineTable({
  name: 'roadmap-steps',
  title: 'Roadmap steps for setting up and running a cluster',
  description:
    'The sections of the AMI-4EUROPE D2.2 roadmap that its ch. V summary lists with checkpoints: four for setting up a cluster (ch. III) and four operational activities (ch. IV), in the order and with the page the summary gives.',
  schema: z.object({
    id: slug('Step id.'),
    number: integer('Position of the step in the ch. V summary (1–8).', { minimum: 1, maximum: 8 }),
    phase: oneOf('Setting up the cluster (ch. III) or running it (ch. IV).', ROADMAP_PHASES),
    title: text('Heading of the step as the ch. V summary prints it.'),
    page: integer('Page of the document the ch. V summary gives for the step.', { minimum: 1 }),
    summary: text('What the step asks of a cluster organisation, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const roadmapCheckpoints = defineTable({
  name: 'roadmap-checkpoints',
  title: 'Roadmap checkpoints',
  description:
    'The checkpoints (✓) that ami4europe-d2.2 ch. V lists under each roadmap step, verbatim and in order, with the section of ch. III or IV where each is explained.',
  schema: z.object({
    id: slug('Checkpoint id.'),
    step_id: ref('Roadmap step (see roadmap-steps.csv).'),
    number: integer('Position of the checkpoint in the whole ch. V list (1–24).', { minimum: 1 }),
    text: text('The checkpoint as ch. V prints it, verbatim.'),
    section: text('Section of ch. III or IV where the checkpoint is explained.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('step_id', 'roadmap-steps'), fk('source', 'sources')],
});

export const roadmapMeasures = defineTable({
  name: 'roadmap-measures',
  title: 'Measures of the operational activities',
  description:
    'The measures ami4europe-d2.2 ch. IV proposes for its operational activities: networking measures (IV.2), internal communication processes (IV.3) and areas of consultation (IV.4), in the order printed.',
  schema: z.object({
    id: slug('Measure id.'),
    step_id: ref('Roadmap step the measure serves (see roadmap-steps.csv).'),
    kind: oneOf('Which list of ch. IV the measure stands in.', ROADMAP_MEASURE_KINDS),
    name: text('Name of the measure as printed.'),
    description: optionalText('What the source says the measure is, in our words; empty when the source gives only the name.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('step_id', 'roadmap-steps'), fk('source', 'sources')],
});

const rating = (group: string) =>
  optionalOneOf(`Rating for target group ${group} as printed in fig. 4 (+ good to have, ++ important, +++ very important); empty where the cell is empty.`, MARKETING_RATINGS);

export const marketingMeasures = defineTable({
  name: 'marketing-measures',
  title: 'Marketing measures by target group',
  description:
    'The matrix of ami4europe-d2.2 fig. 4: marketing measures of a cluster organisation rated for its three target groups — 1 the internal group (members), 2 the specialised community, 3 the regional society.',
  schema: z.object({
    id: slug('Measure id.'),
    number: integer('Row of fig. 4 (1–11).', { minimum: 1 }),
    measure: text('The measure as printed.'),
    internal_group: rating('1 (the internal group: the members)'),
    specialised_community: rating('2 (the specialised community)'),
    regional_society: rating('3 (the regional society)'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const supportInstruments = defineTable({
  name: 'support-instruments',
  title: 'Support instruments in the MIX report',
  description:
    'The existing regional and European support measures through which mix-2016 ch. II.D says the MIX model’s support to SMEs could be reinforced (Flanders, Auvergne-Rhône-Alpes, Saxony, EU), with the figures as stated; not all of them fund SMEs (the applicants and note columns say whom each serves). An empty cell means the text is silent. Amounts are never converted.',
  schema: z
    .object({
      id: slug('Instrument id.'),
      number: integer('Position in the ch. II.D list (1–31).', { minimum: 1 }),
      name: text('Name of the instrument as printed.'),
      region: oneOf('Region whose list the instrument stands in.', INSTRUMENT_REGIONS),
      funder: optionalText('Who funds or runs the instrument, where the text says.'),
      applicants: optionalText('Who may apply or benefit, where the text says.'),
      purpose: text('What the instrument supports, in our words.'),
      amount_as_stated: optionalText('The amount exactly as the text states it.'),
      amount: optionalDecimal('The amount as a number (no conversion).', { minimum: 0 }),
      amount_unit: optionalOneOf('Unit of the amount: a currency, per year, or per year and person.', AMOUNT_UNITS),
      amount_kind: optionalOneOf('Whether the amount is a ceiling («up to», «limited to»), a floor («above») or a fixed sum.', AMOUNT_KINDS),
      cost_share: optionalText('Share of the costs the instrument covers, as stated.'),
      duration: optionalText('Duration of the support, as stated.'),
      ...provenance,
    })
    .superRefine((row, ctx) => {
      const complete = [row.amount, row.amount_unit, row.amount_kind, row.amount_as_stated].filter((v) => v !== null).length;
      if (complete !== 0 && complete !== 4)
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: 'amount, amount_unit, amount_kind and amount_as_stated go together: give all four or none',
          params: { rule: 'required' },
        });
    }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const recommendations = defineTable({
  name: 'recommendations',
  title: 'Recommendations and lessons',
  description:
    'CEBR’s recommendations on clusters and SME funding (cebr-2020, slide «Key recommendations») and the lessons bioXclusters draws from going international together (bioxclusters), one row each, in our words.',
  schema: z.object({
    id: slug('Recommendation id.'),
    kind: oneOf('A recommendation the source addresses to someone, or a lesson the atlas draws from what the source reports (the atlas’s distillation, not a list the source gives).', RECOMMENDATION_KINDS),
    number: integer('Position within its source, in reading order.', { minimum: 1 }),
    addressee: optionalText('Whom the source addresses, where it says.'),
    statement: text('The recommendation or lesson, in our words.'),
    cluster_id: ref('The network or meta-cluster whose document the row comes from (see clusters.csv): CEBR makes the recommendations; the lessons are the atlas’s reading of the bioXclusters paper.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('cluster_id', 'clusters'), fk('source', 'sources')],
});

export const guideLinks = defineTable({
  name: 'guide-links',
  title: 'Evidence for the roadmap steps (the atlas’s own matching)',
  description:
    'Links from each roadmap step to a case study, cluster, support instrument, quote or recommendation that illustrates it. The matching is the atlas’s own reading, not a claim of any source: each link gives a one-line reason, and source + locator name where the evidence itself stands.',
  schema: z
    .object({
      id: slug('Link id.'),
      step_id: ref('Roadmap step (see roadmap-steps.csv).'),
      case_study_id: optionalRef('Case study (see case-studies.csv).'),
      cluster_id: optionalRef('Cluster (see clusters.csv).'),
      instrument_id: optionalRef('Support instrument (see support-instruments.csv).'),
      quote_id: optionalRef('Quote (see quotes.csv).'),
      recommendation_id: optionalRef('Recommendation or lesson (see recommendations.csv).'),
      reason: text('Why the evidence illustrates the step: one line, in our words (the atlas’s own matching).'),
      ...provenance,
    })
    .superRefine((row, ctx) => {
      const filled = [row.case_study_id, row.cluster_id, row.instrument_id, row.quote_id, row.recommendation_id].filter((v) => v !== null);
      if (filled.length !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['case_study_id'],
          message: `a link names exactly one piece of evidence (case_study_id, cluster_id, instrument_id, quote_id or recommendation_id); this one names ${filled.length}`,
          params: { rule: 'required' },
        });
    }),
  primaryKey: ['id'],
  foreignKeys: [
    fk('step_id', 'roadmap-steps'),
    fk('case_study_id', 'case-studies'),
    fk('cluster_id', 'clusters'),
    fk('instrument_id', 'support-instruments'),
    fk('quote_id', 'quotes'),
    fk('recommendation_id', 'recommendations'),
    fk('source', 'sources'),
  ],
});

/** The kinds of target an assessment link can name, one column each. */
export const ASSESSMENT_LINK_TARGETS = ['step_id', 'checkpoint_id', 'factor_id', 'case_study_id', 'instrument_id', 'recommendation_id'] as const;

export const assessmentLinks = defineTable({
  name: 'assessment-links',
  title: 'What bears on a point of the assessment (the atlas’s own matching)',
  description:
    'Links from a point of /assess/ — a question and the answer a group’s profile expects on it — to a roadmap step or checkpoint, a success factor, a case study, a support instrument or a recommendation that bears on reaching that answer. The matching is the atlas’s own reading, not a claim of any source: each link gives a one-line reason, and source + locator name where the evidence itself stands. Points that describe the home country or the cluster’s history have no links: no step of a cluster organisation changes them.',
  schema: z
    .object({
      id: slug('Link id.'),
      question: slug('Question of /assess/: an indicator id (see indicators.csv) or one of the atlas’s table 2.1 questions; a question of group-profile-points.csv.'),
      toward: slug('The answer the link helps to reach: one that a group’s profile expects on the question (group-profile-points.csv).'),
      step_id: optionalRef('Roadmap step (see roadmap-steps.csv).'),
      checkpoint_id: optionalRef('Roadmap checkpoint (see roadmap-checkpoints.csv).'),
      factor_id: optionalRef('Success factor (see success-factors.csv).'),
      case_study_id: optionalRef('Case study (see case-studies.csv).'),
      instrument_id: optionalRef('Support instrument (see support-instruments.csv).'),
      recommendation_id: optionalRef('Recommendation or lesson (see recommendations.csv).'),
      quote_id: optionalRef('For a case study: the quotation of it the plan shows (see quotes.csv); empty: its first.'),
      reason: text('Why the target bears on the point: one line, in our words (the atlas’s own matching).'),
      ...provenance,
    })
    .superRefine((row, ctx) => {
      const filled = ASSESSMENT_LINK_TARGETS.filter((k) => row[k] !== null);
      if (filled.length !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['step_id'],
          message: `a link names exactly one target (${ASSESSMENT_LINK_TARGETS.join(', ')}); this one names ${filled.length}`,
          params: { rule: 'required' },
        });
      if (row.quote_id !== null && row.case_study_id === null)
        ctx.addIssue({ code: 'custom', path: ['quote_id'], message: 'a quote_id goes with a case_study_id', params: { rule: 'required' } });
    }),
  primaryKey: ['id'],
  foreignKeys: [
    fk('step_id', 'roadmap-steps'),
    fk('checkpoint_id', 'roadmap-checkpoints'),
    fk('factor_id', 'success-factors'),
    fk('case_study_id', 'case-studies'),
    fk('instrument_id', 'support-instruments'),
    fk('recommendation_id', 'recommendations'),
    // That the quotation is one of the case study's own is checked by the data build (a composite key with an empty
    // part would fail v1 readers of datapackage.json).
    fk('quote_id', 'quotes'),
    fk('source', 'sources'),
  ],
});

export const practices = defineTable({
  name: 'practices',
  title: 'Practices to copy',
  description:
    'The concrete practice each case study of hse-2019 ch. 3 describes, in our words as something another cluster could do, shown on the success-factor pages.',
  schema: z.object({
    id: slug('Practice id.'),
    case_study_id: ref('Case study that describes the practice (see case-studies.csv).'),
    practice: text('The practice, in our words, as something to do.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('case_study_id', 'case-studies'), fk('source', 'sources')],
});
