/** The drawings of a chart figure: it may hold variants for wide and narrow screens, of which the page shows one. */

/** Every drawing of the chart, shown or not (SVGs nested in another SVG are parts of it, not drawings). */
export function drawingsOf(figure: HTMLElement): SVGSVGElement[] {
  return [...figure.querySelectorAll<SVGSVGElement>('[data-chart-svg] svg')].filter((svg) => !svg.parentElement?.closest('svg'));
}

/** The drawing the page shows: the largest one laid out. */
export function visibleChart(figure: HTMLElement): SVGSVGElement | undefined {
  const area = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width * r.height;
  };
  return drawingsOf(figure)
    .filter((svg) => svg.getClientRects().length > 0)
    .sort((a, b) => area(b) - area(a))[0];
}

/**
 * The marks matching `selector` that the page lays out: inside the drawing
 * shown (or the whole figure, for a chart that is a table), leaving out every
 * one in a part the page does not show — a drawing for another screen width,
 * the example drawn for readers without JavaScript. Only `display` counts:
 * the static map stays laid out (its visibility hidden) under MapLibre, and
 * its markers still follow the filters.
 */
export function shownMarks(figure: HTMLElement, selector: string): Element[] {
  const root: Element = visibleChart(figure) ?? figure;
  return [...root.querySelectorAll(selector)].filter((el) => el.checkVisibility());
}
