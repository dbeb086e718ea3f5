import { describe, expect, it } from 'vitest';
import { factChartReading } from '../../src/lib/charts/fact-bars.ts';
import type { Fact } from '../../src/lib/schema/tables.ts';

const fact = (label: string, value: string, number: number): Fact => ({
  id: label.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  cluster_id: 'health-valley-netherlands',
  topic: 'projects',
  label,
  value,
  number,
  unit: 'EUR million',
  period: null,
  case_study_id: null,
  source: 'hse-2019',
  locator: 'table 3.1',
  note: null,
  as_of: null,
});

describe('the reading of a fact chart', () => {
  it('names the largest figure with its label as the source spells it (hse-2019 table 3.1: MIND, EUR 5.74 million)', () => {
    const facts = [
      fact('Project CIALE total budget', '0.43', 0.43),
      fact('Project MIND total budget', '5.74', 5.74),
      fact('Project VR4REHAB total budget', '4.01', 4.01),
    ];
    expect(factChartReading({ key: 'projects|EUR million|', topic: 'projects', unit: 'EUR million', period: null, facts })).toBe(
      '3 figures; the largest is «Project MIND total budget»: 5.74.',
    );
  });
});
