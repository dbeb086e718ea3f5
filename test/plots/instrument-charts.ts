/** The support instruments' amount chart on a small fixed input: one-off ceilings across three orders of magnitude (log axis), and yearly sums (linear axis). */
import { instrumentAmountChart } from '../../src/lib/charts/instrument-charts.ts';
import { svgDocument } from '../../src/lib/charts/svg-document.ts';
import type { SupportInstrument } from '../../src/lib/schema/tables.ts';

const instrument = (
  id: string,
  region: SupportInstrument['region'],
  amount: number,
  unit: SupportInstrument['amount_unit'],
  kind: SupportInstrument['amount_kind'],
): SupportInstrument => ({
  id, number: 1, name: `Instrument ${id}`, region, funder: null, applicants: null, purpose: 'Test.',
  amount_as_stated: String(amount), amount, amount_unit: unit, amount_kind: kind, cost_share: null, duration: null,
  source: 'mix-2016', locator: 'ch. II.D', note: null,
});

export function oneOffLogScale(): string {
  return instrumentAmountChart(
    svgDocument(),
    [instrument('big', 'saxony', 20_000_000, 'EUR', 'maximum'), instrument('mid', 'flanders', 250_000, 'EUR', 'maximum'), instrument('small', 'saxony', 5000, 'EUR', 'maximum')],
    { label: 'Test one-off amounts', width: 560 },
  );
}

export function perYearLinear(): string {
  return instrumentAmountChart(
    svgDocument(),
    [instrument('yearly', 'saxony', 100_000, 'EUR per year', 'fixed'), instrument('capped with a rather long name', 'eu', 20_000, 'EUR per year', 'maximum')],
    { label: 'Test yearly amounts', width: 360, maxLabel: 20, compactValues: true },
  );
}
