/**
 * The benchmark (`npm run bench`): builds the site, serves dist/ on 127.0.0.1
 * with gzip, runs Lighthouse (its default mobile emulation and simulated
 * throttling) in the system Chromium on the key pages, prints per page the
 * four category scores, LCP, TBT, CLS and the bytes transferred, plus the
 * build time, writes bench/results.json and lists what exceeds the budget.
 *
 * It measures; it never fails on speed. Scores move with the machine's load:
 * run it on an idle machine and compare runs on the same machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startStaticServer } from './static-server.ts';
import { BENCH_PAGES, budgetProblems, type PageResult } from './bench-budget.ts';

const root = join(import.meta.dirname, '..');

function build(): number {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run build failed with exit code ${run.status}`);
  return (performance.now() - start) / 1000;
}

/** Starts Chromium with a DevTools port for Lighthouse to drive; resolves with the port. */
function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless=new', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve({ port: Number(match[1]), stop });
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening DevTools:\n${seen}`)));
  });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const buildSeconds = build();
const server = await startStaticServer(join(root, 'dist'), { gzip: true });
const chromium = await startChromium();
const pages: PageResult[] = [];
const unmeasured: string[] = [];
try {
  for (const { name, path, hasMap } of BENCH_PAGES) {
    const run = await lighthouse(server.origin + path, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = run;
    if (lhr.runtimeError) {
      unmeasured.push(`${name}: Lighthouse could not measure ${path}: ${lhr.runtimeError.message}`);
      console.log(unmeasured.at(-1));
      continue;
    }
    const requests = (lhr.audits['network-requests']?.details as { items?: { transferSize?: number; resourceType?: string }[] } | undefined)
      ?.items ?? [];
    const score = (id: string) => lhr.categories[id]?.score ?? 0;
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const result: PageResult = {
      name,
      path,
      hasMap,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      jsBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      totalBytes: requests.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      failedAudits: Object.values(lhr.categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((ref) => (lhr.audits[ref.id]?.score ?? 1) < 1 && ref.weight > 0).map((ref) => `${c.id}: ${ref.id}`)),
    };
    pages.push(result);
    console.log(
      `${name.padEnd(16)} perf ${Math.round(result.performance * 100)} · a11y ${Math.round(result.accessibility * 100)} · ` +
        `best ${Math.round(result.bestPractices * 100)} · seo ${Math.round(result.seo * 100)} · ` +
        `LCP ${Math.round(result.lcpMs)} ms · TBT ${Math.round(result.tbtMs)} ms · CLS ${result.cls.toFixed(3)} · ` +
        `JS ${kb(result.jsBytes)} · total ${kb(result.totalBytes)}  (${path})`,
    );
  }
} finally {
  chromium.stop();
  await server.close();
}

console.log(`build: ${buildSeconds.toFixed(1)} s`);
const problems = [...unmeasured, ...budgetProblems(pages, buildSeconds)];
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages, overBudget: problems }, null, 2)}\n`,
);
console.log(problems.length === 0 ? 'Every figure is within the budget.' : `Over budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
for (const page of pages.filter((p) => p.failedAudits.length > 0))
  console.log(`${page.name}: audits below full marks: ${page.failedAudits.join(', ')}`);
console.log('Written bench/results.json');
