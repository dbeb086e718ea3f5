import { describe, expect, it } from 'vitest';
import { budgetProblems, type PageResult } from '../../scripts/bench-budget.ts';

const page = (over: Partial<PageResult>): PageResult => ({
  name: 'home',
  path: '/',
  hasMap: false,
  performance: 1,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
  lcpMs: 900,
  tbtMs: 0,
  cls: 0,
  jsBytes: 4000,
  totalBytes: 60000,
  failedAudits: [],
  ...over,
});

describe('bench budget', () => {
  it('passes figures within the budget, the map page included', () => {
    expect(budgetProblems([page({}), page({ name: 'map', hasMap: true, performance: 0.95, jsBytes: 12 * 1024 })], 12)).toEqual([]);
  });

  it('names every figure over the budget', () => {
    expect(
      budgetProblems(
        [
          page({ performance: 0.94, accessibility: 0.98, jsBytes: 16 * 1024, cls: 0.23 }),
          page({ name: 'map', hasMap: true, performance: 0.94, jsBytes: 300 * 1024 }),
        ],
        31,
      ),
    ).toEqual([
      'home: performance 94 < 95',
      'home: accessibility 98 < 100',
      'home: JavaScript 16.0 KB > 15 KB gzipped',
      'home: CLS 0.230 > 0.05',
      'map: performance 94 < 95',
      'map: JavaScript 300.0 KB > 15 KB gzipped',
      'build: 31.0 s > 30 s',
    ]);
  });
});
