/** The addresses of the guide's checklist and instruments table (src/lib/guide-state.ts), read and written by src/lib/url-state.ts. */
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_TABLE_SPEC, guideStateSpec } from '../../src/lib/guide-state.ts';
import { encodeState, ignoredMessage, readState } from '../../src/lib/url-state.ts';

describe('checklist state (?done=)', () => {
  const spec = guideStateSpec(8);

  it('reads a comma list or repeated values, sorted and without duplicates', () => {
    expect(readState('?done=4,1,3', spec)).toEqual({ state: { done: [1, 3, 4] }, ignored: [], search: '?done=1,3,4' });
    expect(readState('?done=2&done=6', spec).search).toBe('?done=2,6');
    expect(readState('', spec)).toEqual({ state: { done: [] }, ignored: [], search: '' });
  });

  it('names what is no step: out of range, not a number, a fraction', () => {
    const read = readState('?done=3,x,1,9,1.5', spec);
    expect(read.state.done).toEqual([1, 3]);
    expect(ignoredMessage(read.ignored)).toBe('Ignored: done “x” (no such step); done “9” (no such step); done “1.5” (no such step).');
  });

  it('round-trips through its query string', () => {
    for (const done of [[], [1], [2, 5, 8], [1, 2, 3, 4, 5, 6, 7, 8]]) expect(readState(encodeState({ done }, spec), spec).state.done).toEqual(done);
    expect(encodeState({ done: [5, 1, 5] }, spec)).toBe('?done=1,5');
  });
});

describe('instruments table state', () => {
  const spec = INSTRUMENT_TABLE_SPEC;

  it('reads region, text and sort, and names values it does not know', () => {
    expect(readState('?region=saxony&q=%20SME%20&sort=amount', spec).state).toEqual({ region: ['saxony'], q: 'SME', sort: { key: 'amount', reversed: false } });
    const bad = readState('?region=bavaria&sort=size&sort=-name', spec);
    expect(bad.state).toEqual({ region: [], q: '', sort: { key: 'number', reversed: false } });
    expect(ignoredMessage(bad.ignored)).toBe('Ignored: region “bavaria” (no such region); sort “size” (no such column to sort by); sort “-name” (no such column to sort by).');
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(encodeState({ region: [], q: '', sort: { key: 'number', reversed: false } }, spec)).toBe('');
    const state = { region: ['eu'], q: 'risk finance', sort: { key: 'name', reversed: false } };
    expect(encodeState(state, spec)).toBe('?region=eu&q=risk%20finance&sort=name');
    expect(readState(encodeState(state, spec), spec)).toEqual({ state, ignored: [], search: '?region=eu&q=risk%20finance&sort=name' });
  });
});
