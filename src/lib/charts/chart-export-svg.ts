/**
 * The image a reader downloads: the chart as drawn on screen, with its title
 * above and its legend, key, source line and the atlas's credit below, as one
 * standalone SVG (text in generic font families, no external resource).
 * Pure string work, so that the browser's export and the tests share it; the
 * caller serialises the chart with its styles already inlined.
 */
import type { LegendItem } from '../chart-registry.ts';
import { wrapText } from './wrap-text.ts';

export interface ChartImageInput {
  /** Markup of the chart's <svg> element; it is drawn at `width` × `height`, its on-screen CSS size. */
  chart: string;
  width: number;
  height: number;
  title: string;
  /** Source line, without the «Source:» label. */
  source: string;
  /** Who made it and where to find it, e.g. «Biomedical Clusters Atlas, https://…». */
  credit: string;
  legend?: readonly LegendItem[];
  /** Lines of the chart's key (numbered columns, abbreviations spelled out), drawn under the legend. */
  key?: readonly string[];
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export const IMAGE_MARGIN = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const INK = '#1b1f24';
const MUTED = '#4a5360';
const TITLE = { size: 18, line: 24, charWidth: 0.6 };
const SMALL = { size: 12.5, line: 17, charWidth: 0.56 };
const SWATCH = 12;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 100) / 100;

/** A word too long for a line (a URL), cut after a slash where it can be, else at the limit. */
function breakWord(word: string, max: number): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > max) {
    const slash = rest.lastIndexOf('/', max - 1);
    const cut = slash > max / 3 ? slash + 1 : max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...parts, rest];
}

/** Lines of text that fit a width, from an average character width (SVG text cannot wrap itself). */
function lines(text: string, width: number, font: { size: number; charWidth: number }): string[] {
  const max = Math.max(10, Math.floor(width / (font.size * font.charWidth)));
  return wrapText(text, max).flatMap((line) => (line.length > max ? line.split(' ').flatMap((w) => breakWord(w, max)) : [line]));
}

function textBlock(rows: readonly string[], x: number, top: number, font: { size: number; line: number }, attrs: string): string {
  const tspans = rows.map((row, i) => `<tspan x="${x}" y="${round(top + font.line * i + font.size)}">${escapeText(row)}</tspan>`).join('');
  return `<text font-size="${font.size}" ${attrs}>${tspans}</text>`;
}

function swatch(item: LegendItem, x: number, y: number): string {
  const c = escapeAttribute(item.colour);
  const mid = SWATCH / 2;
  switch (item.shape) {
    case 'disc':
      return `<circle cx="${x + mid}" cy="${y + mid}" r="${mid - 1}" fill="${c}"/>`;
    case 'square':
      return `<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${c}"/>`;
    case 'diamond':
      return `<path d="M${x + mid},${y}L${x + SWATCH},${y + mid}L${x + mid},${y + SWATCH}L${x},${y + mid}Z" fill="${c}" stroke="${INK}" stroke-width="1.4"/>`;
    case 'ring':
      return `<circle cx="${x + mid}" cy="${y + mid}" r="3.5" fill="${c}"/><circle cx="${x + mid}" cy="${y + mid}" r="${mid - 0.6}" fill="none" stroke="${INK}" stroke-width="1.2"/>`;
  }
}

/** Legend items in rows that fit the width; returns the markup and its height. */
function legendBlock(items: readonly LegendItem[], left: number, top: number, width: number): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const parts: string[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + item.label.length * SMALL.size * SMALL.charWidth + 18;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      row += 1;
    }
    const y = top + row * SMALL.line;
    parts.push(swatch(item, x, y + (SMALL.line - SWATCH) / 2 - 0.5));
    parts.push(`<text x="${round(x + SWATCH + 6)}" y="${round(y + SMALL.size)}" font-size="${SMALL.size}" fill="${INK}">${escapeText(item.label)}</text>`);
    x += itemWidth;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * SMALL.line };
}

/**
 * The chart's root <svg> at the given size: its own width and height (and any
 * position) replaced, a viewBox kept or derived from the old size, so that
 * the drawing scales as it did on screen.
 */
export function sizeChartRoot(chart: string, width: number, height: number): string {
  const open = /<svg\b[^>]*>/.exec(chart);
  if (!open) throw new Error('chart markup has no <svg> element');
  const tag = open[0];
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const viewBox = attr('viewBox') ?? (attr('width') && attr('height') ? `0 0 ${parseFloat(attr('width') ?? '')} ${parseFloat(attr('height') ?? '')}` : null);
  const rest = tag
    .slice(4, tag.endsWith('/>') ? -2 : -1)
    .replace(/\s(width|height|x|y|viewBox)="[^"]*"/g, '')
    .trim();
  const sized = `<svg${rest ? ` ${rest}` : ''} width="${width}" height="${height}"${viewBox ? ` viewBox="${viewBox}"` : ''}${tag.endsWith('/>') ? '/>' : '>'}`;
  return chart.slice(0, open.index) + sized + chart.slice(open.index + tag.length);
}

export function composeChartImage(input: ChartImageInput): ChartImage {
  const chartWidth = Math.max(1, Math.round(input.width));
  const chartHeight = Math.max(1, Math.round(input.height));
  const m = IMAGE_MARGIN;
  const width = chartWidth + 2 * m;
  const inner = chartWidth;

  const titleLines = lines(input.title, inner, TITLE);
  let y = m;
  const title = textBlock(titleLines, m, y, TITLE, `font-weight="700" fill="${INK}"`);
  y += titleLines.length * TITLE.line + 10;

  const chartTop = y;
  y += chartHeight + 10;

  const legend = legendBlock(input.legend ?? [], m, y, inner);
  y += legend.height > 0 ? legend.height + 6 : 0;

  const keyLines = (input.key ?? []).flatMap((k) => lines(k, inner, SMALL));
  const key = keyLines.length > 0 ? textBlock(keyLines, m, y, SMALL, `fill="${INK}" class="key"`) : '';
  y += keyLines.length > 0 ? keyLines.length * SMALL.line + 6 : 0;

  const sourceLines = lines(`Source: ${input.source}`, inner, SMALL);
  const source = textBlock(sourceLines, m, y, SMALL, `fill="${MUTED}"`);
  y += sourceLines.length * SMALL.line + 2;
  const creditLines = lines(input.credit, inner, SMALL);
  const credit = textBlock(creditLines, m, y, SMALL, `fill="${MUTED}"`);
  y += creditLines.length * SMALL.line;
  const height = Math.ceil(y + m);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(FONT)}">`,
    `<title>${escapeText(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    title,
    `<g transform="translate(${m},${chartTop})">${sizeChartRoot(input.chart, chartWidth, chartHeight)}</g>`,
    legend.markup,
    key,
    source,
    credit,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/** Sizes of PNG a report needs besides the screen's: the box the image must fit, in pixels. */
export const PNG_SIZES = {
  screen: { label: 'Screen, twice its size', width: Infinity, height: Infinity },
  column: { label: 'Report column, 1000 px wide', width: 1000, height: Infinity },
  page: { label: 'A4 page, 2000 × 2950 px', width: 2000, height: 2950 },
  slide: { label: 'Slide, 1920 × 1080 px', width: 1920, height: 1080 },
} as const;
export type PngSize = keyof typeof PNG_SIZES;

/**
 * The pixel size of a PNG of an image of `width` × `height` (its SVG units)
 * for a size: the screen size at twice the CSS size, else the largest size
 * that fits the box, keeping the proportions.
 */
export function pngDimensions(width: number, height: number, size: PngSize): { width: number; height: number; scale: number } {
  const box = PNG_SIZES[size];
  const scale = size === 'screen' ? 2 : Math.min(box.width / width, box.height / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale), scale };
}

/** A drawing of a chart as the export may use it: its size, and where it may be cut into columns (y values). */
export interface Drawing {
  width: number;
  height: number;
  cuts?: readonly number[];
}

/** A way to lay a drawing out in the image: which drawing, and the y ranges of its columns, side by side. */
export interface ExportLayout {
  drawing: number;
  columns: { y0: number; y1: number }[];
  width: number;
  height: number;
}

export const COLUMN_GAP = 24;

/** The drawing cut into `k` columns at the cuts nearest to equal heights; null when it has too few cuts. */
export function splitColumns(d: Drawing, k: number): { y0: number; y1: number }[] | null {
  if (k === 1) return [{ y0: 0, y1: d.height }];
  const cuts = [...(d.cuts ?? [])].sort((a, b) => a - b);
  if (cuts.length < k - 1) return null;
  const chosen: number[] = [];
  for (let i = 1; i < k; i++) {
    const target = (d.height * i) / k;
    const next = cuts.filter((c) => c > (chosen.at(-1) ?? 0)).sort((a, b) => Math.abs(a - target) - Math.abs(b - target))[0];
    if (next === undefined) return null;
    chosen.push(next);
  }
  const edges = [0, ...chosen.sort((a, b) => a - b), d.height];
  return edges.slice(1).map((y1, i) => ({ y0: edges[i] as number, y1 }));
}

/**
 * How to draw a chart for a PNG size: on screen, the drawing shown; for a
 * report size, among every drawing (wide and narrow variants) and every
 * number of columns its cuts allow (up to 6), the one that comes out largest
 * in the size's box, so that a long value chain goes to a portrait page as
 * its top-to-bottom layout in columns side by side.
 */
export function exportLayout(drawings: readonly Drawing[], size: PngSize, onScreen: number): ExportLayout {
  const whole = (i: number): ExportLayout => {
    const d = drawings[i] as Drawing;
    return { drawing: i, columns: [{ y0: 0, y1: d.height }], width: d.width, height: d.height };
  };
  if (size === 'screen' || drawings.length === 0) return whole(onScreen);
  let best = whole(onScreen);
  let bestScale = -1;
  drawings.forEach((d, i) => {
    for (let k = 1; k <= 6; k++) {
      const columns = splitColumns(d, k);
      if (!columns) break;
      const width = k * d.width + (k - 1) * COLUMN_GAP;
      const height = Math.max(...columns.map((c) => c.y1 - c.y0));
      const { scale } = pngDimensions(width + 2 * IMAGE_MARGIN, height + 2 * IMAGE_MARGIN + 120, size);
      if (scale > bestScale + 1e-9) {
        best = { drawing: i, columns, width, height };
        bestScale = scale;
      }
    }
  });
  return best;
}

/**
 * The chart's markup laid out in columns: one copy of the drawing per column,
 * each showing its y range through its viewBox, side by side. One column
 * gives the drawing at its own size.
 */
export function columnsMarkup(chart: string, layout: Pick<ExportLayout, 'columns' | 'width' | 'height'>, drawingWidth: number): string {
  if (layout.columns.length === 1) return sizeChartRoot(chart, layout.width, layout.height);
  const parts = layout.columns.map((c, i) => {
    const sized = sizeChartRoot(chart, drawingWidth, c.y1 - c.y0).replace(/\sviewBox="[^"]*"/, ` viewBox="0 ${c.y0} ${drawingWidth} ${c.y1 - c.y0}"`);
    return sized.replace(/^(\s*<svg\b)/, `$1 x="${i * (drawingWidth + COLUMN_GAP)}" y="0"`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">${parts.join('')}</svg>`;
}

/**
 * Where a drawing can be cut across without cutting a box: the middle of
 * every horizontal gap between the boxes (e.g. the stages of a top-to-bottom
 * value chain and their group backgrounds), rounded to whole units.
 */
export function gapCuts(boxes: readonly { y: number; height: number }[]): number[] {
  const spans = [...boxes].map((b) => [b.y, b.y + b.height] as const).sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let end = -Infinity;
  for (const [top, bottom] of spans) {
    if (end > -Infinity && top > end) cuts.push(Math.round((end + top) / 2));
    end = Math.max(end, bottom);
  }
  return cuts;
}
