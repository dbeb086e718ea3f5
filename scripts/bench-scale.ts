/**
 * The scale benchmark (`npm run bench:scale`): builds the site from synthetic
 * datasets at 1×, 5× and 20× today's rows (scripts/scale/synthetic-data.ts),
 * each in a temporary directory through ATLAS_DATA_DIR and ATLAS_OUT_DIR so
 * that data/, src/generated, public/ and dist/ stay as they are, and reports
 * per size: data-build, astro-build and search-index time and peak memory,
 * the size of dist/ and of the search index, the HTML and JavaScript
 * (gzipped) of the key pages, the time of a ten-step drag of the zoomable
 * map, and Lighthouse (mobile) performance of /map/ and /clusters/. Writes bench/scale.json and prints the growth of each
 * figure from the smallest to the largest size.
 *
 * Options: --factors 1,5,20   --seed 1   --out bench/scale.json   --keep (leave the builds in the temporary directory)
 *
 * It measures and never fails on speed: what misses the targets is listed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { runLighthouse, startChromium } from './lighthouse-run.ts';
import { mapPanSeconds, pageWeight, runMeasured } from './scale/measure.ts';
import { directorySize } from './upload-size.ts';
import { buildSeconds, formatFigure, growth, scaleProblems, SCALE_TARGETS, type PagePerformance, type ScaleRun } from './scale/scale-report.ts';
import { writeSyntheticData } from './scale/write-synthetic.ts';
import { startStaticServer } from './static-server.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    factors: { type: 'string', default: '1,5,20' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join('bench', 'scale.json') },
    keep: { type: 'boolean', default: false },
  },
});
const factors = values.factors.split(',').map(Number);
if (factors.some((f) => !Number.isInteger(f) || f < 1)) throw new Error(`--factors takes whole numbers ≥ 1, not ${values.factors}`);
const seed = Number(values.seed);

// Vitest (when the suite runs this script) sets variables that Astro would read as the site's own.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) && !k.startsWith('VITEST')),
);
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

async function measure(factor: number, work: string): Promise<ScaleRun> {
  const dataDir = join(work, 'data');
  const outRoot = join(work, 'out');
  const dist = join(outRoot, 'dist');
  const counts = writeSyntheticData(join(root, 'data'), dataDir, { factor, seed });
  const env = { ...inherited, ATLAS_DATA_DIR: dataDir, ATLAS_OUT_DIR: outRoot, ASTRO_TELEMETRY_DISABLED: '1' };
  const node = process.execPath;
  const data = await runMeasured(node, [join(root, 'scripts', 'build-data.ts')], root, env, `data build at ${factor}×`);
  const astro = await runMeasured(node, [astroBin, 'build'], root, env, `astro build at ${factor}×`);
  const search = await runMeasured(node, [join(root, 'scripts', 'search-index.ts'), dist], root, env, `search index at ${factor}×`);
  const size = directorySize(dist);

  const clusters = JSON.parse(readFileSync(join(outRoot, 'generated', 'clusters.json'), 'utf8')) as { id: string }[];
  const profile = `/clusters/${clusters[0]?.id}/`;
  const paths = ['/', '/map/', '/clusters/', profile];
  if (existsSync(join(dist, 'compare', 'index.html'))) paths.push(`/compare/?clusters=${clusters.slice(0, 3).map((c) => c.id).join(',')}`);

  const server = await startStaticServer(dist, { gzip: true });
  const lighthouse: PagePerformance[] = [];
  try {
    const browser = await launchChromium();
    const pages = [];
    let panSeconds: number | null = null;
    try {
      for (const path of paths) pages.push(await pageWeight(browser, server.origin, dist, path));
      panSeconds = await mapPanSeconds(browser, server.origin);
    } finally {
      await browser.close();
    }
    const chromium = await startChromium();
    try {
      for (const path of SCALE_TARGETS.performancePaths) {
        const measured = await runLighthouse(server.origin + path, chromium.port);
        lighthouse.push('error' in measured ? { path, performance: null, error: measured.error } : { path, performance: measured.performance });
      }
    } finally {
      await chromium.stop();
    }
    return {
      factor,
      rows: {
        total: [...counts.values()].reduce((a, b) => a + b, 0),
        clusters: counts.get('clusters') ?? 0,
        facts: counts.get('facts') ?? 0,
      },
      dataBuildSeconds: data.seconds,
      astroBuildSeconds: astro.seconds,
      searchIndexSeconds: search.seconds,
      buildCpuSeconds:
        data.cpuSeconds === null || astro.cpuSeconds === null || search.cpuSeconds === null
          ? null
          : data.cpuSeconds + astro.cpuSeconds + search.cpuSeconds,
      dataBuildPeakBytes: data.peakBytes,
      astroBuildPeakBytes: astro.peakBytes,
      distBytes: size.bytes,
      distFiles: size.files,
      searchIndexBytes: directorySize(join(dist, 'pagefind')).bytes,
      pages,
      lighthouse,
      mapPanSeconds: panSeconds,
    };
  } finally {
    await server.close();
  }
}

const runs: ScaleRun[] = [];
for (const factor of factors) {
  const work = mkdtempSync(join(tmpdir(), `atlas-scale-${factor}x-`));
  try {
    console.log(`\n${factor}×: generating, building and measuring in ${work}`);
    const run = await measure(factor, work);
    runs.push(run);
    console.log(
      `${factor}×: ${run.rows.clusters} clusters, ${run.rows.facts} facts, ${run.rows.total} rows · build ${buildSeconds(run).toFixed(1)} s ` +
        `(data ${run.dataBuildSeconds.toFixed(1)}, astro ${run.astroBuildSeconds.toFixed(1)}, search ${run.searchIndexSeconds.toFixed(1)}; CPU ${run.buildCpuSeconds?.toFixed(1) ?? 'not measured'} s) · ` +
        `peak memory data ${formatFigure('memory', run.dataBuildPeakBytes ?? 0)}, astro ${formatFigure('memory', run.astroBuildPeakBytes ?? 0)} · ` +
        `dist ${formatFigure('dist bytes', run.distBytes)} in ${run.distFiles} files · search index ${formatFigure('search index bytes', run.searchIndexBytes)}`,
    );
    for (const page of run.pages) console.log(`  ${page.path}: HTML ${formatFigure(`html ${page.path}`, page.htmlBytes)} · JS ${formatFigure(`js ${page.path}`, page.jsBytes)} (gzipped)`);
    console.log(`  /map/: a ten-step drag of the zoomable map ${run.mapPanSeconds === null ? 'not measured' : `${run.mapPanSeconds.toFixed(2)} s`}`);
    for (const page of run.lighthouse)
      console.log(`  ${page.path}: Lighthouse performance ${page.performance === null ? `not measured: ${page.error}` : Math.round(page.performance * 100)}`);
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const growthRows = runs.length > 1 && new Set(factors).size > 1 ? growth(runs) : [];
if (growthRows.length > 0) {
  const sorted = [...factors].sort((a, b) => a - b);
  console.log(`\nGrowth from ${sorted[0]}× to ${sorted.at(-1)}×:`);
  for (const g of growthRows)
    console.log(`  ${g.figure.padEnd(28)} ${formatFigure(g.figure, g.from).padStart(10)} → ${formatFigure(g.figure, g.to).padStart(10)}   ×${g.ratio.toFixed(2)}`);
}
const problems = scaleProblems(runs);
const out = resolve(root, values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), seed, factors, runs, growth: growthRows, missed: problems }, null, 2)}\n`);
console.log(problems.length === 0 ? '\nEvery target holds.' : `\nMissed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
console.log(`Written ${values.out}`);
