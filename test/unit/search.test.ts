/** The search page's pure parts: excerpts turned into text and marks, and the state in the URL. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptPieces } from '../../src/lib/search-excerpt.ts';
import { readSearchState, resultSummary, writeSearchState } from '../../src/lib/search-state.ts';

describe('excerpts', () => {
  it('split into plain and marked text', () => {
    expect(excerptPieces('the SmartHealth <mark>voucher</mark> procedure and <mark>vouchers</mark>')).toEqual([
      { text: 'the SmartHealth ', mark: false },
      { text: 'voucher', mark: true },
      { text: ' procedure and ', mark: false },
      { text: 'vouchers', mark: true },
    ]);
  });

  it('decode entities into text, so markup in the page text stays text', () => {
    expect(excerptPieces('&lt;img src=x onerror=alert(1)&gt; R&amp;D <mark>Medicon</mark> &quot;Valley&quot; &#39;x&#x27;')).toEqual([
      { text: '<img src=x onerror=alert(1)> R&D ', mark: false },
      { text: 'Medicon', mark: true },
      { text: ' "Valley" \'x\'', mark: false },
    ]);
    expect(decodeEntities('&unknown; &amp;amp;')).toBe('&unknown; &amp;');
  });

  it('drop any tag other than mark', () => {
    expect(excerptPieces('<b>bold</b> <mark class="x">hit</mark>')).toEqual([
      { text: 'bold ', mark: false },
      { text: 'hit', mark: true },
    ]);
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and the type', () => {
    const state = { q: 'R&D voucher', type: 'Value chain' } as const;
    expect(writeSearchState(state)).toBe('?q=R%26D%20voucher&type=Value%20chain');
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(writeSearchState({ q: '', type: null })).toBe('');
  });

  it('trims the query and ignores an unknown type', () => {
    expect(readSearchState('?q=+Medicon+&type=Spaceship')).toEqual({ q: 'Medicon', type: null });
    expect(readSearchState('')).toEqual({ q: '', type: null });
  });

  it('summarises the results for the live region', () => {
    expect(resultSummary(0, { q: 'zz', type: null })).toBe('No results for “zz”.');
    expect(resultSummary(1, { q: 'voucher', type: 'Value chain' })).toBe('1 result for “voucher” among value chain pages.');
    expect(resultSummary(9, { q: 'voucher', type: null })).toBe('9 results for “voucher”.');
  });
});
