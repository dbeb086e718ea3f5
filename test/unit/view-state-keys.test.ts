/**
 * Every view's parameter names come from its spec (src/lib/url-state.ts's `stateKeys`), and each
 * chart kind (src/lib/chart-kinds/) takes the keys its charts carry from its full view's spec.
 */
import { describe, expect, it } from 'vitest';
import { atlasCharts, compareChart } from '../../src/lib/atlas-charts.ts';
import { COMPARE_STATE_KEYS } from '../../src/lib/compare-state.ts';
import { EXPLORER_STATE_KEYS } from '../../src/lib/explorer-state-spec.ts';
import { MAP_STATE_KEYS } from '../../src/lib/map/state-spec.ts';
import { stateKeys } from '../../src/lib/url-state.ts';
import { VALUE_CHAIN_STATE_KEYS } from '../../src/lib/value-chain-state.ts';

describe('state keys', () => {
  it('are the spec’s keys, in its order', () => {
    expect(stateKeys({ q: { kind: 'text' }, sort: { kind: 'sort', keys: ['name'], fallback: 'name', reversible: true } })).toEqual(['q', 'sort']);
    expect(MAP_STATE_KEYS).toEqual(['group', 'model', 'country', 'factor', 'layer', 'cluster']);
    expect(EXPLORER_STATE_KEYS).toEqual(['order', 'group', 'factor', 'cluster']);
    expect(VALUE_CHAIN_STATE_KEYS).toEqual(['stage']);
    expect(COMPARE_STATE_KEYS).toEqual(['clusters']);
  });

  it('that a chart carries are the keys of the view its full view reads, taken from its spec', () => {
    const byKind: Record<string, readonly string[]> = {
      map: MAP_STATE_KEYS,
      'factor-matrix': EXPLORER_STATE_KEYS,
      'factor-support': ['factor'],
      'value-chain': VALUE_CHAIN_STATE_KEYS,
      compare: COMPARE_STATE_KEYS,
      'group-figures': ['sort'],
      'fact-bars': [],
      instruments: [],
    };
    for (const chart of atlasCharts) expect([...chart.stateKeys], chart.id).toEqual([...(byKind[chart.kind] ?? ['no such kind'])]);
    expect(compareChart.stateKeys).toEqual(['clusters']);
  });
});
