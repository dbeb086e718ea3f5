/**
 * Every view's parameter names come from its spec (src/lib/url-state.ts's `stateKeys`). The charts'
 * registry still lists the state keys its charts carry: they must be the keys of the view each
 * chart's full view reads, until the registry takes them from the specs.
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

  it('that a chart carries are keys of the view its full view reads', () => {
    const keysOf = { map: MAP_STATE_KEYS, explorer: EXPLORER_STATE_KEYS, 'value-chain': VALUE_CHAIN_STATE_KEYS } as const;
    for (const chart of atlasCharts.filter((c) => c !== compareChart)) {
      if (chart.stateSpec === null) expect(chart.stateKeys, chart.id).toEqual([]);
      else for (const key of chart.stateKeys) expect(keysOf[chart.stateSpec], chart.id).toContain(key);
    }
    const whole = atlasCharts.filter((c) => c.id === 'map' || c.id === 'factor-matrix').map((c) => [...c.stateKeys]);
    expect(whole).toEqual([[...MAP_STATE_KEYS], [...EXPLORER_STATE_KEYS]]);
    expect(compareChart.stateKeys).toEqual(COMPARE_STATE_KEYS);
  });
});
