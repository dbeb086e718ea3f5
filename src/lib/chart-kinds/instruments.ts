/**
 * The support instruments' amounts (/guide/instruments/): one chart per unit
 * (EUR; per year; per year and person), never converted, never on one axis.
 */
import { LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { REGION_COLOURS } from '../charts/instrument-charts.ts';
import { instrumentChartSets, type InstrumentChartSet } from '../guide-view.ts';
import { INSTRUMENT_REGION_LABELS, INSTRUMENT_REGIONS } from '../schema/guide-vocab.ts';
import type { SupportInstrument } from '../schema/tables.ts';
import type { ChartKind } from './kind.ts';

const UNIT_TITLES: Record<string, string> = {
  EUR: 'Support instruments in the MIX report: the most each can pay, in EUR',
  'EUR per year': 'Support instruments in the MIX report: amounts a year, in EUR',
  'EUR per year and person': 'Support instruments in the MIX report: amounts a year per person, in EUR',
};

export const instrumentsKind: ChartKind<'instruments', InstrumentChartSet> = {
  kind: 'instruments',
  charts: (d) =>
    instrumentChartSets(d.atlas.supportInstruments.rows).map((set) => ({
      kind: 'instruments',
      input: set,
      id: set.slug ? `guide-instruments/${set.slug}` : 'guide-instruments',
      title: UNIT_TITLES[set.unit] ?? `Support instruments in the MIX report, in ${set.unit}`,
      source: 'MIX 2016, ch. II.D (Flanders, Auvergne-Rhône-Alpes, Saxony). Amounts as stated, not converted; only stated ceilings and fixed sums are drawn.',
      fullPath: '/guide/instruments/',
      fullHash: `#chart-${set.slug || 'eur'}`,
      stateKeys: [],
      legend: INSTRUMENT_REGIONS.filter((r) => set.instruments.some((i) => i.region === r)).map((r) => ({
        label: INSTRUMENT_REGION_LABELS[r],
        colour: REGION_COLOURS[r],
        shape: 'disc' as const,
      })),
      key: [],
      height: 260 + set.instruments.length * 34,
    })),
  table: (set) => instrumentChartData(set.instruments, (r) => INSTRUMENT_REGION_LABELS[r as keyof typeof INSTRUMENT_REGION_LABELS] ?? r),
};

/**
 * An amount chart of the support instruments (one unit per chart): one row
 * per instrument drawn, in the chart's order, with the amount as the source
 * states it beside the number drawn. Amounts are never converted.
 */
export function instrumentChartData(instruments: readonly SupportInstrument[], regionLabel: (region: string) => string): ChartTable {
  return {
    columns: [
      { name: 'instrument', description: 'Name of the instrument as printed.' },
      { name: 'region', description: 'Region whose list the instrument stands in.' },
      { name: 'funder', description: 'Who funds or runs it, where the source says.' },
      { name: 'amount_as_stated', description: 'The amount exactly as the source states it.' },
      { name: 'amount', description: 'The amount as a number: the length of the bar.', unit: 'see amount_unit' },
      { name: 'amount_unit', description: 'Unit of the amount.' },
      { name: 'amount_kind', description: 'Ceiling, floor or fixed sum.' },
      { name: 'cost_share', description: 'Share of the costs covered, as stated.' },
      { name: 'duration', description: 'Duration of the support, as stated.' },
      SOURCE,
      LOCATOR,
    ],
    rows: instruments.map((i) => ({
      key: i.id,
      cells: [i.name, regionLabel(i.region), i.funder, i.amount_as_stated, i.amount, i.amount_unit, i.amount_kind, i.cost_share, i.duration, i.source, i.locator],
    })),
  };
}
