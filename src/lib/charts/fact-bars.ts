/**
 * Bar charts of a cluster's numeric facts: facts that share topic, unit and
 * period are comparable, and a set of three or more gets a chart. Each label
 * sits above its bar, wrapped, so that the chart reads at phone width.
 */
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Fact } from '../schema/tables.ts';
import { wrapText } from './wrap-text.ts';

export interface FactChartSpec {
  key: string;
  topic: Fact['topic'];
  unit: string;
  period: string | null;
  facts: Fact[];
}

export function chartableFactSets(facts: readonly Fact[], minimum = 3): FactChartSpec[] {
  const sets = new Map<string, FactChartSpec>();
  for (const f of facts) {
    if (f.number === null || f.unit === null) continue;
    const key = `${f.topic}|${f.unit}|${f.period ?? ''}`;
    const set = sets.get(key) ?? { key, topic: f.topic, unit: f.unit, period: f.period, facts: [] };
    set.facts.push(f);
    sets.set(key, set);
  }
  return [...sets.values()].filter((s) => s.facts.length >= minimum);
}

const format = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** The one-line reading of a fact chart: how many figures and which is largest, its label kept as the source spells it. */
export function factChartReading(spec: FactChartSpec): string {
  const largest = spec.facts.reduce<Fact | undefined>((best, f) => ((f.number ?? 0) > (best?.number ?? -Infinity) ? f : best), undefined);
  return largest === undefined ? 'No figures.' : `${spec.facts.length} figures; the largest is «${largest.label}»: ${largest.value}.`;
}

const LINE = 16;
const BAR = 18;
const GAP = 12;

export interface BarChartOptions {
  width?: number;
  colour?: string;
  /** Accessible name of the image. */
  label: string;
}

export function factBarChart(document: Document, spec: FactChartSpec, opts: BarChartOptions): string {
  const width = opts.width ?? 420;
  const valueRoom = 64;
  const x = scaleLinear()
    .domain([0, Math.max(...spec.facts.map((f) => f.number ?? 0))])
    .range([0, width - valueRoom]);
  const rows = spec.facts.map((f) => ({ fact: f, lines: wrapText(f.label, Math.floor(width / 7.2)) }));
  let y = 0;
  const placed = rows.map((r) => {
    const top = y;
    y += r.lines.length * LINE + BAR + GAP;
    return { ...r, top };
  });
  const height = y;
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', opts.label)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 13);
  const row = svg
    .selectAll('g')
    .data(placed)
    .join('g')
    .attr('transform', (d) => `translate(0,${d.top})`);
  row
    .append('text')
    .attr('fill', 'currentColor')
    .selectAll('tspan')
    .data((d) => d.lines)
    .join('tspan')
    .attr('x', 0)
    .attr('y', (_, i) => (i + 1) * LINE - 4)
    .text((d) => d);
  row
    .append('rect')
    .attr('x', 0)
    .attr('y', (d) => d.lines.length * LINE)
    .attr('width', (d) => Math.max(x(d.fact.number ?? 0), 1))
    .attr('height', BAR)
    .attr('fill', opts.colour ?? '#0b5cad');
  row
    .append('text')
    .attr('x', (d) => x(d.fact.number ?? 0) + 5)
    .attr('y', (d) => d.lines.length * LINE + BAR - 5)
    .attr('fill', 'currentColor')
    .attr('font-weight', 600)
    .text((d) => format(d.fact.number ?? 0));
  return (svg.node() as Element).outerHTML;
}
