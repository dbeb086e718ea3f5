/**
 * The amounts of the support instruments (mix-2016 ch. II.D), one chart per
 * unit, drawn at build time: a dot per instrument at its stated amount, its
 * name on the left, the amount as stated beside the dot, coloured by region.
 * The x axis is logarithmic when the amounts span more than two orders of
 * magnitude (EUR 5,000 to EUR 20 million would otherwise flatten the small
 * ones to zero); the chart's label says which.
 */
import * as Plot from '@observablehq/plot';
import { formatAmountValue } from '../guide-view.ts';
import type { SupportInstrument } from '../schema/tables.ts';
import { INSTRUMENT_REGION_LABELS, INSTRUMENT_REGIONS } from '../schema/guide-vocab.ts';
import { fixPlotAria, PLOT_CLASS, withoutInlineStyles } from './svg-document.ts';

const FONT = { size: 13, family: 'system-ui, sans-serif' };

/** Region colours (Okabe–Ito, distinguishable with colour-vision deficiencies); the chart registry draws them into exported legends. */
export const REGION_COLOURS: Record<(typeof INSTRUMENT_REGIONS)[number], string> = {
  flanders: '#0072b2',
  'auvergne-rhone-alpes': '#d55e00',
  saxony: '#009e73',
  eu: '#7a4fa3',
};

export interface InstrumentChartOptions {
  label: string;
  width?: number;
  /** Longest instrument name in characters; longer ones are shortened (the table has them in full). */
  maxLabel?: number;
  /** Short amount labels («≤ EUR 20M») for narrow charts. */
  compactValues?: boolean;
}

const shorten = (name: string, max: number) => (name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`);

/** The powers of ten from lo to hi: the gridlines of a logarithmic axis. */
const powersOfTen = (lo: number, hi: number) => {
  const out: number[] = [];
  for (let p = 10 ** Math.ceil(Math.log10(lo)); p <= hi; p *= 10) out.push(p);
  return out;
};

/** Whether a set of amounts is drawn on a logarithmic axis. */
export const usesLogScale = (amounts: readonly number[]) => amounts.length > 1 && Math.max(...amounts) / Math.min(...amounts) > 100;

/**
 * One chart of instruments that share a unit (the caller groups them, see
 * instrumentChartSets). Returns the SVG markup; each dot carries
 * data-instrument with the instrument's id.
 */
export function instrumentAmountChart(document: Document, instruments: readonly SupportInstrument[], opts: InstrumentChartOptions): string {
  const maxLabel = opts.maxLabel ?? 34;
  const width = opts.width ?? 640;
  const compact = new Intl.NumberFormat('en', { notation: 'compact' });
  const rows = instruments.map((i) => ({
    id: i.id,
    name: shorten(i.name, maxLabel),
    region: INSTRUMENT_REGION_LABELS[i.region],
    amount: i.amount ?? 0,
    text: opts.compactValues
      ? `${i.amount_kind === 'maximum' ? '≤ ' : ''}EUR ${compact.format(i.amount ?? 0)}`
      : `${i.amount_kind === 'maximum' ? 'up to ' : ''}${formatAmountValue(i.amount ?? 0, i.amount_unit)}`,
  }));
  const log = usesLogScale(rows.map((r) => r.amount));
  const max = Math.max(...rows.map((r) => r.amount));
  const regions = INSTRUMENT_REGIONS.filter((r) => instruments.some((i) => i.region === r));
  const min = Math.min(...rows.map((r) => r.amount));
  const svg = Plot.plot({
    document,
    width,
    className: PLOT_CLASS,
    marginLeft: Math.min(width * 0.45, Math.max(...rows.map((r) => r.name.length)) * 7.6 + 8),
    // Room for the longest amount label right of the largest dot.
    marginRight: Math.max(...rows.map((r) => r.text.length)) * 8.5 + 6,
    marginTop: 28,
    height: rows.length * 34 + 70,
    x: log
      ? { type: 'log', label: 'Amount, EUR (logarithmic scale) →', domain: [min / 2, max], grid: true, ticks: powersOfTen(min / 2, max).filter((_, i) => width >= 500 || i % 2 === 0), tickFormat: (d: number) => compact.format(d) }
      : { label: 'Amount, EUR →', domain: [0, max], grid: true, ticks: width >= 500 ? 4 : 2, tickFormat: (d: number) => compact.format(d) },
    y: { domain: rows.map((r) => r.name), label: null, tickSize: 0 },
    color: {
      domain: regions.map((r) => INSTRUMENT_REGION_LABELS[r]),
      range: regions.map((r) => REGION_COLOURS[r]),
      legend: true,
    },
    marks: [
      Plot.ruleY(rows, { y: 'name', x1: log ? min / 2 : 0, x2: 'amount', stroke: '#c8ccd0' }),
      Plot.dot(rows, { y: 'name', x: 'amount', fill: 'region', r: 6, stroke: 'white', title: (r: (typeof rows)[number]) => `${r.name}: ${r.text}` }),
      Plot.text(rows, { y: 'name', x: 'amount', text: 'text', dx: 10, textAnchor: 'start' }),
    ],
  }) as unknown as Element;
  // With a legend, Plot returns a <figure> holding the swatches and, as a direct child, the chart.
  const chart = svg.tagName.toLowerCase() === 'svg' ? svg : ([...svg.children].find((c) => c.tagName.toLowerCase() === 'svg') ?? svg);
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', opts.label);
  [...chart.querySelectorAll('g[aria-label="dot"] circle')].forEach((c, i) => {
    const row = rows[i];
    if (row) c.setAttribute('data-instrument', row.id);
  });
  return withoutInlineStyles(fixPlotAria(svg), FONT).outerHTML;
}
