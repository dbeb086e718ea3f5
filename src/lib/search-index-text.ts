/**
 * What the search index reads of a built page. Pagefind joins the text of
 * adjacent elements as it finds it, and the built HTML has no whitespace
 * between tags, so a label and its value ran into one word in the index and
 * its excerpts («CountriesDenmark»). The indexer gets a copy of each page
 * with a space after every block-level element; the pages served keep
 * their HTML as built.
 */

/** Elements that end a line of text when shown: their end separates words. */
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'button', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'label', 'legend', 'li', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
] as const;

const BLOCK_END = new RegExp(`</(?:${BLOCK_ELEMENTS.join('|')})\\s*>|<br\\s*/?>`, 'gi');

/**
 * The HTML of a page with a space after the end tag of every block-level
 * element (and after each `<br>`), so that text in separate blocks stays
 * separate words. Inline elements (`span`, `a`, `b`, …) are left alone: text
 * split across them (`Health<b>2</b>Care`) is one word. Whitespace between
 * block elements is not rendered, so the copy reads the same.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}
