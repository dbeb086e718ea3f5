/**
 * The table of contents of a long page, read from the page's own HTML: one
 * entry per <h2>, in document order, linking to the heading's id.
 */
import { parseHTML } from 'linkedom';

export interface ContentsEntry {
  /** The id of the <h2>, the target of the entry's link. */
  id: string;
  /** The heading's text, whitespace collapsed. */
  title: string;
}

/**
 * The <h2> headings of an HTML fragment as contents entries.
 * Throws if a heading has no id (it could not be linked to), naming the heading.
 */
export function pageContents(html: string): ContentsEntry[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('h2')].map((h) => {
    const title = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    const id = h.getAttribute('id');
    if (!id) throw new Error(`page contents: the heading «${title}» has no id to link to`);
    return { id, title };
  });
}
