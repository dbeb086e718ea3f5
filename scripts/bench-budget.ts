/** The pages `npm run bench` measures and the budget of design.md and the quality issue. */
import type { LighthouseFigures } from './lighthouse-run.ts';

export const BENCH_PAGES = [
  { name: 'home', path: '/', hasMap: false },
  { name: 'map', path: '/map/', hasMap: true },
  { name: 'profile', path: '/clusters/medicon-valley/', hasMap: false },
  { name: 'explorer', path: '/success-factors/', hasMap: false },
  { name: 'value chain', path: '/value-chains/mix-innovation-chain/', hasMap: false },
  { name: 'data', path: '/data/', hasMap: false },
  { name: 'embed', path: '/embed/factor-matrix/', hasMap: false },
  // Arriving with a query: the results come after the first paint, Pagefind loaded (issue 26 case 9: CLS 0.23).
  { name: 'search', path: '/search/?q=voucher', hasMap: false },
] as const;

export const BUDGET = {
  /** Lighthouse performance score, 0–1: pages without the map, and the map page (MapLibre loads only on intent, issue 14). */
  performance: 0.95,
  performanceWithMap: 0.95,
  accessibility: 1,
  /** JavaScript transferred (gzipped) at load, on every page: the map's MapLibre comes only on intent. */
  jsBytes: 15 * 1024,
  /** Cumulative layout shift: Lighthouse's «good» is at most 0.1; the atlas holds every page to 0.05. */
  cls: 0.05,
  buildSeconds: 30,
};

/** One page's Lighthouse figures, named. */
export interface PageResult extends LighthouseFigures {
  name: string;
  path: string;
  hasMap: boolean;
}

/** Every figure over the budget, as a sentence. */
export function budgetProblems(pages: readonly PageResult[], buildSeconds: number): string[] {
  const problems: string[] = [];
  const pct = (score: number) => Math.round(score * 100);
  for (const page of pages) {
    const minPerformance = page.hasMap ? BUDGET.performanceWithMap : BUDGET.performance;
    if (page.performance < minPerformance)
      problems.push(`${page.name}: performance ${pct(page.performance)} < ${pct(minPerformance)}`);
    if (page.accessibility < BUDGET.accessibility)
      problems.push(`${page.name}: accessibility ${pct(page.accessibility)} < ${pct(BUDGET.accessibility)}`);
    if (page.jsBytes > BUDGET.jsBytes)
      problems.push(`${page.name}: JavaScript ${(page.jsBytes / 1024).toFixed(1)} KB > ${BUDGET.jsBytes / 1024} KB gzipped`);
    if (page.cls > BUDGET.cls) problems.push(`${page.name}: CLS ${page.cls.toFixed(3)} > ${BUDGET.cls}`);
  }
  if (buildSeconds > BUDGET.buildSeconds) problems.push(`build: ${buildSeconds.toFixed(1)} s > ${BUDGET.buildSeconds} s`);
  return problems;
}
