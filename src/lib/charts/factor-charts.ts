/**
 * The explorer's two Plot charts, drawn at build time: the clusters × factors
 * matrix (each cell a link to its case study) and the support per factor.
 * Marks carry data-cluster / data-factor attributes so that a small client
 * script can highlight one cluster or factor across the views.
 */
import * as Plot from '@observablehq/plot';
import type { FactorSupport, MatrixRow } from '../factor-matrix.ts';
import { wrapText } from './wrap-text.ts';
import { fixPlotAria, PLOT_CLASS, withoutInlineStyles } from './svg-document.ts';

const GROUP_COLOURS: Record<number, string> = { 1: '#0072b2', 2: '#d55e00', 3: '#009e73' };
const OUTSIDE = '#5c6670';
/** Colours of the support chart's two measures (the chart registry draws them into exported legends). */
export const SUPPORT_COLOURS = { cases: '#0b5cad', clusters: '#7a4fa3' } as const;
const FONT = { size: 13, family: 'system-ui, sans-serif' };

export interface MatrixChartOptions {
  /** URL of a case study's entry, from factor id and case id. */
  caseHref: (factorId: string, caseId: string) => string;
  label: string;
  width?: number;
  /** Longest row label in characters; longer names are shortened (the table alternative has them in full). */
  maxLabel?: number;
}

const shorten = (name: string, max: number) => (name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`);

export function factorMatrixChart(document: Document, rows: readonly MatrixRow[], factorNumbers: readonly number[], opts: MatrixChartOptions): string {
  const maxLabel = opts.maxLabel ?? 40;
  const label = (r: MatrixRow) => shorten(r.cluster.shortName ?? r.cluster.name, maxLabel);
  const cells = rows.flatMap((r) =>
    r.cells.map((c) => ({
      cluster: label(r),
      clusterId: r.cluster.id,
      factor: c.factorNumber,
      factorId: c.factorId,
      group: r.cluster.group,
      count: c.cases.length,
      href: opts.caseHref(c.factorId, c.cases[0]?.id ?? ''),
      title: `${r.cluster.name}: ${c.cases.map((k) => `«${k.title}»`).join(', ')}`,
    })),
  );
  const width = opts.width ?? 640;
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * 34 + 60,
    marginLeft: Math.min(Math.max(...rows.map((r) => label(r).length)) * 7.6 + 14, width / 2),
    marginTop: 40,
    className: PLOT_CLASS,
    x: { domain: [...factorNumbers], label: 'Success factor →', axis: 'top', tickFormat: (d: number) => String(d), padding: 0.08 },
    y: { domain: rows.map(label), label: null, padding: 0.08 },
    marks: [
      Plot.cell(
        rows.flatMap((r) => factorNumbers.map((f) => ({ cluster: label(r), factor: f }))),
        { x: 'factor', y: 'cluster', fill: '#f4f6f8', stroke: '#d5dae0' },
      ),
      Plot.cell(cells, {
        x: 'factor',
        y: 'cluster',
        fill: (d: { group: number | null }) => (d.group === null ? OUTSIDE : (GROUP_COLOURS[d.group] ?? OUTSIDE)),
        href: 'href',
        title: 'title',
        inset: 3,
      }),
      Plot.text(cells, {
        x: 'factor',
        y: 'cluster',
        text: (d: { count: number }) => (d.count > 1 ? String(d.count) : ''),
        fill: 'white',
        fontWeight: 700,
      }),
    ],
  }) as unknown as Element;
  // Its cells are links, which an image role would hide: a labelled group keeps them reachable.
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', opts.label);
  // Tag marks for cross-view highlighting: cells (links) in data order, tick labels in domain order.
  const links = [...svg.querySelectorAll('a')];
  links.forEach((a, i) => {
    const cell = cells[i];
    if (!cell) return;
    a.setAttribute('data-cluster', cell.clusterId);
    a.setAttribute('data-factor', cell.factorId);
  });
  const yLabels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')];
  yLabels.forEach((t, i) => {
    const row = rows[i];
    if (row) t.setAttribute('data-cluster', row.cluster.id);
  });
  return withoutInlineStyles(fixPlotAria(svg), FONT).outerHTML;
}

export function factorSupportChart(document: Document, support: readonly FactorSupport[], opts: { label: string; width?: number }): string {
  const width = opts.width ?? 640;
  const marginLeft = 8;
  const marginRight = 30;
  // A factor's name sits above its bars and is wrapped to the plot's width (at a generous 0.6 em per character), so
  // that on a narrow chart the longest name (factor 7) takes two lines instead of running out of the chart; every
  // facet leaves room for as many lines as the longest name needs.
  const maxChars = Math.floor((width - marginLeft - marginRight) / (FONT.size * 0.6));
  const names = new Map(support.map((s) => [s.factor.id, wrapText(`${s.factor.number}. ${s.factor.name}`, maxChars).join('\n')]));
  const labelLines = Math.max(...[...names.values()].map((n) => n.split('\n').length));
  const LINE = 16;
  const facet = 40 + labelLines * LINE + 6;
  const data = support.flatMap((s) => [
    { factor: `${s.factor.number}. ${s.factor.name}`, factorId: s.factor.id, measure: 'Case studies', value: s.cases },
    { factor: `${s.factor.number}. ${s.factor.name}`, factorId: s.factor.id, measure: 'Clusters', value: s.clusters },
  ]);
  const svg = Plot.plot({
    document,
    width,
    marginLeft,
    marginRight,
    className: PLOT_CLASS,
    fy: { domain: support.map((s) => `${s.factor.number}. ${s.factor.name}`), label: null, axis: null, padding: (labelLines * LINE + 6) / facet },
    // The axis label goes in a bottom margin of its own, below the tick labels rather than beside the last one.
    x: { label: 'Number →', grid: true, nice: true, labelOffset: 40 },
    y: { domain: ['Case studies', 'Clusters'], axis: null },
    color: { domain: ['Case studies', 'Clusters'], range: [SUPPORT_COLOURS.cases, SUPPORT_COLOURS.clusters], legend: true },
    height: support.length * facet + labelLines * LINE + 54,
    marginTop: labelLines * LINE + 8,
    marginBottom: 46,
    marks: [
      Plot.text(support, {
        fy: (s: FactorSupport) => `${s.factor.number}. ${s.factor.name}`,
        frameAnchor: 'top-left',
        lineAnchor: 'bottom',
        dy: -4,
        lineHeight: LINE / FONT.size,
        text: (s: FactorSupport) => names.get(s.factor.id),
      }),
      Plot.barX(data, { fy: 'factor', y: 'measure', x: 'value', fill: 'measure' }),
      Plot.text(data, { fy: 'factor', y: 'measure', x: 'value', text: 'value', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
  // With a legend, Plot returns a <figure> holding the swatches and, as a direct child, the chart.
  const chart = svg.tagName.toLowerCase() === 'svg' ? svg : ([...svg.children].find((c) => c.tagName.toLowerCase() === 'svg') ?? svg);
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', opts.label);
  const bars = [...chart.querySelectorAll('g[aria-label="bar"] rect')];
  bars.forEach((r, i) => {
    const d = data[i];
    if (d) r.setAttribute('data-factor', d.factorId);
  });
  return withoutInlineStyles(fixPlotAria(svg), FONT).outerHTML;
}
