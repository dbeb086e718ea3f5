/** Typed access to the data build's output for pages and components (build time only). */
import { asOf, type DatedValue, type ValueAge } from './value-age.ts';
import sourcesJson from '../generated/sources.json' with { type: 'json' };
import groupsJson from '../generated/groups.json' with { type: 'json' };
import groupCharacteristicsJson from '../generated/group-characteristics.json' with { type: 'json' };
import groupProfilePointsJson from '../generated/group-profile-points.json' with { type: 'json' };
import targetModelsJson from '../generated/target-models.json' with { type: 'json' };
import clusterTargetModelsJson from '../generated/cluster-target-models.json' with { type: 'json' };
import clustersJson from '../generated/clusters.json' with { type: 'json' };
import successFactorsJson from '../generated/success-factors.json' with { type: 'json' };
import caseStudiesJson from '../generated/case-studies.json' with { type: 'json' };
import quotesJson from '../generated/quotes.json' with { type: 'json' };
import factsJson from '../generated/facts.json' with { type: 'json' };
import beneficiariesJson from '../generated/beneficiaries.json' with { type: 'json' };
import positiveEffectsJson from '../generated/positive-effects.json' with { type: 'json' };
import positiveEffectExamplesJson from '../generated/positive-effect-examples.json' with { type: 'json' };
import indicatorsJson from '../generated/indicators.json' with { type: 'json' };
import sampleCriteriaJson from '../generated/sample-criteria.json' with { type: 'json' };
import partnershipsJson from '../generated/partnerships.json' with { type: 'json' };
import partnershipMembersJson from '../generated/partnership-members.json' with { type: 'json' };
import partnershipFactsJson from '../generated/partnership-facts.json' with { type: 'json' };
import valueChainsJson from '../generated/value-chains.json' with { type: 'json' };
import valueChainNodesJson from '../generated/value-chain-nodes.json' with { type: 'json' };
import valueChainLinksJson from '../generated/value-chain-links.json' with { type: 'json' };
import valueChainActorsJson from '../generated/value-chain-actors.json' with { type: 'json' };
import methodologyNotesJson from '../generated/methodology-notes.json' with { type: 'json' };
import mimcComparisonJson from '../generated/mimc-comparison.json' with { type: 'json' };
import comparableIndicatorsJson from '../generated/comparable-indicators.json' with { type: 'json' };
import clusterIndicatorValuesJson from '../generated/cluster-indicator-values.json' with { type: 'json' };
import roadmapStepsJson from '../generated/roadmap-steps.json' with { type: 'json' };
import roadmapCheckpointsJson from '../generated/roadmap-checkpoints.json' with { type: 'json' };
import roadmapMeasuresJson from '../generated/roadmap-measures.json' with { type: 'json' };
import marketingMeasuresJson from '../generated/marketing-measures.json' with { type: 'json' };
import supportInstrumentsJson from '../generated/support-instruments.json' with { type: 'json' };
import recommendationsJson from '../generated/recommendations.json' with { type: 'json' };
import guideLinksJson from '../generated/guide-links.json' with { type: 'json' };
import practicesJson from '../generated/practices.json' with { type: 'json' };
import type {
  Beneficiary,
  CaseStudy,
  Cluster,
  ClusterIndicatorValue,
  ComparableIndicator,
  ClusterTargetModel,
  Fact,
  Group,
  GroupCharacteristic,
  GroupProfilePoint,
  Indicator,
  MethodologyNote,
  MimcComparison,
  GuideLink,
  Practice,
  MarketingMeasure,
  Recommendation,
  RoadmapCheckpoint,
  RoadmapMeasure,
  RoadmapStep,
  SupportInstrument,
  Partnership,
  PartnershipFact,
  PartnershipMember,
  PositiveEffect,
  PositiveEffectExample,
  Quote,
  SampleCriterion,
  Source,
  SuccessFactor,
  TargetModel,
  ValueChain,
  ValueChainActor,
  ValueChainLink,
  ValueChainNode,
} from './schema/tables.ts';

export const sources = sourcesJson as Source[];
export const groups = groupsJson as Group[];
export const groupCharacteristics = groupCharacteristicsJson as GroupCharacteristic[];
export const groupProfilePoints = groupProfilePointsJson as GroupProfilePoint[];
export const targetModels = targetModelsJson as TargetModel[];
export const clusterTargetModels = clusterTargetModelsJson as ClusterTargetModel[];
export const clusters = clustersJson as Cluster[];
export const successFactors = successFactorsJson as SuccessFactor[];
export const caseStudies = caseStudiesJson as CaseStudy[];
export const quotes = quotesJson as Quote[];
export const facts = factsJson as Fact[];
export const beneficiaries = beneficiariesJson as Beneficiary[];
export const positiveEffects = positiveEffectsJson as PositiveEffect[];
export const positiveEffectExamples = positiveEffectExamplesJson as PositiveEffectExample[];
export const indicators = indicatorsJson as Indicator[];
export const sampleCriteria = sampleCriteriaJson as SampleCriterion[];
export const partnerships = partnershipsJson as Partnership[];
export const partnershipMembers = partnershipMembersJson as PartnershipMember[];
export const partnershipFacts = partnershipFactsJson as PartnershipFact[];
export const valueChains = valueChainsJson as ValueChain[];
export const valueChainNodes = valueChainNodesJson as ValueChainNode[];
export const valueChainLinks = valueChainLinksJson as ValueChainLink[];
export const valueChainActors = valueChainActorsJson as ValueChainActor[];
export const methodologyNotes = methodologyNotesJson as MethodologyNote[];
export const mimcComparison = mimcComparisonJson as MimcComparison[];
export const comparableIndicators = comparableIndicatorsJson as ComparableIndicator[];
export const clusterIndicatorValues = clusterIndicatorValuesJson as ClusterIndicatorValue[];
export const roadmapSteps = roadmapStepsJson as RoadmapStep[];
export const roadmapCheckpoints = roadmapCheckpointsJson as RoadmapCheckpoint[];
export const roadmapMeasures = roadmapMeasuresJson as RoadmapMeasure[];
export const marketingMeasures = marketingMeasuresJson as MarketingMeasure[];
export const supportInstruments = supportInstrumentsJson as SupportInstrument[];
export const recommendations = recommendationsJson as Recommendation[];
export const guideLinks = guideLinksJson as GuideLink[];
export const practices = practicesJson as Practice[];

const sourceById = new Map(sources.map((s) => [s.id, s]));
/** How old a value is (asOf, src/lib/value-age.ts), against its source's row in sources.csv. */
export const ageOf = (value: DatedValue): ValueAge => asOf(value, sourceById.get(value.source));
