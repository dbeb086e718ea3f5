/**
 * The figures of `npm run bench:scale`, their growth from the smallest to the
 * largest dataset, and the targets of the scale issue. Pure: the bench script
 * measures, this module compares.
 */

/** HTML and JavaScript a visitor transfers for one page before any interaction, gzipped, in bytes. */
export interface PageWeight {
  path: string;
  htmlBytes: number;
  jsBytes: number;
}

/** Lighthouse (mobile) performance of one page, 0–1, or why it could not be measured. */
export interface PagePerformance {
  path: string;
  performance: number | null;
  error?: string;
}

/** Everything measured for one dataset size. Times in seconds, memory and sizes in bytes. */
export interface ScaleRun {
  /** The dataset is `factor` times today's rows of the growing tables. */
  factor: number;
  /** Rows of the whole dataset and of its two largest tables. */
  rows: { total: number; clusters: number; facts: number };
  dataBuildSeconds: number;
  astroBuildSeconds: number;
  searchIndexSeconds: number;
  /** CPU time (user + system) of the three build steps together; null where the system cannot tell. */
  buildCpuSeconds: number | null;
  /** Peak resident memory of the process tree of each step, sampled; null where the system cannot tell. */
  dataBuildPeakBytes: number | null;
  astroBuildPeakBytes: number | null;
  distBytes: number;
  distFiles: number;
  searchIndexBytes: number;
  pages: PageWeight[];
  lighthouse: PagePerformance[];
  /** Wall time of a ten-step drag of the zoomable map on /map/ (the median of a few), seconds; null if it could not be measured. */
  mapPanSeconds: number | null;
}

/** One figure's value at the smallest and largest factor and their ratio (largest / smallest). */
export interface Growth {
  figure: string;
  from: number;
  to: number;
  ratio: number;
}

/** The whole build: data build, astro build and search index, in seconds. */
export const buildSeconds = (run: ScaleRun): number => run.dataBuildSeconds + run.astroBuildSeconds + run.searchIndexSeconds;

/** Every numeric figure of a run by a stable name, e.g. «html /map/» or «build seconds». Missing figures are left out. */
export function figuresOf(run: ScaleRun): Map<string, number> {
  const figures = new Map<string, number>([
    ['rows', run.rows.total],
    ['build seconds', buildSeconds(run)],
    ['data build seconds', run.dataBuildSeconds],
    ['astro build seconds', run.astroBuildSeconds],
    ['search index seconds', run.searchIndexSeconds],
    ['dist bytes', run.distBytes],
    ['dist files', run.distFiles],
    ['search index bytes', run.searchIndexBytes],
  ]);
  if (run.buildCpuSeconds !== null) figures.set('build cpu seconds', run.buildCpuSeconds);
  if (run.dataBuildPeakBytes !== null) figures.set('data build peak memory', run.dataBuildPeakBytes);
  if (run.astroBuildPeakBytes !== null) figures.set('astro build peak memory', run.astroBuildPeakBytes);
  if (run.mapPanSeconds !== null) figures.set('map pan seconds', run.mapPanSeconds);
  for (const page of run.pages) {
    figures.set(`html ${page.path}`, page.htmlBytes);
    figures.set(`js ${page.path}`, page.jsBytes);
  }
  return figures;
}

/**
 * The growth of every figure from the run with the smallest factor to the run
 * with the largest: ratio = value at the largest / value at the smallest
 * (a figure that is 0 at the smallest has ratio 1 if it stays 0, else
 * Infinity). Figures missing from either run are left out.
 * @throws Error if fewer than two runs of different factors are given
 */
export function growth(runs: readonly ScaleRun[]): Growth[] {
  const sorted = [...runs].sort((a, b) => a.factor - b.factor);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first.factor === last.factor) throw new Error('growth needs runs at two different factors');
  const before = figuresOf(first);
  const after = figuresOf(last);
  return [...before].flatMap(([figure, from]) => {
    const to = after.get(figure);
    if (to === undefined) return [];
    const ratio = from === 0 ? (to === 0 ? 1 : Number.POSITIVE_INFINITY) : to / from;
    return [{ figure, from, to, ratio }];
  });
}

/** The targets of the scale issue at 20× today's rows, on the 2-core reference machine. */
export const SCALE_TARGETS = {
  buildSeconds: 120,
  /** Lighthouse (mobile) performance of these pages, 0–1. */
  performance: 0.95,
  performancePaths: ['/map/', '/clusters/'],
  /** Gzipped HTML of these pages, bytes. */
  htmlBytes: 150 * 1024,
  htmlPaths: ['/map/', '/clusters/'],
  /** A drag of the zoomable map may take at most this many times its time at the smallest size. */
  mapPanRatio: 1.5,
} as const;

/**
 * What misses the targets, as sentences: at the largest run, the build time,
 * the performance and the HTML size of the listed pages; across runs, any
 * figure that grows faster than the data (ratio above largest / smallest
 * factor). Timing figures are included: the bench reports, it never fails.
 */
export function scaleProblems(runs: readonly ScaleRun[]): string[] {
  const sorted = [...runs].sort((a, b) => a.factor - b.factor);
  const largest = sorted.at(-1);
  if (!largest) return [];
  const problems: string[] = [];
  const at = `at ${largest.factor}×`;
  const seconds = buildSeconds(largest);
  if (seconds > SCALE_TARGETS.buildSeconds) problems.push(`${at}: build ${seconds.toFixed(1)} s > ${SCALE_TARGETS.buildSeconds} s`);
  for (const path of SCALE_TARGETS.performancePaths) {
    const page = largest.lighthouse.find((p) => p.path === path);
    if (!page) continue;
    if (page.performance === null) problems.push(`${at}: ${path} performance not measured (${page.error ?? 'no result'})`);
    else if (page.performance < SCALE_TARGETS.performance)
      problems.push(`${at}: ${path} performance ${Math.round(page.performance * 100)} < ${Math.round(SCALE_TARGETS.performance * 100)}`);
  }
  for (const path of SCALE_TARGETS.htmlPaths) {
    const page = largest.pages.find((p) => p.path === path);
    if (page && page.htmlBytes > SCALE_TARGETS.htmlBytes)
      problems.push(`${at}: ${path} HTML ${kib(page.htmlBytes)} > ${kib(SCALE_TARGETS.htmlBytes)} gzipped`);
  }
  const smallest = sorted[0];
  if (sorted.length > 1 && smallest && smallest.mapPanSeconds !== null && largest.mapPanSeconds !== null) {
    const ratio = largest.mapPanSeconds / smallest.mapPanSeconds;
    if (ratio > SCALE_TARGETS.mapPanRatio)
      problems.push(
        `${at}: a drag of the map takes ${largest.mapPanSeconds.toFixed(2)} s, ${ratio.toFixed(2)}× its ${smallest.mapPanSeconds.toFixed(2)} s at ${smallest.factor}× (target ≤ ${SCALE_TARGETS.mapPanRatio}×)`,
      );
  }
  if (sorted.length > 1 && sorted[0]) {
    const dataRatio = largest.factor / sorted[0].factor;
    for (const g of growth(sorted))
      if (g.ratio > dataRatio) problems.push(`${g.figure} grows ${g.ratio.toFixed(2)}× for ${dataRatio}× the data`);
  }
  return problems;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A figure as a person reads it: bytes in KB or MB, seconds with one decimal. */
export function formatFigure(figure: string, value: number): string {
  if (figure.includes('memory') || figure === 'dist bytes' || figure === 'search index bytes') return mib(value);
  if (figure.startsWith('html ') || figure.startsWith('js ')) return kib(value);
  if (figure === 'map pan seconds') return `${value.toFixed(2)} s`;
  if (figure.includes('seconds')) return `${value.toFixed(1)} s`;
  return String(Math.round(value));
}
