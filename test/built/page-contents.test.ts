/**
 * Long pages open with a table of contents: cluster profiles, success-factor
 * pages, about, landscape and data. Read in the built HTML: its links are the
 * page's sections (every <h2> of main after it), in order, each to its
 * heading's id. test/browser/page-contents.test.ts follows a link in Chromium
 * on one page of each kind.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LONG_PAGES } from '../helpers/page-contents.ts';
import { dist, htmlFiles } from '../helpers/pages.ts';

const files = new Map(htmlFiles(dist).map((p) => [p.path, p.file]));

describe('in-page table of contents', () => {
  it('every long page is a built page', () => {
    expect(LONG_PAGES.filter((p) => !files.has(p))).toEqual([]);
  });

  for (const path of LONG_PAGES)
    it(`${path} lists its sections, in order, each linked to its heading`, () => {
      const { document } = parseHTML(readFileSync(files.get(path) ?? '', 'utf8'));
      const nav = document.querySelector('[data-page-contents]');
      const sections = [...document.querySelectorAll('main h2')].filter((h) => !nav?.contains(h));
      const text = (e: Element) => e.textContent?.replace(/\s+/g, ' ').trim();
      expect(sections.length).toBeGreaterThanOrEqual(3);
      expect(nav).not.toBeNull();
      expect(sections.every((h) => (nav?.compareDocumentPosition(h) ?? 0) & 4)).toBe(true); // DOCUMENT_POSITION_FOLLOWING
      expect([...(nav?.querySelectorAll('a') ?? [])].map((a) => ({ href: a.getAttribute('href'), text: text(a) }))).toEqual(
        sections.map((h) => ({ href: `#${h.id}`, text: text(h) })),
      );
    });
});
