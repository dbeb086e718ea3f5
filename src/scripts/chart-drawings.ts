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
