/** The guide's pure functions: amounts in words, chart sets per unit, and the steps with their evidence from the real data. */
import { describe, expect, it } from 'vitest';
import {
  checkpointsLocator,
  formatAmount,
  guideSteps,
  guideStepsCiting,
  instrumentChartSets,
  instrumentsLede,
  instrumentTerms,
  recommendationGroups,
} from '../../src/lib/guide-view.ts';
import type { Recommendation, RoadmapCheckpoint, SupportInstrument } from '../../src/lib/schema/tables.ts';
import { createAtlas, type AtlasRows } from '../../src/lib/table-access.ts';
import { atlasFrom, buildFrom } from '../helpers/dataset.ts';

const instrument = (over: Partial<SupportInstrument>): SupportInstrument => ({
  id: 'x', number: 1, name: 'X', region: 'saxony', funder: null, applicants: null, purpose: 'p', amount_as_stated: null, amount: null,
  amount_unit: null, amount_kind: null, cost_share: null, duration: null, source: 'mix-2016', locator: 'ch. II.D', note: null, ...over,
});

describe('instrument amounts', () => {
  it('puts ceilings, floors, yearly and per-person sums in words without converting them', () => {
    expect(formatAmount(instrument({ amount: 15000, amount_unit: 'EUR', amount_kind: 'maximum' }))).toBe('up to EUR 15,000');
    expect(formatAmount(instrument({ amount: 250000, amount_unit: 'EUR', amount_kind: 'minimum' }))).toBe('above EUR 250,000');
    expect(formatAmount(instrument({ amount: 100000, amount_unit: 'EUR per year', amount_kind: 'fixed' }))).toBe('EUR 100,000 a year');
    expect(formatAmount(instrument({ amount: 60000, amount_unit: 'EUR per year and person', amount_kind: 'maximum' }))).toBe('up to EUR 60,000 a year per person');
    expect(formatAmount(instrument({}))).toBeNull();
  });

  it('charts one set per unit, largest first, leaving out floors and instruments without an amount', () => {
    const sets = instrumentChartSets([
      instrument({ id: 'a', amount: 5000, amount_unit: 'EUR', amount_kind: 'maximum' }),
      instrument({ id: 'b', amount: 250000, amount_unit: 'EUR', amount_kind: 'minimum' }),
      instrument({ id: 'c', amount: 75000, amount_unit: 'EUR', amount_kind: 'maximum' }),
      instrument({ id: 'd', amount: 20000, amount_unit: 'EUR per year', amount_kind: 'maximum' }),
      instrument({ id: 'e' }),
    ]);
    expect(sets.map((s) => [s.unit, s.slug, s.instruments.map((i) => i.id)])).toEqual([
      ['EUR', '', ['c', 'a']],
      ['EUR per year', 'per-year', ['d']],
    ]);
  });
});

describe('instrument terms and the instruments lede', () => {
  it('label the share of costs instead of appending «of costs» to words that already say what it is a share of', () => {
    expect(instrumentTerms(instrument({ region: 'saxony', cost_share: '50% of the personal costs', amount: 60000, amount_unit: 'EUR per year and person', amount_kind: 'maximum', duration: '12 to 48 months' }))).toBe(
      'Saxony, up to EUR 60,000 a year per person, share of costs: 50% of the personal costs, 12 to 48 months',
    );
    expect(instrumentTerms(instrument({ region: 'saxony', cost_share: '50% acquisition financing' }))).toBe('Saxony, share of costs: 50% acquisition financing');
    // a missing value leaves no empty slot
    expect(instrumentTerms(instrument({ region: 'eu' }))).toBe('European Union');
  });

  it('count the measures by region in the report’s terms, not as funding for SMEs', () => {
    const lede = instrumentsLede([instrument({ region: 'flanders' }), instrument({ region: 'flanders' }), instrument({ region: 'eu' })]);
    expect(lede).toBe(
      '3 existing support measures through which, the MIX report says, the support its model offers SMEs «could be reinforced and leveraged»: 2 in Flanders and 1 from the European Union. Not every one funds SMEs: the table says whom each is for.',
    );
    expect(instrumentsLede([instrument({ region: 'saxony' })])).toMatch(/^1 existing support measure through .*: 1 in Saxony\./);
    expect(instrumentsLede([])).not.toMatch(/: \./);
  });
});

describe('checkpoint locators and closing lists', () => {
  const cp = (locator: string) => ({ locator }) as RoadmapCheckpoint;
  it('cite the checkpoints where ch. V lists them, never a page «of ch. V»', () => {
    const where = 'ch. V «Conclusion», under «Strategy (page 15)»';
    expect(checkpointsLocator([cp(where), cp(where)])).toBe(where);
    expect(checkpointsLocator([])).toBe('ch. V «Conclusion»');
  });

  it('head lessons as the atlas’s and recommendations as the source’s', () => {
    const rec = (source: string, kind: 'lesson' | 'recommendation') => ({ source, kind, statement: 's' }) as Recommendation;
    expect(recommendationGroups([rec('cebr-2020', 'recommendation'), rec('bioxclusters', 'lesson'), rec('cebr-2020', 'recommendation')]).map((g) => [g.heading, g.items.length])).toEqual([
      ['Recommendations of CEBR 2020', 2],
      ['Lessons the atlas draws from bioXclusters', 1],
    ]);
    expect(recommendationGroups([rec('mix-2016', 'lesson'), rec('mix-2016', 'recommendation')])[0]?.heading).toBe('Recommendations of MIX 2016, and lessons the atlas draws from it');
    expect(recommendationGroups([])).toEqual([]);
  });
});

describe('the guide from the real data', () => {
  const data = atlasFrom(buildFrom('data'));
  const steps = guideSteps(data);

  it('orders the eight steps and their 24 checkpoints as ch. V does, each step with evidence', () => {
    expect(steps.map((s) => s.step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps.map((s) => s.checkpoints.length)).toEqual([8, 3, 3, 2, 2, 3, 2, 1]);
    for (const s of steps) expect(s.cases.length + s.clusters.length + s.instruments.length + s.quotes.length + s.recommendations.length, s.step.id).toBeGreaterThan(0);
  });

  it('resolves every link of guide-links.csv to its row, once', () => {
    const resolved = steps.reduce((n, s) => n + s.cases.length + s.clusters.length + s.instruments.length + s.quotes.length + s.recommendations.length, 0);
    expect(resolved).toBe(data.guideLinks.rows.length);
  });

  it('finds the steps that cite a cluster, through its case studies or itself', () => {
    expect(guideStepsCiting(steps, 'pharmapolis').map((s) => s.step.id)).toEqual(['legal-form-and-funding']);
    expect(guideStepsCiting(steps, 'medicon-valley').map((s) => s.step.id)).toContain('networking-and-knowledge-pool');
    expect(guideStepsCiting(steps, 'no-such-cluster')).toEqual([]);
  });

  it('throws on a link to an id that does not exist', () => {
    const rows = Object.fromEntries(Object.entries(data).map(([name, table]) => [name, table.rows])) as AtlasRows;
    const link = data.guideLinks.rows.find((l) => l.case_study_id !== null);
    if (!link) throw new Error('no guide link to a case study');
    const broken = createAtlas({ ...rows, guideLinks: [{ ...link, case_study_id: 'no-such-case' }] });
    expect(() => guideSteps(broken)).toThrow('case-studies: no row with id «no-such-case»');
  });
});
