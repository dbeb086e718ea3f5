/**
 * The image a reader downloads: the chart as drawn on screen, with its title
 * above and its legend, source line and the atlas's credit below, as one
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
    source,
    credit,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
