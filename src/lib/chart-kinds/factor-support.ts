/** How many case studies and clusters back each success factor (/success-factors/#support). */
import { LOCATOR, SOURCE, type ChartTable } from '../chart-data.ts';
import { SUPPORT_COLOURS } from '../charts/factor-charts.ts';
import { EXPLORER_STATE_KEYS } from '../explorer-state-spec.ts';
import { factorSupport, type FactorSupport } from '../factor-matrix.ts';
import type { CaseStudy } from '../schema/tables.ts';
import type { ChartKind } from './kind.ts';

export const factorSupportKind: ChartKind<'factor-support', null> = {
  kind: 'factor-support',
  charts: (d) => [
    {
      kind: 'factor-support',
      input: null,
      id: 'factor-support',
      title: 'How many case studies and clusters back each factor',
      source: 'HSE 2019, ch. 3.',
      fullPath: '/success-factors/',
      fullHash: '#support',
      // Of the explorer's state, the support chart honours the chosen factor only.
      stateKeys: EXPLORER_STATE_KEYS.filter((k) => k === 'factor'),
      legend: [
        { label: 'Case studies', colour: SUPPORT_COLOURS.cases, shape: 'square' },
        { label: 'Clusters', colour: SUPPORT_COLOURS.clusters, shape: 'square' },
      ],
      key: [],
      height: 300 + d.factors.length * 62,
    },
  ],
  table: (_, d) => factorSupportChartData(factorSupport(d.atlas.caseStudies.rows, d.factors), d.atlas.caseStudies.rows),
};

/** How many case studies and clusters back each factor: two rows per factor, one per bar. */
export function factorSupportChartData(support: readonly FactorSupport[], studies: readonly CaseStudy[]): ChartTable {
  const locators = (factorId: string) => [...new Set(studies.filter((s) => s.factor_id === factorId).map((s) => s.locator))].join('; ');
  const sources = (factorId: string) => [...new Set(studies.filter((s) => s.factor_id === factorId).map((s) => s.source))].join(';');
  return {
    columns: [
      { name: 'factor_number', description: 'Number of the success factor in HSE 2019.' },
      { name: 'success_factor', description: 'Name of the success factor as HSE 2019 prints it.' },
      { name: 'measure', description: 'What the bar counts: the case studies of the factor, or the distinct clusters they come from.' },
      { name: 'value', description: 'The count.' },
      { name: 'unit', description: 'Unit of the value.' },
      SOURCE,
      { ...LOCATOR, description: 'The case studies counted, as they stand in the source.' },
    ],
    rows: support.flatMap((s) => [
      { key: s.factor.id, cells: [s.factor.number, s.factor.name, 'case studies', s.cases, 'case studies', sources(s.factor.id), locators(s.factor.id)] },
      { key: s.factor.id, cells: [s.factor.number, s.factor.name, 'clusters', s.clusters, 'clusters', sources(s.factor.id), locators(s.factor.id)] },
    ]),
  };
}
