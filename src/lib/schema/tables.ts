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
import { clusterIndicatorValues, comparableIndicators } from './comparable.ts';
import { facts } from './facts.ts';
import {
  assessmentLinks,
  guideLinks,
  marketingMeasures,
  practices,
  recommendations,
  roadmapCheckpoints,
  roadmapMeasures,
  roadmapSteps,
  supportInstruments,
} from './guide-tables.ts';
import { beneficiaries, indicators, positiveEffectExamples, positiveEffects, sampleCriteria } from './landscape.ts';
import { methodologyNotes } from './methodology.ts';
import { mimcComparison } from './mimc.ts';
import { partnershipFacts, partnershipMembers, partnerships } from './partnerships.ts';
import { clusterReferences } from './references.ts';
import { caseStudies, quotes, successFactors } from './success-factors.ts';
import { defineTable, fk } from './table.ts';
import { valueChainActors, valueChainLinks, valueChainNodes, valueChains } from './value-chains.ts';

export {
  assessmentLinks,
  clusterReferences,
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
  clusterIndicatorValues,
  comparableIndicators,
  facts,
  indicators,
  methodologyNotes,
  mimcComparison,
  partnershipFacts,
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
/** Whether a source gives the place the point stands for, or the atlas chose it. */
export const LOCATION_BASES = ['source', 'atlas'] as const;
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

export const groupProfilePoints = defineTable({
  name: 'group-profile-points',
  title: 'Points of comparison with the groups (the atlas’s reading of table 2.1)',
  description:
    'The atlas’s own reading of hse-2019 table 2.1 and the group texts of ch. 2 for /assess/: per group and question, the answers that match the group’s profile, with the words of the source they rest on. An empty expectation means the source gives nothing to compare. The report publishes neither per-cluster scores nor its clustering procedure.',
  schema: z.object({
    group_id: ref('Group (see groups.csv).'),
    question: slug('Question of /assess/: an indicator id (see indicators.csv) or one of the atlas’s table 2.1 questions (src/lib/assessment.ts).'),
    characteristic: oneOf('Row of table 2.1 the point belongs to.', GROUP_CHARACTERISTICS),
    expected: textList('Answers that match the group’s profile, `;`-separated; empty when the source gives nothing to compare.'),
    reading: optionalText('The words of the source the expectation rests on, verbatim; empty when the source is silent.'),
    ...provenance,
  }),
  primaryKey: ['group_id', 'question'],
  foreignKeys: [fk('group_id', 'groups'), fk('source', 'sources')],
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
      city: optionalText('City of the cluster organisation’s seat, when known (location_basis says whether a source gives it or the atlas chose it).'),
      lat: decimal('Latitude (WGS 84) of the point; the atlas’s own addition.', { minimum: -90, maximum: 90 }),
      lon: decimal('Longitude (WGS 84) of the point; the atlas’s own addition.', { minimum: -180, maximum: 180 }),
      location_precision: oneOf('What the point stands for: the seat’s city, only the region, or only the country.', LOCATION_PRECISIONS),
      location_note: optionalText('How the point was chosen; required unless a source gives the seat’s city.'),
      group: optionalRef('Group of the hse-2019 sample; empty outside the sample.'),
      group_basis: optionalOneOf(
        'How the group is known: stated in the text, listed in a figure, or by elimination (the figure is lost).',
        GROUP_BASES,
      ),
      in_sample: boolean('Whether the cluster is one of the 40 of the hse-2019 sample.'),
      kind: oneOf('Kind of organisation.', CLUSTER_KINDS),
      ...provenance,
      location_basis: oneOf(
        'source: a source gives the place of this precision (the city, the region or the country, if only by the cluster’s name); atlas: the atlas chose it, e.g. a seat no source gives, and the note says so.',
        LOCATION_BASES,
      ),
      described_as: text(
        'What the source calls it, kind and field, as a noun phrase without article (e.g. «biotechnology and healthcare cluster»); the profile opens with it.',
      ),
    })
    .superRefine((row, ctx) => {
      const rule = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, params: { rule: 'sample-group' } });
      if (row.in_sample && row.group === null) rule('group', 'a cluster of the sample needs a group');
      if (row.in_sample && row.group_basis === null) rule('group_basis', 'a cluster of the sample needs a group basis');
      if (!row.in_sample && row.group !== null) rule('group', 'only clusters of the sample have a group');
      if (row.short_name !== null && row.short_name === row.name)
        ctx.addIssue({ code: 'custom', path: ['short_name'], message: 'repeats the name; leave it empty', params: { rule: 'short-name' } });
      for (const [path, message] of locationProblems(row))
        ctx.addIssue({ code: 'custom', path: [path], message, params: { rule: 'location' } });
    }),
  primaryKey: ['id'],
  foreignKeys: [
    fk('group', 'groups'),
    fk('source', 'sources'),
  ],
});

interface LocationFields {
  city: string | null;
  location_precision: (typeof LOCATION_PRECISIONS)[number];
  location_note: string | null;
  location_basis: (typeof LOCATION_BASES)[number];
}

/**
 * What a cluster's location fields must say together, as [column, message]
 * pairs (empty when they agree): a city exactly when the precision is city; a
 * note on how the point was chosen unless a source gives the city; a note that
 * speaks of a capital or a region only for a coarser precision, and of no
 * location given only when the atlas chose the place; and a seat the atlas chose called the atlas's choice in its note.
 */
export function locationProblems(row: LocationFields): [keyof LocationFields, string][] {
  const problems: [keyof LocationFields, string][] = [];
  const note = row.location_note ?? '';
  if (row.location_precision === 'city' && row.city === null) problems.push(['city', 'location_precision is city but no city is given']);
  if (row.location_precision !== 'city' && row.city !== null)
    problems.push(['location_precision', `a city (${row.city}) is given, so the precision is city, not ${row.location_precision}`]);
  if (row.location_note === null && (row.location_precision !== 'city' || row.location_basis === 'atlas'))
    problems.push(['location_note', 'say how the point was chosen: the precision is not city or the atlas chose the place']);
  if (row.location_precision === 'city' && /\bcapital\b|\bregion\b/i.test(note))
    problems.push(['location_precision', 'the note speaks of a capital or a region, but the precision is city (the seat’s city)']);
  if (row.location_precision === 'city' && row.location_basis === 'source' && /no location within|no seat/i.test(note))
    problems.push(['location_basis', 'the note says the sources give no location, but the basis is source']);
  if (row.location_precision === 'region' && /no location within the country/i.test(note))
    problems.push(['location_precision', 'the note says the sources give no location within the country, but the precision is region']);
  if (row.location_basis === 'atlas' && !/atlas[’']s choice/.test(note))
    problems.push(['location_basis', 'the atlas chose the place: the note must say «the atlas’s choice»']);
  return problems;
}

export const tables = [
  sources,
  groups,
  groupCharacteristics,
  groupProfilePoints,
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
  partnershipFacts,
  valueChains,
  valueChainNodes,
  valueChainLinks,
  valueChainActors,
  methodologyNotes,
  mimcComparison,
  comparableIndicators,
  clusterIndicatorValues,
  roadmapSteps,
  roadmapCheckpoints,
  roadmapMeasures,
  marketingMeasures,
  supportInstruments,
  recommendations,
  guideLinks,
  assessmentLinks,
  practices,
  clusterReferences,
] as const;

export type Source = z.output<typeof sources.schema>;
export type Group = z.output<typeof groups.schema>;
export type GroupCharacteristic = z.output<typeof groupCharacteristics.schema>;
export type GroupProfilePoint = z.output<typeof groupProfilePoints.schema>;
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
export type PartnershipFact = z.output<typeof partnershipFacts.schema>;
export type ValueChain = z.output<typeof valueChains.schema>;
export type ValueChainNode = z.output<typeof valueChainNodes.schema>;
export type ValueChainLink = z.output<typeof valueChainLinks.schema>;
export type ValueChainActor = z.output<typeof valueChainActors.schema>;
export type MethodologyNote = z.output<typeof methodologyNotes.schema>;
export type MimcComparison = z.output<typeof mimcComparison.schema>;
export type ComparableIndicator = z.output<typeof comparableIndicators.schema>;
export type ClusterIndicatorValue = z.output<typeof clusterIndicatorValues.schema>;
export type RoadmapStep = z.output<typeof roadmapSteps.schema>;
export type RoadmapCheckpoint = z.output<typeof roadmapCheckpoints.schema>;
export type RoadmapMeasure = z.output<typeof roadmapMeasures.schema>;
export type MarketingMeasure = z.output<typeof marketingMeasures.schema>;
export type SupportInstrument = z.output<typeof supportInstruments.schema>;
export type Recommendation = z.output<typeof recommendations.schema>;
export type GuideLink = z.output<typeof guideLinks.schema>;
export type AssessmentLink = z.output<typeof assessmentLinks.schema>;
export type Practice = z.output<typeof practices.schema>;
export type ClusterReference = z.output<typeof clusterReferences.schema>;
