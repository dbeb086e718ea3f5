/**
 * Lighthouse in the system Chromium, shared by `npm run bench` and
 * `npm run bench:scale`: its default mobile emulation and simulated
 * throttling, the four category scores, the web vitals and the bytes moved.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** What one Lighthouse run measured on one page; scores 0–1, times in ms, bytes as transferred. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsBytes: number;
  totalBytes: number;
  /** Audits below full marks outside performance, as «category: audit». */
  failedAudits: string[];
}

/** Starts Chromium with a DevTools port for Lighthouse to drive; resolves with the port and a stop function. */
export function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless=new', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Chromium writes its profile until it has exited: remove the profile only then.
  const stop = async () => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
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

/**
 * Runs Lighthouse on `url` in the Chromium listening on `port`.
 * @returns the figures, or an error message when Lighthouse could not measure the page
 */
export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures | { error: string }> {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = run;
  if (lhr.runtimeError) return { error: `Lighthouse could not measure ${url}: ${lhr.runtimeError.message}` };
  const requests =
    (lhr.audits['network-requests']?.details as { items?: { transferSize?: number; resourceType?: string }[] } | undefined)?.items ?? [];
  const score = (id: string) => lhr.categories[id]?.score ?? 0;
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
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
}
