/**
 * The scale benchmark end to end at a small factor (1× and 2×), so that the
 * suite stays quick: synthetic data written, two whole builds elsewhere than
 * data/ and dist/, pages weighed in Chromium, Lighthouse run, bench/scale.json
 * written. It checks that every figure is there and sensible, never how fast
 * anything was: speed is the benchmark's to report.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Growth, ScaleRun } from '../../scripts/scale/scale-report.ts';
import { repoRoot } from '../helpers/dataset.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-scale-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench:scale at 1× and 2×', () => {
  it('builds both sizes elsewhere, measures every figure and writes the report with the growth of each', { timeout: 20 * 60_000 }, async () => {
    const out = join(work, 'scale.json');
    const dataBefore = statSync(join(repoRoot, 'data', 'clusters.csv')).mtimeMs;
    // Vitest's own variables would be read by Astro as the site's; the script drops them itself.
    const { stdout } = await run(process.execPath, [join(repoRoot, 'scripts', 'bench-scale.ts'), '--factors', '1,2', '--seed', '3', '--out', out], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toContain('Growth from 1× to 2×');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { runs: ScaleRun[]; growth: Growth[]; missed: string[] };
    const [one, two] = report.runs;
    expect(one?.factor).toBe(1);
    expect(two?.factor).toBe(2);
    const realClusters = readFileSync(join(repoRoot, 'data', 'clusters.csv'), 'utf8').trim().split('\n').length - 1;
    expect(one?.rows.clusters).toBe(realClusters);
    expect(two?.rows.clusters).toBe(2 * realClusters);
    for (const r of report.runs) {
      expect(r.distFiles).toBeGreaterThan(100);
      expect(r.searchIndexBytes).toBeGreaterThan(0);
      expect(r.distBytes).toBeGreaterThan(r.searchIndexBytes);
      expect(r.pages.map((p) => p.path).slice(0, 3)).toEqual(['/', '/map/', '/clusters/']);
      for (const page of r.pages) expect(page.htmlBytes, page.path).toBeGreaterThan(1000);
      expect(r.pages.find((p) => p.path === '/map/')?.jsBytes).toBeGreaterThan(0);
      expect(r.lighthouse.map((l) => l.path)).toEqual(['/map/', '/clusters/']);
      for (const l of r.lighthouse) {
        expect(l.error, l.path).toBeUndefined();
        expect(l.performance).toBeGreaterThan(0);
        expect(l.performance).toBeLessThanOrEqual(1);
      }
    }
    // Twice the clusters: twice the profile pages, so more files; the growth table says so.
    expect(two?.distFiles).toBeGreaterThan(one?.distFiles ?? Infinity);
    const files = report.growth.find((g) => g.figure === 'dist files');
    expect(files?.ratio).toBeCloseTo((two?.distFiles ?? 0) / (one?.distFiles ?? 1), 10);
    expect(report.growth.map((g) => g.figure)).toEqual(expect.arrayContaining(['html /map/', 'js /map/', 'html /clusters/', 'build seconds']));
    expect(Array.isArray(report.missed)).toBe(true);
    // The real data and the site's own build stay as they were.
    expect(statSync(join(repoRoot, 'data', 'clusters.csv')).mtimeMs).toBe(dataBefore);
  });
});
