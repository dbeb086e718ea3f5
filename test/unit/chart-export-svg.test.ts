/** The downloadable chart image: the chart at its on-screen size with title, legend, source and credit, as one standalone SVG. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { repoRoot } from '../helpers/dataset.ts';
import { describe, expect, it } from 'vitest';
import {
  columnsMarkup,
  composeChartImage,
  COLUMN_GAP,
  exportLayout,
  gapCuts,
  IMAGE_MARGIN,
  pngDimensions,
  sizeChartRoot,
  splitColumns,
} from '../../src/lib/charts/chart-export-svg.ts';
import { atlasCharts } from '../../src/lib/atlas-charts.ts';
import { abbreviationKey } from '../../src/lib/chart-registry.ts';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" width="640" height="400" role="img" style="max-width:100%"><rect x="10" y="10" width="100" height="50" fill="#0b5cad"/></svg>';
const parse = (svg: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
};
const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll(':scope > text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));

describe('sizeChartRoot', () => {
  it('replaces the root’s size and keeps its viewBox, leaving inner elements alone', () => {
    const sized = sizeChartRoot(chart, 320, 200);
    expect(sized.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" style="max-width:100%" width="320" height="200" viewBox="0 0 640 400">')).toBe(true);
    expect(sized).toContain('<rect x="10" y="10" width="100" height="50" fill="#0b5cad"/>');
  });

  it('derives a viewBox from the old size when there is none', () => {
    expect(sizeChartRoot('<svg width="50" height="20"><g/></svg>', 100, 40)).toBe('<svg width="100" height="40" viewBox="0 0 50 20"><g/></svg>');
  });

  it('refuses markup without an <svg>', () => {
    expect(() => sizeChartRoot('<div></div>', 1, 1)).toThrow('no <svg>');
  });
});

describe('composeChartImage', () => {
  const image = composeChartImage({
    chart,
    width: 320.4,
    height: 200.2,
    title: 'Projects & budgets of <Medicon Valley>',
    source: 'HSE 2019, table 3.1.',
    credit: 'Biomedical Clusters Atlas: https://example.org/clusters/medicon-valley/?a=1&b=2',
    legend: [
      { label: 'Group 1', colour: '#0072B2', shape: 'disc' },
      { label: 'Outside', colour: '#ffffff', shape: 'diamond' },
    ],
  });
  const svg = parse(image.svg);

  it('is an <svg> with the SVG namespace, a size, a matching viewBox and a white background', () => {
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe(String(image.width));
    expect(svg.getAttribute('height')).toBe(String(image.height));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
    expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg.getAttribute('font-family')).toMatch(/sans-serif$/);
  });

  it('is as wide as the chart on screen plus the margins, and taller by the text around it', () => {
    expect(image.width).toBe(320 + 2 * IMAGE_MARGIN);
    expect(image.height).toBeGreaterThan(200 + 2 * IMAGE_MARGIN + 24 + 2 * 17);
    const inner = svg.querySelector('g > svg');
    expect(inner?.getAttribute('width')).toBe('320');
    expect(inner?.getAttribute('height')).toBe('200');
    expect(inner?.getAttribute('viewBox')).toBe('0 0 640 400');
  });

  it('draws the title above the chart and the source and credit below it, as escaped text', () => {
    expect(svg.querySelector('title')?.textContent).toBe('Projects & budgets of <Medicon Valley>');
    const [title, source, credit] = texts(svg);
    expect(title).toBe('Projects & budgets of <Medicon Valley>');
    expect(source).toBe('Source: HSE 2019, table 3.1.');
    expect(credit?.replace(/\s/g, '')).toContain('https://example.org/clusters/medicon-valley/?a=1&b=2');
    expect(image.svg).toContain('&lt;Medicon Valley&gt;');
    const chartTop = Number(/translate\(\d+,(\d+(?:\.\d+)?)\)/.exec(image.svg)?.[1]);
    const y = (t: string) => Number(svg.querySelector(`text:${t} tspan`)?.getAttribute('y'));
    expect(y('first-of-type')).toBeLessThan(chartTop);
    expect(y('last-of-type')).toBeGreaterThan(chartTop + 200);
  });

  it('draws the legend with a swatch per item', () => {
    const legend = svg.querySelector('g.legend');
    expect([...(legend?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual(['Group 1', 'Outside']);
    expect(legend?.querySelector('circle')?.getAttribute('fill')).toBe('#0072B2');
    expect(legend?.querySelector('path')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('wraps a long title, and a URL too long for a line, within the width instead of running off the image', () => {
    const url = 'https://example.org/atlas/clusters/healthcapital-berlin-brandenburg/#chart-projects-eur-million-2011-2017';
    const long = composeChartImage({ chart, width: 300, height: 100, title: 'word '.repeat(40).trim(), source: 's.', credit: `Atlas: ${url}` });
    const [title, , credit] = [...parse(long.svg).querySelectorAll(':scope > text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''));
    expect(title?.length).toBeGreaterThan(2);
    for (const line of title ?? []) expect(line.length * 18 * 0.6).toBeLessThanOrEqual(300);
    expect(credit?.length).toBeGreaterThan(2);
    expect(credit?.slice(1).join('')).toBe(url);
    for (const line of credit ?? []) expect(line.length * 12.5 * 0.56).toBeLessThanOrEqual(300);
  });
});

describe('exports for reports', () => {
  it('draws the key under the legend: the factor matrix names its numbered columns and spells out ISEK and LitCare', () => {
    const matrix = atlasCharts.find((c) => c.id === 'factor-matrix');
    const key = matrix?.key.join(' ') ?? '';
    const factors = Papa.parse<Record<string, string>>(readFileSync(join(repoRoot, 'data', 'success-factors.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const f of factors) expect(key).toContain(`${f['number']} ${f['name']}`);
    // The short names as data/clusters.csv gives them, spelled out as hse-2019 does («Istanbul Health Industry Cluster (ISEK)»).
    expect(key).toContain('ISEK = Istanbul Health Industry Cluster');
    expect(key).toContain('LitCare = Lithuanian Medical Tourism Cluster');
    const image = parse(composeChartImage({ chart, width: 640, height: 400, title: 'T', source: 'S', credit: 'C', key: matrix?.key ?? [] }).svg);
    expect(texts(image).join(' ')).toContain('LitCare = Lithuanian Medical');
    expect(abbreviationKey([{ name: 'Medicon Valley', shortName: null }])).toEqual([]);
  });

  it('gives PNG sizes for a report column, a full page and a slide besides twice the screen size', () => {
    expect(pngDimensions(500, 300, 'screen')).toMatchObject({ width: 1000, height: 600 });
    expect(pngDimensions(500, 300, 'column')).toMatchObject({ width: 1000, height: 600 });
    expect(pngDimensions(3000, 1400, 'page')).toMatchObject({ width: 2000, height: 933 });
    expect(pngDimensions(400, 3000, 'page')).toMatchObject({ width: 393, height: 2950 });
    expect(pngDimensions(3000, 1400, 'slide')).toMatchObject({ width: 1920, height: 896 });
  });

  it('cuts a top-to-bottom drawing only in the gaps between boxes', () => {
    expect(gapCuts([{ y: 0, height: 50 }, { y: 40, height: 30 }, { y: 100, height: 20 }, { y: 150, height: 10 }])).toEqual([85, 135]);
    expect(splitColumns({ width: 100, height: 160, cuts: [85, 135] }, 2)).toEqual([{ y0: 0, y1: 85 }, { y0: 85, y1: 160 }]);
    expect(splitColumns({ width: 100, height: 160, cuts: [85] }, 3)).toBeNull();
  });

  it('sends a long value chain to a portrait page as its top-to-bottom layout in columns, to a slide in landscape', () => {
    // The MIX chain's two drawings as built: across 2968 × 1349, down 340 × 2945 with a cut every ~100 units.
    const across = { width: 2968, height: 1349 };
    const down = { width: 340, height: 2945, cuts: Array.from({ length: 28 }, (_, i) => 100 * (i + 1)) };
    const page = exportLayout([across, down], 'page', 0);
    expect(page.drawing).toBe(1);
    expect(page.columns.length).toBeGreaterThan(1);
    // Portrait, and far larger on the page than the drawing across would be.
    expect(page.height).toBeGreaterThan(page.width * 0.8);
    expect(pngDimensions(page.width, page.height, 'page').scale).toBeGreaterThan(2 * pngDimensions(across.width, across.height, 'page').scale);
    // A slide is landscape: the chain comes out wider than tall, whichever drawing gives it.
    const slide = exportLayout([across, down], 'slide', 1);
    expect(slide.width).toBeGreaterThan(slide.height);
    expect(exportLayout([across, down], 'screen', 0)).toMatchObject({ drawing: 0, columns: [{ y0: 0, y1: 1349 }] });
    const markup = columnsMarkup('<svg viewBox="0 0 340 2945" width="340" height="2945"><rect/></svg>', page, 340);
    expect(markup.match(/<rect\/>/g)).toHaveLength(page.columns.length);
    expect(markup).toContain(`x="${340 + COLUMN_GAP}"`);
    expect(markup).toContain(`viewBox="0 ${page.columns[1]?.y0} 340 `);
  });
});
