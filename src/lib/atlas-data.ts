/** The built data (src/generated/, build time only) through the one accessor of src/lib/table-access.ts. */
import { atlasOf, type Atlas } from './table-access.ts';
import { asOf, type DatedValue, type ValueAge } from './value-age.ts';

const generated = import.meta.glob<readonly object[]>('../generated/*.json', { eager: true, import: 'default' });
/** The atlas's data, as built into src/generated/<resource>.json. */
export const atlas: Atlas = atlasOf((name) => generated[`../generated/${name}.json`]);

export const sources = atlas.sources.rows;
export const groups = atlas.groups.rows;
export const groupCharacteristics = atlas.groupCharacteristics.rows;
export const groupProfilePoints = atlas.groupProfilePoints.rows;
export const targetModels = atlas.targetModels.rows;
export const clusterTargetModels = atlas.clusterTargetModels.rows;
export const clusters = atlas.clusters.rows;
export const successFactors = atlas.successFactors.rows;
export const caseStudies = atlas.caseStudies.rows;
export const quotes = atlas.quotes.rows;
export const facts = atlas.facts.rows;
export const beneficiaries = atlas.beneficiaries.rows;
export const positiveEffects = atlas.positiveEffects.rows;
export const positiveEffectExamples = atlas.positiveEffectExamples.rows;
export const indicators = atlas.indicators.rows;
export const sampleCriteria = atlas.sampleCriteria.rows;
export const partnerships = atlas.partnerships.rows;
export const partnershipMembers = atlas.partnershipMembers.rows;
export const partnershipFacts = atlas.partnershipFacts.rows;
export const valueChains = atlas.valueChains.rows;
export const valueChainNodes = atlas.valueChainNodes.rows;
export const valueChainLinks = atlas.valueChainLinks.rows;
export const valueChainActors = atlas.valueChainActors.rows;
export const methodologyNotes = atlas.methodologyNotes.rows;
export const mimcComparison = atlas.mimcComparison.rows;
export const comparableIndicators = atlas.comparableIndicators.rows;
export const clusterIndicatorValues = atlas.clusterIndicatorValues.rows;
export const roadmapSteps = atlas.roadmapSteps.rows;
export const roadmapCheckpoints = atlas.roadmapCheckpoints.rows;
export const roadmapMeasures = atlas.roadmapMeasures.rows;
export const marketingMeasures = atlas.marketingMeasures.rows;
export const supportInstruments = atlas.supportInstruments.rows;
export const recommendations = atlas.recommendations.rows;
export const guideLinks = atlas.guideLinks.rows;
export const practices = atlas.practices.rows;

/** How old a value is (asOf, src/lib/value-age.ts), against its source's row in sources.csv. */
export const ageOf = (value: DatedValue): ValueAge => asOf(value, atlas.sources.find(value.source));
