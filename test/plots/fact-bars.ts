/** Figures for the snapshot tests: one exported function per chart, as in Observable Plot's own suite. */
import { factBarChart } from '../../src/lib/charts/fact-bars.ts';
import { svgDocument } from '../../src/lib/charts/svg-document.ts';
import type { Fact } from '../../src/lib/schema/tables.ts';

const fact = (label: string, number: number): Fact => ({
  id: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  cluster_id: 'health-valley-netherlands',
  topic: 'projects',
  label,
  value: String(number),
  number,
  unit: 'EUR million',
  period: null,
  case_study_id: null,
  source: 'hse-2019',
  locator: 'table 3.1',
  note: null,
  as_of: null,
});

/** hse-2019 table 3.1, total budgets. */
export function projectBudgets(): string {
  const facts = [
    fact('Project CIALE total budget', 0.43),
    fact('Project VR4REHAB total budget', 4.01),
    fact('Project Smart Systems total budget', 2.76),
    fact('Project Zorg Verbindt total budget', 4.64),
    fact('Project MIND total budget', 5.74),
  ];
  return factBarChart(svgDocument(), { key: 'projects|EUR million|', topic: 'projects', unit: 'EUR million', period: null, facts }, {
    label: 'Bar chart: project budgets of Health Valley Netherlands, in EUR million',
  });
}

/** Long labels wrap onto several lines above their bars. */
export function wrappedLabels(): string {
  const facts = [
    fact('Funding for participants in BE and BB provided by federal states authorities', 8.12),
    fact('Funding for participants in BE and BB provided by national authority', 37.52),
    fact('Other', 2.54),
  ];
  return factBarChart(svgDocument(), { key: 'k', topic: 'funding', unit: 'EUR million', period: '2017', facts }, {
    label: 'Bar chart with long labels',
    width: 300,
  });
}
