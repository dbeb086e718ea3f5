/**
 * The guide (/guide/ and /guide/instruments/): the AMI-4EUROPE roadmap as an
 * ordered checklist with its evidence, the checklist's URL state (?done=),
 * and the support instruments' amounts, table state and chart sets. Pure
 * functions over the data build's rows.
 */
import type {
  CaseStudy,
  Cluster,
  GuideLink,
  Quote,
  Recommendation,
  RoadmapCheckpoint,
  RoadmapMeasure,
  RoadmapStep,
  SuccessFactor,
  SupportInstrument,
} from './schema/tables.ts';
import { shortSource } from './citation.ts';
import { countOf } from './count-words.ts';
import { AMOUNT_UNITS, INSTRUMENT_REGION_LABELS, INSTRUMENT_REGIONS } from './schema/guide-vocab.ts';
import type { Atlas } from './table-access.ts';

/** One piece of evidence for a step: the atlas's link (with its reason) and the row it points to. */
export interface Evidence<T> {
  link: GuideLink;
  item: T;
}

export interface GuideStep {
  step: RoadmapStep;
  checkpoints: RoadmapCheckpoint[];
  measures: RoadmapMeasure[];
  cases: Evidence<{ caseStudy: CaseStudy; cluster: Cluster; factor: SuccessFactor }>[];
  clusters: Evidence<Cluster>[];
  instruments: Evidence<SupportInstrument>[];
  quotes: Evidence<Quote>[];
  recommendations: Evidence<Recommendation>[];
}

/**
 * The roadmap's steps in the order of ami4europe-d2.2 ch. V, each with its
 * checkpoints and measures in printed order and the evidence the atlas links
 * to it, in the order of guide-links.csv. Throws, naming table and id, on a
 * link to an unknown id (the data build's foreign keys prevent it).
 */
export function guideSteps(a: Atlas): GuideStep[] {
  return [...a.roadmapSteps.rows]
    .sort((x, y) => x.number - y.number)
    .map((step) => {
      const links = a.guideLinks.where('step_id', step.id);
      const pick = <T>(field: keyof GuideLink, of: (id: string) => T): Evidence<T>[] =>
        links.flatMap((link) => {
          const id = link[field];
          return typeof id === 'string' ? [{ link, item: of(id) }] : [];
        });
      return {
        step,
        checkpoints: [...a.roadmapCheckpoints.where('step_id', step.id)].sort((x, y) => x.number - y.number),
        measures: [...a.roadmapMeasures.where('step_id', step.id)],
        cases: pick('case_study_id', (id) => {
          const caseStudy = a.caseStudies.get(id);
          return { caseStudy, cluster: a.clusters.get(caseStudy.cluster_id), factor: a.successFactors.get(caseStudy.factor_id) };
        }),
        clusters: pick('cluster_id', (id) => a.clusters.get(id)),
        instruments: pick('instrument_id', (id) => a.supportInstruments.get(id)),
        quotes: pick('quote_id', (id) => a.quotes.get(id)),
        recommendations: pick('recommendation_id', (id) => a.recommendations.get(id)),
      };
    });
}

/**
 * The roadmap steps whose evidence cites a case study of the cluster, or the
 * cluster itself, for the small «In the guide» section of its profile.
 */
export function guideStepsCiting(steps: readonly GuideStep[], clusterId: string): GuideStep[] {
  return steps.filter(
    (s) => s.cases.some((c) => c.item.cluster.id === clusterId) || s.clusters.some((c) => c.item.id === clusterId),
  );
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** «EUR 15,000», «EUR 100,000 a year», «EUR 60,000 a year per person»: an instrument's amount in one style (no conversion). */
export function formatAmountValue(amount: number, unit: SupportInstrument['amount_unit']): string {
  const value = `EUR ${grouped.format(amount)}`;
  if (unit === 'EUR per year') return `${value} a year`;
  if (unit === 'EUR per year and person') return `${value} a year per person`;
  return value;
}

/**
 * An instrument's amount in the atlas's words: «up to EUR 15,000», «above EUR
 * 250,000», «EUR 100,000 a year»; null where mix-2016 states none.
 */
export function formatAmount(i: SupportInstrument): string | null {
  if (i.amount === null) return null;
  const value = formatAmountValue(i.amount, i.amount_unit);
  if (i.amount_kind === 'maximum') return `up to ${value}`;
  if (i.amount_kind === 'minimum') return `above ${value}`;
  return value;
}

/**
 * An instrument's terms after its name on /guide/: region, amount, share of
 * costs and duration, each as stated. The share of costs is labelled, never
 * followed by «of costs»: mix-2016 often says itself what it is a share of
 * («50% of the personal costs», «50% acquisition financing»).
 */
export function instrumentTerms(i: SupportInstrument): string {
  return [INSTRUMENT_REGION_LABELS[i.region], formatAmount(i), i.cost_share && `share of costs: ${i.cost_share}`, i.duration]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(', ');
}

/**
 * The lede of /guide/instruments/: how many measures mix-2016 ch. II.D lists
 * and where, in the report's own terms (existing support through which the MIX
 * model's support to SMEs «could be reinforced and leveraged»), not as funding
 * for SMEs: some serve the MIX model or its consortium, and one is no funding.
 */
export function instrumentsLede(instruments: readonly SupportInstrument[]): string {
  const counts = INSTRUMENT_REGIONS.map((r) => ({ r, n: instruments.filter((i) => i.region === r).length })).filter((c) => c.n > 0);
  const where = counts.map(({ r, n }) => (r === 'eu' ? `${n} from the ${INSTRUMENT_REGION_LABELS[r]}` : `${n} in ${INSTRUMENT_REGION_LABELS[r]}`));
  const list = where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where.at(-1)}` : (where[0] ?? '');
  const one = instruments.length === 1;
  return `${instruments.length} existing support ${one ? 'measure' : 'measures'} through which, the MIX report says, the support its model offers SMEs «could be reinforced and leveraged»${list ? `: ${list}` : ''}. Not every one funds SMEs: the table says whom each is for.`;
}

/**
 * The locator of a step's checkpoints: where ch. V lists them (the checkpoints'
 * own locator, «ch. V «Conclusion», under «… (page 4)»»). The page number is the
 * one ch. V prints beside the step's title and points into ch. III or IV, so it
 * is never written as a page of ch. V.
 */
export function checkpointsLocator(checkpoints: readonly RoadmapCheckpoint[]): string {
  return [...new Set(checkpoints.map((c) => c.locator))].join('; ') || 'ch. V «Conclusion»';
}

/**
 * The guide's closing lists, one per document: a source's recommendations
 * under its name, and lessons (kind «lesson», the atlas's distillation of
 * what a document reports) headed as the atlas's.
 */
export function recommendationGroups(recommendations: readonly Recommendation[]): { source: string; heading: string; items: Recommendation[] }[] {
  return [...new Set(recommendations.map((r) => r.source))].map((source) => {
    const items = recommendations.filter((r) => r.source === source);
    const heading = items.every((r) => r.kind === 'lesson')
      ? `Lessons the atlas draws from ${shortSource(source)}`
      : items.every((r) => r.kind === 'recommendation')
        ? `Recommendations of ${shortSource(source)}`
        : `Recommendations of ${shortSource(source)}, and lessons the atlas draws from it`;
    return { source, heading, items };
  });
}

export const AMOUNT_UNIT_SLUGS: Record<(typeof AMOUNT_UNITS)[number], string> = {
  EUR: '',
  'EUR per year': 'per-year',
  'EUR per year and person': 'per-year-and-person',
};

export interface InstrumentChartSet {
  unit: (typeof AMOUNT_UNITS)[number];
  /** '' for the chart of one-off amounts, else the unit's slug (path under /embed/guide-instruments/). */
  slug: string;
  instruments: SupportInstrument[];
}

/**
 * The instruments to chart, one set per unit (amounts in different units are
 * never on one axis, and nothing is converted): those with a stated ceiling
 * or fixed sum, largest first. A floor («above») is no amount by instrument
 * and stays in the table only.
 */
export function instrumentChartSets(instruments: readonly SupportInstrument[]): InstrumentChartSet[] {
  return AMOUNT_UNITS.map((unit) => ({
    unit,
    slug: AMOUNT_UNIT_SLUGS[unit],
    instruments: instruments
      .filter((i) => i.amount !== null && i.amount_unit === unit && i.amount_kind !== 'minimum')
      .sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || a.number - b.number),
  })).filter((s) => s.instruments.length > 0);
}

/**
 * The accessible name of an instruments dot chart: what it draws, for how many
 * instruments, in which unit, and whether its axis is logarithmic. `unit` is
 * the chart's unit (EUR, EUR a year, …): for EUR the dots are the most each
 * instrument can pay, otherwise its amount.
 */
export function instrumentChartLabel(unit: string, instruments: number, log: boolean): string {
  return `Dot chart of the ${unit === 'EUR' ? 'most' : 'amount'} each of ${countOf(instruments, 'support instrument', 'support instruments')} can pay, in ${unit}${log ? ', on a logarithmic scale' : ''}; the table below gives the same data.`;
}

/**
 * The one-line reading under an instruments dot chart: the range from the
 * last instrument to the first (the chart's order, largest first) —
 * «From EUR 5,000 (A) to EUR 250,000 (B).» — or the one instrument's amount
 * («A: up to EUR 15,000.»); an amount not stated reads «amount not stated».
 * Empty for no instruments.
 */
export function instrumentChartReading(instruments: readonly SupportInstrument[], log: boolean): string {
  const top = instruments[0];
  const bottom = instruments.at(-1);
  if (!top || !bottom) return '';
  const amount = (i: SupportInstrument) => formatAmount(i) ?? 'amount not stated';
  if (instruments.length === 1) return `${top.name}: ${amount(top)}.`;
  return `From ${amount(bottom)} (${bottom.name}) to ${amount(top)} (${top.name})${log ? '; the axis is logarithmic, each gridline ten times the last' : ''}.`;
}
