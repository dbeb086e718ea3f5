/**
 * /compare/ never says «Not reported» in a total's row while a row below it,
 * about a part of the same thing, has a value (issue 25 point 8): the total's
 * cell shows the parts with their own labels, and never a sum.
 */
import { describe, expect, it } from 'vitest';
import { INDICATOR_PARTS, indicatorValuesByCluster, partsInPlaceOfTotal } from '../../src/lib/comparable-indicators.ts';
import { compareColumn, compareRows } from '../../src/lib/compare-view.ts';
import type { ClusterIndicatorValue, ComparableIndicator, Fact } from '../../src/lib/schema/tables.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const built = buildFrom('data');
const rows = <T>(name: string) => (built.tables.get(name)?.rows ?? []).map(({ row }) => row as T);
const t = atlasFrom(built);
const indicators = rows<ComparableIndicator>('comparable-indicators');
const values = indicatorValuesByCluster(rows<ClusterIndicatorValue>('cluster-indicator-values'), rows<Fact>('facts'));

describe('partsInPlaceOfTotal', () => {
  it('names only indicators that exist', () => {
    for (const [total, parts] of Object.entries(INDICATOR_PARTS))
      for (const id of [total, ...parts]) expect(indicators.map((i) => i.id), id).toContain(id);
  });

  it('gives nothing for a cluster without facts, for a total that has its value, and for an indicator without parts', () => {
    expect(partsInPlaceOfTotal('members-total', new Map(), indicators)).toEqual([]);
    const withTotal = [...values].find(([, v]) => v.has('members-total') && v.has('member-companies'));
    if (withTotal) expect(partsInPlaceOfTotal('members-total', withTotal[1], indicators)).toEqual([]);
    expect(partsInPlaceOfTotal('founded', values.get('medicon-valley') ?? new Map(), indicators)).toEqual([]);
  });

  it('gives Medicon Valley’s counts by kind, which have values while its total has none', () => {
    const mv = values.get('medicon-valley') ?? new Map();
    expect(mv.has('members-total')).toBe(false);
    const parts = partsInPlaceOfTotal('members-total', mv, indicators);
    expect(parts.map((p) => p.indicator.id)).toEqual(INDICATOR_PARTS['members-total']?.filter((id) => mv.has(id)));
    expect(parts.map((p) => p.value.fact.id)).toContain('medicon-valley-members-7');
  });
});

describe('the compare columns', () => {
  const rowList = compareRows(indicators);
  const at = (id: string) => rowList.findIndex((r) => r.id === id);

  it('never leave a total «not reported» above a row about a part of it that has a value, for any cluster', () => {
    for (const c of t.clusters.rows) {
      const col = compareColumn(t, c.id);
      for (const [total, parts] of Object.entries(INDICATOR_PARTS)) {
        const filledPart = parts.find((p) => (col.cells[`indicator-${p}`]?.items.length ?? 0) > 0 && at(`indicator-${p}`) > at(`indicator-${total}`));
        if (filledPart) expect(col.cells[`indicator-${total}`]?.items.length, `${c.id} ${total} above ${filledPart}`).toBeGreaterThan(0);
      }
    }
  });

  it('show Medicon Valley’s companies with their own label in the member row, said to be a kind, not a total', () => {
    const cell = compareColumn(t, 'medicon-valley').cells['indicator-members-total'];
    const companies = indicators.find((i) => i.id === 'member-companies');
    expect(cell?.lead).toMatch(/no total/i);
    expect(cell?.items.map((i) => i.text)).toContain(`${companies?.label}: 350 companies`);
  });

  it('leave a cluster without any figure «not reported» (no lead, no items)', () => {
    const bare = t.clusters.rows.find((c) => !values.has(c.id));
    if (!bare) return;
    const cell = compareColumn(t, bare.id).cells['indicator-members-total'];
    expect(cell).toEqual({ items: [] });
  });
});
