import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, ignoredMessage, readState, type StateSpec } from '../../src/lib/url-state.ts';

const spec = {
  group: { values: ['1', '2', '3'], multi: true },
  country: { values: ['DE', 'DK', 'SE'], multi: true },
  layer: { values: ['all', 'sample', 'outside'], multi: false, fallback: 'all' },
  cluster: { values: ['medicon-valley', 'genopole'], multi: false, noun: 'cluster' },
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

describe('reading a URL a view does not fully understand', () => {
  const stageSpec = { stage: { values: ['ideation', 'call-for-projects'], multi: false, noun: 'stage' } } satisfies StateSpec;

  it('names an unknown value, keeps nothing of it, and gives the address without it', () => {
    const read = readState('?stage=bogus', stageSpec);
    expect(read.state).toEqual({ stage: [] });
    expect(read.ignored).toEqual([{ key: 'stage', value: 'bogus', reason: 'no such stage' }]);
    expect(read.search).toBe('');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: stage “bogus” (no such stage).');
  });

  it('keeps what it understands beside what it does not: ?order=zzz&group=7 on a spec with order and group', () => {
    const explorer = {
      order: { values: ['group', 'name'], multi: false, fallback: 'group', noun: 'order' },
      group: { values: ['1', '2', '3', 'outside'], multi: true, noun: 'group' },
    } satisfies StateSpec;
    const read = readState('?order=zzz&group=7,2', explorer);
    expect(read.state).toEqual({ order: ['group'], group: ['2'] });
    expect(read.search).toBe('?group=2');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: order “zzz” (no such order); group “7” (no such group).');
  });

  it('names an unknown parameter, keeps the free ones as given, and quotes long values short', () => {
    const read = readState(`?q=R%26D+voucher&colour=red&layer=sample&x=${'y'.repeat(60)}`, spec, ['q']);
    expect(read.state.layer).toEqual(['sample']);
    expect(read.search).toBe('?q=R%26D%20voucher&layer=sample');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: “colour” (not a setting of this view); “x” (not a setting of this view).');
    expect(ignoredMessage([{ key: 'cluster', value: 'z'.repeat(60), reason: 'no such cluster' }])).toBe(`Ignored: cluster “${'z'.repeat(39)}…” (no such cluster).`);
  });

  it('takes a repeated facet as one list, one value of a single-valued facet, and drops empty values quietly', () => {
    const read = readState('?group=3&group=1,1&cluster=genopole,medicon-valley&country=', spec);
    expect(read.state).toEqual({ group: ['1', '3'], country: [], layer: ['all'], cluster: ['medicon-valley'] });
    expect(read.ignored).toEqual([{ key: 'cluster', value: 'genopole', reason: 'one cluster at a time' }]);
    expect(read.search).toBe('?group=1,3&cluster=medicon-valley');
  });

  it('understands a clean URL entirely and says nothing', () => {
    const read = readState('?group=1,3&layer=all', spec);
    expect(read.ignored).toEqual([]);
    expect(ignoredMessage(read.ignored)).toBe('');
    expect(readState('', spec).search).toBe('');
  });

  it('treats names of Object.prototype as the unknown parameters they are', () => {
    const read = readState('?__proto__=1&constructor=x&toString=y', spec);
    expect(read.ignored.map((i) => i.key)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(read.state).toEqual(emptyState(spec));
  });
});
