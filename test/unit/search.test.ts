/** The search page's pure parts: excerpts turned into text and marks, and the state in the URL. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptPieces } from '../../src/lib/search-excerpt.ts';
import { resultSummary, SEARCH_STATE_SPEC } from '../../src/lib/search-state.ts';
import { encodeState, ignoredMessage, readState } from '../../src/lib/url-state.ts';
import { foldedWords, missingWords, wordMatches } from '../../src/lib/search-terms.ts';
import { separateBlocks } from '../../src/lib/search-index-text.ts';

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
  const spec = SEARCH_STATE_SPEC;
  it('round-trips the query and the type', () => {
    const state = { q: 'R&D voucher', type: ['Value chain'] };
    expect(encodeState(state, spec)).toBe('?q=R%26D%20voucher&type=Value%20chain');
    expect(readState(encodeState(state, spec), spec).state).toEqual(state);
    expect(encodeState({ q: '', type: [] }, spec)).toBe('');
  });

  it('trims the query and names an unknown type', () => {
    const read = readState('?q=+Medicon+&type=Spaceship', spec);
    expect(read.state).toEqual({ q: 'Medicon', type: [] });
    expect(ignoredMessage(read.ignored)).toBe('Ignored: type “Spaceship” (no such kind of page).');
    expect(readState('', spec).state).toEqual({ q: '', type: [] });
  });

  it('summarises the results for the live region', () => {
    expect(resultSummary(0, { q: 'zz', type: [] })).toBe('No results for “zz”.');
    expect(resultSummary(1, { q: 'voucher', type: ['Value chain'] })).toBe('1 result for “voucher” among value chain pages.');
    expect(resultSummary(9, { q: 'voucher', type: [] })).toBe('9 results for “voucher”.');
  });
});

describe('query words a result really contains', () => {
  // Page text in the atlas's own words, as the index holds it.
  const profile = 'Medicon Valley. Countries Denmark, Sweden. A cluster organisation in the cities of the Öresund region; 350 companies.';

  it('finds whole words and the words they begin, whatever the case and accents', () => {
    expect(missingWords('Medicon', profile)).toEqual([]);
    expect(missingWords('medi', profile)).toEqual([]);
    expect(missingWords('oresund SWEDEN', profile)).toEqual([]);
    expect(missingWords('clusters', profile)).toEqual([]);
    expect(missingWords('city', profile)).toEqual([]);
  });

  it('names the words only Pagefind’s fall-back to a shorter prefix would match', () => {
    // «a», «or», «to» and «cities» are on the page; «artery», «orchid» and «Tokyo» are not.
    expect(missingWords('artery', `${profile} a or to`)).toEqual(['artery']);
    expect(missingWords('orchid', `${profile} or`)).toEqual(['orchid']);
    expect(missingWords('Tokyo', `${profile} to`)).toEqual(['tokyo']);
    expect(missingWords('Medicon Tokyo', `${profile} to`)).toEqual(['tokyo']);
  });

  it('folds words: accents and case removed, split at punctuation', () => {
    expect(foldedWords('LyonBiopôle, R&D (DK;SE)')).toEqual(['lyonbiopole', 'r', 'd', 'dk', 'se']);
    expect(wordMatches('installing', 'installation')).toBe(true);
    expect(wordMatches('are', 'artery')).toBe(false);
  });
});

describe('the text the search index reads', () => {
  it('ends every block with a space, so a label and its value stay two words', () => {
    expect(separateBlocks('<dl><div><dt>Countries</dt><dd>Denmark, Sweden</dd></div></dl>')).toBe(
      '<dl><div><dt>Countries</dt> <dd>Denmark, Sweden</dd> </div> </dl> ',
    );
    expect(separateBlocks('<p>One.</p><P>Two<br>three<br/>four</P >')).toBe('<p>One.</p> <P>Two<br> three<br/> four</P > ');
  });

  it('leaves inline elements joined: a word split across them is one word', () => {
    const html = '<p>Health<b>2</b>Care <a href="/x">Medicon</a><span>Valley</span></p>';
    expect(separateBlocks(html)).toBe(`${html} `);
  });
});
