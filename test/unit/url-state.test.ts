import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, type StateSpec } from '../../src/lib/url-state.ts';

const spec = {
  group: { values: ['1', '2', '3'], multi: true },
  country: { values: ['DE', 'DK', 'SE'], multi: true },
  layer: { values: ['all', 'sample', 'outside'], multi: false, fallback: 'all' },
  cluster: { values: ['medicon-valley', 'genopole'], multi: false },
} satisfies StateSpec;

describe('url-state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeState(emptyState(spec), spec)).toBe('');
    expect(decodeState('', spec)).toEqual({ group: [], country: [], layer: ['all'], cluster: [] });
  });

  it('round-trips a state, with values in canonical order whatever order they were chosen in', () => {
    const state = { group: ['3', '1'], country: ['SE', 'DK'], layer: ['sample'], cluster: ['medicon-valley'] };
    const query = encodeState(state, spec);
    expect(query).toBe('?group=1,3&country=DK,SE&layer=sample&cluster=medicon-valley');
    expect(decodeState(query, spec)).toEqual({ group: ['1', '3'], country: ['DK', 'SE'], layer: ['sample'], cluster: ['medicon-valley'] });
    expect(encodeState(decodeState(query, spec), spec)).toBe(query);
  });

  it('ignores unknown facets and values, and extra values of a single-valued facet', () => {
    const state = decodeState('?group=2,9,<script>&colour=red&layer=outside,sample&cluster=nope', spec);
    expect(state).toEqual({ group: ['2'], country: [], layer: ['sample'], cluster: [] });
  });

  it('leaves a single-valued facet at its fallback out of the URL', () => {
    expect(encodeState({ ...emptyState(spec), layer: ['all'], group: ['2'] }, spec)).toBe('?group=2');
  });

  it('decodes percent-encoded commas and spaces the way browsers write them', () => {
    expect(decodeState('?country=DK%2CSE&group=%201', spec).country).toEqual(['DK', 'SE']);
    expect(decodeState('?group=%201', spec).group).toEqual(['1']);
  });
});
