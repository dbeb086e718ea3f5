/** A DOM document for drawing charts at build time (Plot and D3 both accept one). */
import { parseHTML } from 'linkedom';

export function svgDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * Plot labels plain <g> elements with aria-label, which ARIA allows only on
 * elements with a role: give those groups role="group", and drop the label
 * where Plot hides the group from assistive technology anyway.
 */
export function fixPlotAria(svg: Element): Element {
  for (const g of svg.querySelectorAll('g[aria-label]')) {
    if (g.getAttribute('aria-hidden') === 'true') g.removeAttribute('aria-label');
    else if (!g.hasAttribute('role')) g.setAttribute('role', 'group');
  }
  return svg;
}
