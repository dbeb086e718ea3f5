import { describe, expect, it } from 'vitest';
import { emptyState, encodeState, ignoredMessage, readState, type StateSpec } from '../../src/lib/url-state.ts';

const spec = {
  group: { kind: 'set', values: ['1', '2', '3'] },
  country: { kind: 'set', values: ['DE', 'DK', 'SE'] },
  layer: { kind: 'one', values: ['all', 'sample', 'outside'], fallback: 'all' },
  cluster: { kind: 'one', values: ['medicon-valley', 'genopole'], noun: 'cluster' },
} satisfies StateSpec;

describe('url-state', () => {
  it('encodes the default state as an empty query', () => {
    expect(encodeState(emptyState(spec), spec)).toBe('');
    expect(readState('', spec).state).toEqual({ group: [], country: [], layer: ['all'], cluster: [] });
  });

  it('round-trips a state, with values in canonical order whatever order they were chosen in', () => {
    const state = { group: ['3', '1'], country: ['SE', 'DK'], layer: ['sample'], cluster: ['medicon-valley'] };
    const query = encodeState(state, spec);
    expect(query).toBe('?group=1,3&country=DK,SE&layer=sample&cluster=medicon-valley');
    expect(readState(query, spec).state).toEqual({ group: ['1', '3'], country: ['DK', 'SE'], layer: ['sample'], cluster: ['medicon-valley'] });
    expect(encodeState(readState(query, spec).state, spec)).toBe(query);
  });

  it('ignores unknown facets and values, and values of a single-valued facet after the first given', () => {
    const state = readState('?group=2,9,<script>&colour=red&layer=moon,outside,sample&cluster=nope', spec).state;
    expect(state).toEqual({ group: ['2'], country: [], layer: ['outside'], cluster: [] });
  });

  it('leaves a single-valued facet at its fallback out of the URL', () => {
    expect(encodeState({ ...emptyState(spec), layer: ['all'], group: ['2'] }, spec)).toBe('?group=2');
  });

  it('decodes percent-encoded commas and spaces the way browsers write them', () => {
    expect(readState('?country=DK%2CSE&group=%201', spec).state.country).toEqual(['DK', 'SE']);
    expect(readState('?group=%201', spec).state.group).toEqual(['1']);
  });
});

describe('reading a URL a view does not fully understand', () => {
  const stageSpec = { stage: { kind: 'one', values: ['ideation', 'call-for-projects'], noun: 'stage' } } satisfies StateSpec;

  it('names an unknown value, keeps nothing of it, and gives the address without it', () => {
    const read = readState('?stage=bogus', stageSpec);
    expect(read.state).toEqual({ stage: [] });
    expect(read.ignored).toEqual([{ key: 'stage', value: 'bogus', reason: 'no such stage' }]);
    expect(read.search).toBe('');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: stage “bogus” (no such stage).');
  });

  it('keeps what it understands beside what it does not: ?order=zzz&group=7 on a spec with order and group', () => {
    const explorer = {
      order: { kind: 'one', values: ['group', 'name'], fallback: 'group', noun: 'order' },
      group: { kind: 'set', values: ['1', '2', '3', 'outside'], noun: 'group' },
    } satisfies StateSpec;
    const read = readState('?order=zzz&group=7,2', explorer);
    expect(read.state).toEqual({ order: ['group'], group: ['2'] });
    expect(read.search).toBe('?group=2');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: order “zzz” (no such order); group “7” (no such group).');
  });

  it('names an unknown parameter, keeps free text as given, and quotes long values short', () => {
    const withText = { q: { kind: 'text', noun: 'query' }, ...spec } satisfies StateSpec;
    const read = readState(`?q=R%26D+voucher&colour=red&layer=sample&x=${'y'.repeat(60)}`, withText);
    expect(read.state.layer).toEqual(['sample']);
    expect(read.state.q).toBe('R&D voucher');
    expect(read.search).toBe('?q=R%26D%20voucher&layer=sample');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: “colour” (not a setting of this view); “x” (not a setting of this view).');
    expect(ignoredMessage([{ key: 'cluster', value: 'z'.repeat(60), reason: 'no such cluster' }])).toBe(`Ignored: cluster “${'z'.repeat(39)}…” (no such cluster).`);
  });

  it('takes a repeated facet as one list, one value of a single-valued facet, and drops empty values quietly', () => {
    const read = readState('?group=3&group=1,1&cluster=genopole,medicon-valley,genopole&country=&layer=sample&layer=sample', spec);
    expect(read.state).toEqual({ group: ['1', '3'], country: [], layer: ['sample'], cluster: ['genopole'] });
    expect(read.ignored).toEqual([{ key: 'cluster', value: 'medicon-valley', reason: 'one cluster at a time' }]);
    expect(read.search).toBe('?group=1,3&layer=sample&cluster=genopole');
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

describe('an ordered list of ids (kind list)', () => {
  const spec = { clusters: { kind: 'list', values: ['a', 'b', 'c', 'd', 'e'], min: 2, max: 4, noun: 'cluster' } } satisfies StateSpec;

  it('keeps known ids in the order given, as one parameter or repeated', () => {
    expect(readState('?clusters=c,a', spec)).toEqual({ state: { clusters: ['c', 'a'] }, ignored: [], search: '?clusters=c,a' });
    expect(readState('?clusters=d&clusters=b', spec).search).toBe('?clusters=d,b');
  });

  it('keeps fewer than the minimum (the view says what is missing), and nothing at all for none, empty or commas only', () => {
    expect(readState('?clusters=e', spec).state.clusters).toEqual(['e']);
    for (const q of ['', '?', '?clusters=', '?clusters=,,']) expect(readState(q, spec), q).toEqual({ state: { clusters: [] }, ignored: [], search: '' });
  });

  it('names an unknown id, a repeated id and an id beyond the maximum, each once, and drops them', () => {
    const read = readState('?clusters=b,atlantis,a,b,b,atlantis,c,d,e,e&colour=red', spec);
    expect(read.state.clusters).toEqual(['b', 'a', 'c', 'd']);
    expect(read.search).toBe('?clusters=b,a,c,d');
    expect(ignoredMessage(read.ignored)).toBe(
      'Ignored: “colour” (not a setting of this view); clusters “atlantis” (no such cluster); clusters “b” (given more than once); clusters “e” (at most 4 at a time).',
    );
  });

  it('writes the ids it allows, each once, at most the maximum', () => {
    expect(encodeState({ clusters: ['d', 'x', 'a', 'd', 'b', 'c', 'e'] }, spec)).toBe('?clusters=d,a,b,c');
    expect(encodeState({ clusters: [] }, spec)).toBe('');
  });

  it('only ever names a crafted value as given', () => {
    const read = readState('?clusters=%3Cimg%20src%3Dx%3E,a', spec);
    expect(read.state.clusters).toEqual(['a']);
    expect(read.ignored).toEqual([{ key: 'clusters', value: '<img src=x>', reason: 'no such cluster' }]);
  });
});

describe('a set of whole numbers in a range (kind numbers)', () => {
  const spec = { done: { kind: 'numbers', min: 1, max: 8, noun: 'step' } } satisfies StateSpec;

  it('reads numbers in any order, repeated or not, and writes them ascending', () => {
    expect(readState('?done=4,1,3', spec)).toEqual({ state: { done: [1, 3, 4] }, ignored: [], search: '?done=1,3,4' });
    expect(readState('?done=3&done=1&done=3', spec)).toEqual({ state: { done: [1, 3] }, ignored: [], search: '?done=1,3' });
    expect(readState('', spec).state.done).toEqual([]);
  });

  it('names what is no step: out of range, not a number, a fraction, a sign', () => {
    const read = readState('?done=0,2,9,x,1.5,2,-1,%2B3', spec);
    expect(read.state.done).toEqual([2]);
    expect(read.ignored.map((i) => i.value)).toEqual(['0', '9', 'x', '1.5', '-1', '+3']);
    expect(ignoredMessage(read.ignored.slice(0, 1))).toBe('Ignored: done “0” (no such step).');
  });

  it('round-trips through its query string, leaving out what is out of range', () => {
    for (const done of [[], [1], [2, 5, 8], [1, 2, 3, 4, 5, 6, 7, 8]]) expect(readState(encodeState({ done }, spec), spec).state.done).toEqual(done);
    expect(encodeState({ done: [5, 1, 5, 9, 0] }, spec)).toBe('?done=1,5');
  });
});

describe('free text (kind text)', () => {
  const spec = { q: { kind: 'text', noun: 'query' } } satisfies StateSpec;

  it('reads the text trimmed and whole, commas included, and writes it percent-encoded', () => {
    expect(readState('?q=+R%26D,+voucher+', spec)).toEqual({ state: { q: 'R&D, voucher' }, ignored: [], search: '?q=R%26D%2C%20voucher' });
    expect(readState('?q=', spec)).toEqual({ state: { q: '' }, ignored: [], search: '' });
  });

  it('keeps the first of a repeated parameter and names the others', () => {
    const read = readState('?q=lyon&q=&q=basel', spec);
    expect(read.state.q).toBe('lyon');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: q “basel” (one query at a time).');
  });
});

describe('a sort key and direction (kind sort)', () => {
  const reversible = { sort: { kind: 'sort', keys: ['name', 'countries'], fallback: 'name', reversible: true, noun: 'column to sort by' } } satisfies StateSpec;
  const oneWay = { sort: { kind: 'sort', keys: ['number', 'amount'], fallback: 'number', reversible: false, noun: 'column to sort by' } } satisfies StateSpec;

  it('reads a key, and -key reversed; leaves the fallback in its own order out of the URL', () => {
    expect(readState('?sort=-countries', reversible)).toEqual({ state: { sort: { key: 'countries', reversed: true } }, ignored: [], search: '?sort=-countries' });
    expect(readState('?sort=-name', reversible).search).toBe('?sort=-name');
    expect(readState('?sort=name', reversible)).toEqual({ state: { sort: { key: 'name', reversed: false } }, ignored: [], search: '' });
    expect(readState('', reversible).state.sort).toEqual({ key: 'name', reversed: false });
  });

  it('names an unknown key, a reversed key where keys are not reversible, and a second sort', () => {
    const bad = readState('?sort=shoe-size', reversible);
    expect(bad.state.sort).toEqual({ key: 'name', reversed: false });
    expect(ignoredMessage(bad.ignored)).toBe('Ignored: sort “shoe-size” (no such column to sort by).');
    const read = readState('?sort=-amount&sort=amount,name', oneWay);
    expect(read.state.sort).toEqual({ key: 'amount', reversed: false });
    expect(read.search).toBe('?sort=amount');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: sort “-amount” (no such column to sort by); sort “name” (no such column to sort by).');
    expect(ignoredMessage(readState('?sort=amount,number', oneWay).ignored)).toBe('Ignored: sort “number” (one column to sort by at a time).');
  });

  it('writes only what it allows', () => {
    expect(encodeState({ sort: { key: 'amount', reversed: true } }, oneWay)).toBe('');
    expect(encodeState({ sort: { key: 'colour', reversed: false } }, reversible)).toBe('');
    expect(encodeState({ sort: { key: 'countries', reversed: false } }, reversible)).toBe('?sort=countries');
  });
});

describe('facets of every kind in one address', () => {
  const spec = {
    q: { kind: 'text' },
    region: { kind: 'one', values: ['eu', 'saxony'], noun: 'region' },
    sort: { kind: 'sort', keys: ['number', 'amount'], fallback: 'number', reversible: false },
  } satisfies StateSpec;

  it('writes the facets in the spec’s order, whatever the order given, and drops empty ones quietly', () => {
    const read = readState('?sort=amount&q=&region=saxony&colour=red', spec);
    expect(read.state).toEqual({ q: '', region: ['saxony'], sort: { key: 'amount', reversed: false } });
    expect(read.search).toBe('?region=saxony&sort=amount');
    expect(ignoredMessage(read.ignored)).toBe('Ignored: “colour” (not a setting of this view).');
  });
});
