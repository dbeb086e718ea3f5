/** The downloadable chart image: the chart at its on-screen size with title, legend, source and credit, as one standalone SVG. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composeChartImage, IMAGE_MARGIN, sizeChartRoot } from '../../src/lib/charts/chart-export-svg.ts';

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
