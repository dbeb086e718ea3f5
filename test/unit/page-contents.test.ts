import { describe, expect, it } from 'vitest';
import { pageContents } from '../../src/lib/page-contents.ts';

describe('pageContents', () => {
  it('lists every h2 in document order with its id and text, whatever it is nested in', () => {
    const html = `<section><h2 id="glance">At a <em>glance</em></h2><h3 id="x">Not a section</h3></section>
      <figure><figcaption><h2 id="chart-title">A chart\n   title</h2></figcaption></figure><h2 id="notes">Notes</h2>`;
    expect(pageContents(html)).toEqual([
      { id: 'glance', title: 'At a glance' },
      { id: 'chart-title', title: 'A chart title' },
      { id: 'notes', title: 'Notes' },
    ]);
  });

  it('refuses a section heading it could not link to', () => {
    expect(() => pageContents('<h2 id="a">A</h2><h2>Orphan heading</h2>')).toThrow(/«Orphan heading» has no id/);
  });

  it('gives nothing for a fragment without sections', () => {
    expect(pageContents('<p>Text</p><h3 id="a">Minor</h3>')).toEqual([]);
  });
});
