/**
 * The words of a built page as a reader meets them: the text of each block
 * (paragraph, list item, cell, heading…) with its inline elements (links,
 * emphasis, citations) joined as the browser joins them, so that a missing
 * space between a word and a link shows up as glued words. Scripts, styles,
 * SVG charts and visually hidden helper text are left out.
 */
import { parseHTML } from 'linkedom';

/** Elements whose text flows into the surrounding line. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'CITE', 'CODE', 'DATA', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL', 'BR']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'SVG', 'TEMPLATE', 'NOSCRIPT', 'HEAD']);

export interface TextRun {
  /** The block's own text, whitespace collapsed. */
  text: string;
  /** The block's tag name, lower case. */
  tag: string;
}

/** Every run of inline text of the page's body, one per block element. */
export function pageTextRuns(html: string): TextRun[] {
  const { document } = parseHTML(html);
  const runs: TextRun[] = [];
  const visit = (el: Element): void => {
    let current = '';
    const flush = () => {
      const text = current.replace(/\s+/g, ' ').trim();
      if (text) runs.push({ text, tag: el.tagName.toLowerCase() });
      current = '';
    };
    const walk = (node: Node): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) current += child.textContent ?? '';
        else if (child.nodeType === 1) {
          const e = child as Element;
          const tag = e.tagName.toUpperCase();
          if (SKIPPED.has(tag) || e.hasAttribute('hidden')) continue;
          if (tag === 'BR') current += ' ';
          else if (INLINE.has(tag)) walk(e);
          else {
            flush();
            visit(e);
          }
        }
      }
    };
    walk(el);
    flush();
  };
  const body = document.querySelector('body');
  if (body) visit(body);
  return runs;
}
