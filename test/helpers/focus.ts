/** Where the keyboard focus is, and whether a person can see it. */
import type { Page } from 'playwright-core';

export interface FocusState {
  /** Focus fell back to <body> (or nowhere). */
  lost: boolean;
  /** e.g. `a "Medicon Valley"`. */
  element: string;
  /** The focus indicator drawn: `outline`, `box-shadow` or `stroke`, with its colour and width. */
  indicator: string | null;
  /** Contrast of the indicator against the background behind the element (WCAG ratio). */
  contrast: number;
}

/**
 * The focused element and its best focus indicator: an outline or a box
 * shadow at least 2px wide (box shadows do not render on SVG elements), or
 * for an SVG control a ring of its own (a descendant with class *-focus and
 * a stroke at least 2 wide), measured against the first opaque background
 * behind it.
 */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { lost: true, element: 'body', indicator: null, contrast: 0 };
    const rgb = (c: string): [number, number, number, number] | null => {
      const m = c.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const ratio = (a: [number, number, number, number], b: [number, number, number, number]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    let background: [number, number, number, number] = [255, 255, 255, 1];
    for (let node: Element | null = el instanceof SVGElement ? el.closest('svg')?.parentElement ?? null : el.parentElement; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c && c[3] > 0.5) {
        background = c;
        break;
      }
    }
    const candidates: { indicator: string; colour: [number, number, number, number] }[] = [];
    const cs = getComputedStyle(el);
    const outline = rgb(cs.outlineColor);
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && outline)
      candidates.push({ indicator: `outline ${cs.outlineColor} ${cs.outlineWidth}`, colour: outline });
    if (!(el instanceof SVGElement) && cs.boxShadow !== 'none') {
      const shadow = rgb(cs.boxShadow);
      const spread = cs.boxShadow.replace(/rgba?\([^)]*\)/, '').trim().split(/\s+/).map(parseFloat)[3] ?? 0;
      if (shadow && spread >= 2) candidates.push({ indicator: `box-shadow ${cs.boxShadow}`, colour: shadow });
    }
    if (el instanceof SVGElement)
      for (const ring of el.querySelectorAll('[class*="focus"]')) {
        const rs = getComputedStyle(ring);
        const stroke = rgb(rs.stroke);
        if (stroke && parseFloat(rs.strokeWidth) >= 2) candidates.push({ indicator: `stroke ${rs.stroke} ${rs.strokeWidth}`, colour: stroke });
      }
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const element = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${name}"`;
    const best = candidates.map((c) => ({ ...c, contrast: ratio(c.colour, background) })).sort((a, b) => b.contrast - a.contrast)[0];
    return { lost: false, element, indicator: best?.indicator ?? null, contrast: Math.round((best?.contrast ?? 0) * 100) / 100 };
  });
}
