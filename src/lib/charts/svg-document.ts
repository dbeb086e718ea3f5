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

/** The class Plot gives its charts; its default styles for it are in src/styles/global.css. */
export const PLOT_CLASS = 'atlas-plot';

/**
 * Plot writes <style> elements and style="" attributes, which the site's
 * Content-Security-Policy (no 'unsafe-inline') would block: drop them. Plot's
 * own rules for PLOT_CLASS live in src/styles/global.css; the chart's font
 * becomes SVG presentation attributes, which CSP does not govern and which
 * travel with an exported SVG. Plot also writes font-variant="tabular-nums"
 * on axes, a value the SVG attribute does not take (only normal or
 * small-caps; the W3C Nu checker rejects it): dropped too, and the charts' digits
 * get tabular figures from the same stylesheet.
 */
export function withoutInlineStyles(root: Element, font: { size: number; family: string }): Element {
  for (const style of [...root.querySelectorAll('style')]) style.remove();
  for (const el of [root, ...root.querySelectorAll('[style]')]) el.removeAttribute('style');
  for (const el of root.querySelectorAll('[font-variant]')) el.removeAttribute('font-variant');
  for (const svg of [root, ...root.querySelectorAll('svg')].filter((e) => e.getAttribute('class') === PLOT_CLASS)) {
    svg.setAttribute('font-size', String(font.size));
    svg.setAttribute('font-family', font.family);
  }
  return root;
}
