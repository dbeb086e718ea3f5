/** Every dataset of the atlas: one zod schema per CSV in data/. */
import { z } from 'zod';
import {
  boolean,
  countryCodes,
  decimal,
  integer,
  oneOf,
  optionalDate,
  optionalOneOf,
  optionalRef,
  optionalText,
  ref,
  slug,
  text,
  textList,
} from './fields.ts';
import { provenance } from './provenance.ts';
import { facts } from './facts.ts';
import {
  guideLinks,
  marketingMeasures,
  practices,
  recommendations,
  roadmapCheckpoints,
  roadmapMeasures,
  roadmapSteps,
  supportInstruments,
} from './guide.ts';
import { beneficiaries, indicators, positiveEffectExamples, positiveEffects, sampleCriteria } from './landscape.ts';
import { methodologyNotes } from './methodology.ts';
import { mimcComparison } from './mimc.ts';
import { partnershipMembers, partnerships } from './partnerships.ts';
import { caseStudies, quotes, successFactors } from './success-factors.ts';
import { defineTable, fk } from './table.ts';
import { valueChainActors, valueChainLinks, valueChainNodes, valueChains } from './value-chains.ts';

export {
  guideLinks,
  marketingMeasures,
  practices,
  recommendations,
  roadmapCheckpoints,
  roadmapMeasures,
  roadmapSteps,
  supportInstruments,
  beneficiaries,
  caseStudies,
  facts,
  indicators,
  methodologyNotes,
  mimcComparison,
  partnershipMembers,
  partnerships,
  positiveEffectExamples,
  positiveEffects,
  quotes,
  sampleCriteria,
  successFactors,
  valueChainActors,
  valueChainLinks,
  valueChainNodes,
  valueChains,
};

export const LOCATION_PRECISIONS = ['city', 'region', 'country'] as const;
export const GROUP_BASES = ['text', 'figure', 'elimination'] as const;
export const CLUSTER_KINDS = ['cluster', 'meta-cluster', 'network', 'organisation'] as const;
export const GROUP_CHARACTERISTICS = [
  'home-country',
  'specialisation',
  'competitive-advantage',
  'focus-of-activity',
  'size',
  'innovation-activity',
  'establishment-initiative',
  'public-agencies-involvement',
  'esca-management-quality',
] as const;
export const SOURCE_KINDS = ['report', 'article', 'slides', 'deliverable'] as const;

export const sources = defineTable({
  name: 'sources',
  title: 'Source documents',
  description: 'The five documents the atlas is built from, with their bibliographic data. Every row of every other table cites one of them.',
  schema: z.object({
    id: slug('Source id, cited in the source column of every table.'),
    file: text('File name of the plain-text extraction the atlas was curated from.'),
    title: text('Title of the document.'),
    authors: textList('Authors, `;`-separated, as «Surname I.».'),
    editors: textList('Editors, `;`-separated.'),
    organisations: textList('Organisations responsible for the document, `;`-separated.'),
    publisher: optionalText('Publisher.'),
    place: optionalText('Place of publication.'),
    date: optionalDate('Date of publication, as precise as the document gives it.'),
    identifier: optionalText('ISBN or project number.'),
    kind: oneOf('Kind of document.', SOURCE_KINDS),
    reproduction_terms: optionalText('Terms for reproduction stated by the document, verbatim.'),
    summary: text('What the document is about, in our words.'),
    note: optionalText('Missing bibliographic data and other caveats.'),
  }),
  primaryKey: ['id'],
  foreignKeys: [],
});

export const groups = defineTable({
  name: 'groups',
  title: 'Groups of biomedical clusters',
  description: 'The three groups into which hse-2019 divides its 40-cluster sample (table 2.1), with the number of clusters the report states for each.',
  schema: z.object({
    id: slug('Group id.'),
    number: integer('Number of the group in hse-2019 (1–3).', { minimum: 1, maximum: 3 }),
    name: text('Name of the group as hse-2019 prints it.'),
    stated_count: integer('Number of clusters the report says the group has.', { minimum: 0 }),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const groupCharacteristics = defineTable({
  name: 'group-characteristics',
  title: 'Characteristics of the groups',
  description: 'The cells of hse-2019 table 2.1, one row per group and characteristic; an empty value means the extracted table gives none.',
  schema: z.object({
    group_id: ref('Group (see groups.csv).'),
    characteristic: oneOf('Row of table 2.1.', GROUP_CHARACTERISTICS),
    value: optionalText('The cell as printed; empty when the source gives no value.'),
    ...provenance,
  }),
  primaryKey: ['group_id', 'characteristic'],
  foreignKeys: [
    fk('group_id', 'groups'),
    fk('source', 'sources'),
  ],
});

export const targetModels = defineTable({
  name: 'target-models',
  title: 'Target models of biomedical clusters',
  description: 'The four target models of hse-2019 (table 2.2): the basis on which clinics, companies, research and public bodies cooperate in a cluster.',
  schema: z.object({
    id: slug('Target model id.'),
    number: integer('Number of the model in hse-2019 (1–4).', { minimum: 1, maximum: 4 }),
    name: text('Name of the model as hse-2019 prints it.'),
    summary: text('What the model means, in our words.'),
    ...provenance,
  }),
  primaryKey: ['id'],
  foreignKeys: [fk('source', 'sources')],
});

export const clusterTargetModels = defineTable({
  name: 'cluster-target-models',
  title: 'Clusters cited as examples of target models',
  description:
    'The clusters hse-2019 table 2.2 lists under each target model. The report says the table gives examples, not a complete assignment: a cluster missing here may still follow a model.',
  schema: z.object({
    cluster_id: ref('Cluster (see clusters.csv).'),
    target_model_id: ref('Target model (see target-models.csv).'),
    listed_under_group: ref('Group column of table 2.2 the cluster is listed in.'),
    ...provenance,
  }),
  primaryKey: ['cluster_id', 'target_model_id'],
  foreignKeys: [
    fk('cluster_id', 'clusters'),
    fk('target_model_id', 'target-models'),
    fk('listed_under_group', 'groups'),
    fk('source', 'sources'),
  ],
});

export const clusters = defineTable({
  name: 'clusters',
  title: 'Biomedical clusters',
  description:
    'The 40 clusters of the hse-2019 sample (in_sample = true) and the clusters and organisations the sources name outside it. Coordinates are the atlas’s own addition: the sources give none.',
  schema: z
    .object({
      id: slug('Cluster id: a kebab-case slug of its name.'),
      name: text('Official name.'),
      short_name: optionalText('Abbreviation or short name, if it has one.'),
      other_names: textList('Other spellings found in the sources, `;`-separated.'),
      countries: countryCodes('Countries, as ISO 3166-1 alpha-2 codes, `;`-separated.'),
      city: optionalText('City of the cluster organisation’s seat, when known.'),
      lat: decimal('Latitude (WGS 84) of the point; the atlas’s own addition.', { minimum: -90, maximum: 90 }),
      lon: decimal('Longitude (WGS 84) of the point; the atlas’s own addition.', { minimum: -180, maximum: 180 }),
      location_precision: oneOf('What the point stands for: the seat’s city, only the region, or only the country.', LOCATION_PRECISIONS),
      location_note: optionalText('How the point was chosen.'),
      group: optionalRef('Group of the hse-2019 sample; empty outside the sample.'),
      group_basis: optionalOneOf(
        'How the group is known: stated in the text, listed in a figure, or by elimination (the figure is lost).',
        GROUP_BASES,
      ),
      in_sample: boolean('Whether the cluster is one of the 40 of the hse-2019 sample.'),
      kind: oneOf('Kind of organisation.', CLUSTER_KINDS),
      ...provenance,
    })
    .superRefine((row, ctx) => {
      const rule = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params: { rule: 'sample-group' } });
      if (row.in_sample && row.group === null) rule('group', 'a cluster of the sample needs a group');
      if (row.in_sample && row.group_basis === null) rule('group_basis', 'a cluster of the sample needs a group basis');
      if (!row.in_sample && row.group !== null) rule('group', 'only clusters of the sample have a group');
    }),
  primaryKey: ['id'],
  foreignKeys: [
    fk('group', 'groups'),
    fk('source', 'sources'),
  ],
});

export const tables = [
  sources,
  groups,
  groupCharacteristics,
  targetModels,
  clusterTargetModels,
  clusters,
  successFactors,
  caseStudies,
  quotes,
  facts,
  beneficiaries,
  positiveEffects,
  positiveEffectExamples,
  indicators,
  sampleCriteria,
  partnerships,
  partnershipMembers,
  valueChains,
  valueChainNodes,
  valueChainLinks,
  valueChainActors,
  methodologyNotes,
  mimcComparison,
  roadmapSteps,
  roadmapCheckpoints,
  roadmapMeasures,
  marketingMeasures,
  supportInstruments,
  recommendations,
  guideLinks,
  practices,
] as const;

export type Source = z.output<typeof sources.schema>;
export type Group = z.output<typeof groups.schema>;
export type GroupCharacteristic = z.output<typeof groupCharacteristics.schema>;
export type TargetModel = z.output<typeof targetModels.schema>;
export type ClusterTargetModel = z.output<typeof clusterTargetModels.schema>;
export type Cluster = z.output<typeof clusters.schema>;
export type SuccessFactor = z.output<typeof successFactors.schema>;
export type CaseStudy = z.output<typeof caseStudies.schema>;
export type Quote = z.output<typeof quotes.schema>;
export type Fact = z.output<typeof facts.schema>;
export type Beneficiary = z.output<typeof beneficiaries.schema>;
export type PositiveEffect = z.output<typeof positiveEffects.schema>;
export type PositiveEffectExample = z.output<typeof positiveEffectExamples.schema>;
export type Indicator = z.output<typeof indicators.schema>;
export type SampleCriterion = z.output<typeof sampleCriteria.schema>;
export type Partnership = z.output<typeof partnerships.schema>;
export type PartnershipMember = z.output<typeof partnershipMembers.schema>;
export type ValueChain = z.output<typeof valueChains.schema>;
export type ValueChainNode = z.output<typeof valueChainNodes.schema>;
export type ValueChainLink = z.output<typeof valueChainLinks.schema>;
export type ValueChainActor = z.output<typeof valueChainActors.schema>;
export type MethodologyNote = z.output<typeof methodologyNotes.schema>;
export type MimcComparison = z.output<typeof mimcComparison.schema>;
export type RoadmapStep = z.output<typeof roadmapSteps.schema>;
export type RoadmapCheckpoint = z.output<typeof roadmapCheckpoints.schema>;
export type RoadmapMeasure = z.output<typeof roadmapMeasures.schema>;
export type MarketingMeasure = z.output<typeof marketingMeasures.schema>;
export type SupportInstrument = z.output<typeof supportInstruments.schema>;
export type Recommendation = z.output<typeof recommendations.schema>;
export type GuideLink = z.output<typeof guideLinks.schema>;
export type Practice = z.output<typeof practices.schema>;
