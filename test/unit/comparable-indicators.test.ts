/**
 * The comparable indicators (data/comparable-indicators.csv) and their values
 * per cluster (data/cluster-indicator-values.csv), from the real CSV: every
 * value is its fact's own, about the same cluster, in a unit the indicator
 * admits (a sample is checked against the source texts in test/sources/).
 */
import { describe, expect, it } from 'vitest';
import { displayValue, factFitsIndicator, indicatorValuesByCluster, sortKey } from '../../src/lib/comparable-indicators.ts';
import type { ClusterIndicatorValue, ComparableIndicator, Fact } from '../../src/lib/schema/tables.ts';
import { buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const indicators = rows<ComparableIndicator>('comparable-indicators');
const values = rows<ClusterIndicatorValue>('cluster-indicator-values');
const facts = rows<Fact>('facts');
const factById = new Map(facts.map((f) => [f.id, f]));

describe('comparable indicators', () => {
  it('build without problems', () => {
    expect(built.problems).toEqual([]);
    expect(indicators.length).toBeGreaterThanOrEqual(8);
  });

  it('every value equals its fact: same cluster, same value, source and locator, a unit the indicator admits', () => {
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      const fact = factById.get(v.fact_id);
      const indicator = indicators.find((i) => i.id === v.indicator_id);
      expect(fact, v.fact_id).toBeDefined();
      expect(indicator, v.indicator_id).toBeDefined();
      if (!fact || !indicator) continue;
      expect([fact.cluster_id, fact.value, fact.source, fact.locator], v.fact_id).toEqual([v.cluster_id, v.value, v.source, v.locator]);
      expect(factFitsIndicator(fact, indicator), `${v.fact_id} (${fact.unit ?? 'no unit'}) for ${indicator.id}`).toBe(true);
    }
  });

  it('each indicator but the clinic count has values for at least three clusters', () => {
    // The brief asks for members by kind "where stated": the sources count hospitals for two clusters only.
    for (const i of indicators.filter((x) => x.id !== 'member-clinics'))
      expect(new Set(values.filter((v) => v.indicator_id === i.id).map((v) => v.cluster_id)).size, i.id).toBeGreaterThanOrEqual(3);
  });

  it('shows what the source says: decades, ranges and currencies are kept', () => {
    const byCluster = indicatorValuesByCluster(values, facts);
    // hse-2019 ch. 3 SF7: «Back in the days of 1990s, when the cluster initiative was just emerging».
    expect(byCluster.get('medicon-valley')?.get('founded')?.display).toBe('1990s');
    // hse-2019 ch. 3 SF1 (interview): «We arrange about 25-30 events every year.»
    expect(byCluster.get('medicon-valley')?.get('events-per-year')?.display).toBe('about 25-30');
    // hse-2019 table 4.1: 9.8 billion roubles, in the table's own unit; no conversion.
    expect(byCluster.get('moscow-international-medical-cluster')?.get('public-funding')?.display).toBe('9.8 RUB billion');
    // hse-2019 ch. 3 SF2: «The Connected Health cluster comprises more than 80 members».
    expect(byCluster.get('connected-health')?.get('members-total')?.display).toBe('more than 80');
    // The period is shown when it adds to the value.
    expect(byCluster.get('cebr')?.get('members-total')?.period).toBe('October 2020');
    expect(byCluster.get('health-valley-netherlands')?.get('founded')?.period).toBeNull();
  });

});

describe('value helpers', () => {
  const fact = (value: string, number: number | null, unit: string | null) => ({ value, number, unit });
  it('add the fact’s unit to a bare number only', () => {
    expect(displayValue(fact('9.8', 9.8, 'RUB billion'))).toBe('9.8 RUB billion');
    expect(displayValue(fact('2004', 2004, 'year'))).toBe('2004');
    expect(displayValue(fact('more than 500', null, 'companies'))).toBe('more than 500');
    expect(displayValue(fact('yes', null, null))).toBe('yes');
  });
  it('sort by the stated number, else the first figure, else nothing', () => {
    expect(sortKey(fact('eight', 8, 'employees'))).toBe(8);
    expect(sortKey(fact('more than 1,700', null, 'companies'))).toBe(1700);
    expect(sortKey(fact('about 25-30', null, 'events per year'))).toBe(25);
    expect(sortKey(fact('1990s', null, null))).toBe(1990);
    expect(sortKey(fact('four years ago', null, null))).toBeNull();
  });
  it('admit a unit-less fact only where «none» is listed', () => {
    expect(factFitsIndicator({ unit: null }, { fact_units: ['none'] })).toBe(true);
    expect(factFitsIndicator({ unit: null }, { fact_units: ['companies'] })).toBe(false);
    expect(factFitsIndicator({ unit: 'people' }, { fact_units: ['employees', 'people'] })).toBe(true);
  });
});
