/**
 * A chart's image for Download SVG / PNG (src/client/chart-tools.ts loads
 * this module on the first download): the drawing on screen with its
 * computed styles written in, or for a report size the drawing and columns
 * that read best in its box (src/lib/charts/chart-export-svg.ts); a chart
 * that draws its own image (the map) provides it (chart-image-provider.ts).
 */
import type { LegendItem } from '../lib/chart-registry.ts';
import {
  columnsMarkup,
  composeChartImage,
  exportLayout,
  pngDimensions,
  sizeChartRoot,
  PNG_SIZES,
  type ChartImage,
  type Drawing,
  type PngSize,
} from '../lib/charts/chart-export-svg.ts';
import { drawingsOf, visibleChart } from './chart-drawings.ts';
import { chartImageProvider } from './chart-image-provider.ts';

/** Properties the charts take from style sheets; copied onto each element so the file renders alone. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
/** Elements that are never drawn themselves: left as they are. */
const NOT_DRAWN = new Set(['title', 'desc', 'style', 'defs', 'clippath', 'mask', 'marker', 'lineargradient', 'radialgradient', 'pattern', 'symbol', 'metadata', 'filter']);

/** What the image says around the drawing. */
export interface ImageText {
  title: string;
  source: string;
  credit: string;
  legend: LegendItem[];
  key: string[];
}

/**
 * The image of the figure's chart at a size (one of PNG_SIZES; anything else
 * is the screen's), and the size used.
 * @throws Error if the figure shows no drawing
 */
export async function figureImage(figure: HTMLElement, requested: string, text: ImageText): Promise<{ image: ChartImage; size: PngSize }> {
  const size: PngSize = requested in PNG_SIZES ? (requested as PngSize) : 'screen';
  const provider = chartImageProvider(figure);
  if (provider) return { image: await provider({ title: text.title, source: text.source, credit: text.credit, legend: text.legend }), size };
  const svgs = drawingsOf(figure);
  const shown = visibleChart(figure);
  if (!shown) throw new Error('no chart is shown');
  const rect = (svg: SVGSVGElement) => {
    const r = svg.getBoundingClientRect();
    return { width: r.width, height: r.height };
  };
  const natural = (svg: SVGSVGElement) => {
    const vb = svg.viewBox.baseVal;
    return vb && vb.width > 0 ? { width: vb.width, height: vb.height } : rect(svg);
  };
  const drawings: Drawing[] = svgs.map((svg) => ({
    ...(size === 'screen' ? rect(svg) : natural(svg)),
    cuts: (svg.closest<HTMLElement>('[data-chart-svg]')?.dataset['exportCuts'] ?? '').split(',').filter(Boolean).map(Number),
  }));
  const layout = exportLayout(drawings, size, svgs.indexOf(shown));
  const svg = svgs[layout.drawing] as SVGSVGElement;
  const markup = new XMLSerializer().serializeToString(withInlineStyles(svg));
  const chart = columnsMarkup(markup, layout, drawings[layout.drawing]?.width ?? layout.width);
  return { image: composeChartImage({ chart, width: layout.width, height: layout.height, ...text }), size };
}

/** A copy of the drawing with the computed styles written on each element, and without what is not shown. */
function withInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const walk = (from: Element, to: Element) => {
    const fromChildren = [...from.children];
    const toChildren = [...to.children];
    fromChildren.forEach((child, i) => {
      const target = toChildren[i];
      if (!target || NOT_DRAWN.has(child.tagName.toLowerCase())) return;
      if (getComputedStyle(child).display === 'none') target.remove();
      else {
        copyStyle(child, target);
        walk(child, target);
      }
    });
  };
  copyStyle(svg, copy);
  walk(svg, copy);
  copy.removeAttribute('tabindex');
  return copy;
}

function copyStyle(from: Element, to: Element) {
  const cs = getComputedStyle(from);
  (to as SVGElement).style.cssText = STYLE_PROPERTIES.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
}

/** The image as PNG: at twice its CSS size for the screen (whatever the screen's pixel ratio), else fitted to the size's box. */
export async function rasterise(image: ChartImage, size: PngSize): Promise<Blob> {
  const { width, height } = pngDimensions(image.width, image.height, size);
  const url = URL.createObjectURL(new Blob([sizeChartRoot(image.svg, width, height)], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
