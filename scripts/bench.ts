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
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLighthouse, startChromium } from './lighthouse-run.ts';
import { startStaticServer } from './static-server.ts';
import { BENCH_PAGES, budgetProblems, type PageResult } from './bench-budget.ts';

const root = join(import.meta.dirname, '..');

function build(): number {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run build failed with exit code ${run.status}`);
  return (performance.now() - start) / 1000;
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
    const measured = await runLighthouse(server.origin + path, chromium.port);
    if ('error' in measured) {
      unmeasured.push(`${name}: ${measured.error}`);
      console.log(unmeasured.at(-1));
      continue;
    }
    const result: PageResult = { name, path, hasMap, ...measured };
    pages.push(result);
    console.log(
      `${name.padEnd(16)} perf ${Math.round(result.performance * 100)} · a11y ${Math.round(result.accessibility * 100)} · ` +
        `best ${Math.round(result.bestPractices * 100)} · seo ${Math.round(result.seo * 100)} · ` +
        `LCP ${Math.round(result.lcpMs)} ms · TBT ${Math.round(result.tbtMs)} ms · CLS ${result.cls.toFixed(3)} · ` +
        `JS ${kb(result.jsBytes)} · total ${kb(result.totalBytes)}  (${path})`,
    );
  }
} finally {
  await chromium.stop();
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
