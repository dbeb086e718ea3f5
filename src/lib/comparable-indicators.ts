/**
 * The comparable indicators per cluster (data/comparable-indicators.csv and
 * data/cluster-indicator-values.csv): each value is a fact row, shown as its
 * source states it. Nothing here converts, rounds or completes a value.
 */
import { NO_UNIT } from './schema/comparable.ts';
import type { ClusterIndicatorValue, ComparableIndicator, Fact } from './schema/tables.ts';
import { asOf, type SourceDate, type ValueAge } from './value-age.ts';

export interface IndicatorValue {
  indicatorId: string;
  fact: Fact;
  /** The fact's value, followed by its unit when the value is a bare number (e.g. «9.8 RUB billion»). */
  display: string;
  /** The fact's period, when it adds to the value (not when the value is that period, e.g. founded «2004»). */
  period: string | null;
  /** What exactly the source counts, where it differs from the indicator's definition. */
  note: string | null;
  /** How old the value is (src/lib/value-age.ts): its own dated period, else its source's year. */
  age: ValueAge;
}

/** Whether a fact's unit is one the indicator admits; a fact without a unit fits only an indicator admitting «none». */
export function factFitsIndicator(fact: Pick<Fact, 'unit'>, indicator: Pick<ComparableIndicator, 'fact_units'>): boolean {
  return indicator.fact_units.includes(fact.unit ?? NO_UNIT);
}

const BARE_NUMBER = /^[\d.,\s]+$/;

/** The fact's value as shown: its own words, with its own unit added only to a bare number (never to a year). */
export function displayValue(fact: Pick<Fact, 'value' | 'unit'>): string {
  return BARE_NUMBER.test(fact.value) && fact.unit && fact.unit !== 'year' ? `${fact.value} ${fact.unit}` : fact.value;
}

/**
 * A number to sort by, for ordering a column only (never shown): the fact's
 * `number` when the source states a single number, else the first figure in
 * its words («more than 500» → 500, «about 25-30» → 25, «1990s» → 1990);
 * null for words without a figure («three to four» has its number).
 */
export function sortKey(fact: Pick<Fact, 'value' | 'number'>): number | null {
  if (fact.number !== null) return fact.number;
  const m = /\d[\d,]*(?:\.\d+)?/.exec(fact.value);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/**
 * Indicators that count a part of what another counts as a whole: the
 * members by kind are parts of «Member organisations». Where a source gives
 * the parts but no total, the total's row shows the parts with their own
 * labels instead of «not reported»; the atlas never adds them up.
 */
export const INDICATOR_PARTS: Readonly<Record<string, readonly string[]>> = {
  'members-total': ['member-companies', 'member-research-organisations', 'member-universities', 'member-clinics'],
};

/**
 * The values of a total's parts, in the order of INDICATOR_PARTS, when the
 * total itself has no value; empty when it has one, when it has no parts, or
 * when no part has a value either.
 */
export function partsInPlaceOfTotal(
  totalId: string,
  values: ReadonlyMap<string, IndicatorValue>,
  indicators: readonly ComparableIndicator[],
): { indicator: ComparableIndicator; value: IndicatorValue }[] {
  if (values.has(totalId)) return [];
  return (INDICATOR_PARTS[totalId] ?? []).flatMap((id) => {
    const indicator = indicators.find((i) => i.id === id);
    const value = values.get(id);
    return indicator && value ? [{ indicator, value }] : [];
  });
}

/**
 * Every cluster's indicator values: cluster id → indicator id → value, each
 * dated by asOf against `sources` (a source missing there is «date not reported»).
 * Throws if a row names a fact that does not exist (the data build's
 * foreign keys rule that out for the real data).
 */
export function indicatorValuesByCluster(
  values: readonly ClusterIndicatorValue[],
  facts: readonly Fact[],
  sources: readonly SourceDate[] = [],
): Map<string, Map<string, IndicatorValue>> {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const out = new Map<string, Map<string, IndicatorValue>>();
  for (const v of values) {
    const fact = factById.get(v.fact_id);
    if (!fact) throw new Error(`cluster-indicator-values: no fact ${v.fact_id}`);
    const forCluster = out.get(v.cluster_id) ?? new Map<string, IndicatorValue>();
    forCluster.set(v.indicator_id, {
      indicatorId: v.indicator_id,
      fact,
      display: displayValue(fact),
      period: fact.period !== null && fact.period !== fact.value ? fact.period : null,
      note: v.note,
      age: asOf(fact, sourceById.get(fact.source)),
    });
    out.set(v.cluster_id, forCluster);
  }
  return out;
}
