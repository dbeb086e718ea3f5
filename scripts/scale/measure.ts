/** Measurements for the scale benchmark: a command's time and peak memory, a directory's size, a page's transfer. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { PageWeight } from './scale-report.ts';

/** Resident memory of a process tree in bytes, from Linux's /proc; null where /proc cannot tell. */
function treeRssBytes(root: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of entries) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status);
      const vmRss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      if (ppid) parent.set(Number(entry), Number(ppid[1]));
      if (vmRss) rss.set(Number(entry), Number(vmRss[1]) * 1024);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

/** The outcome of one command: wall time and CPU time in seconds, and the peak resident memory of its process tree (sampled every 100 ms). */
export interface MeasuredRun {
  seconds: number;
  /** User + system CPU time of the command and every process it waited for; null where /proc cannot tell. */
  cpuSeconds: number | null;
  peakBytes: number | null;
}

/**
 * CPU seconds (user + system) of this process's waited-for children, from
 * fields cutime and cstime of /proc/self/stat (clock ticks, 100 a second on
 * Linux): unlike wall time, it hardly moves with the machine's load.
 */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/**
 * Runs `command args` in `cwd` with `env`, its output passed through with a prefix.
 * @throws Error naming the command and its exit code if it fails
 */
export function runMeasured(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, label: string): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak: number | null = null;
    const sample = () => {
      if (child.pid === undefined) return;
      const bytes = treeRssBytes(child.pid);
      if (bytes !== null) peak = Math.max(peak ?? 0, bytes);
    };
    const timer = setInterval(sample, 100);
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      if (code !== 0) reject(new Error(`${label} failed (exit code ${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds, cpuSeconds, peakBytes: peak });
    });
  });
}

/**
 * Loads `origin + path` in Chromium without interacting and sums, gzipped, the
 * HTML document and every script it loads (read from `dist`, so the figure
 * does not depend on the server's compression).
 */
export async function pageWeight(browser: Browser, origin: string, dist: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().startsWith(origin)) scripts.add(new URL(r.url()).pathname);
  });
  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
  await context.close();
  const gzipped = (file: string) => gzipSync(readFileSync(file)).byteLength;
  const htmlFile = join(dist, new URL(origin + path).pathname, 'index.html');
  return {
    path,
    htmlBytes: gzipped(htmlFile),
    jsBytes: [...scripts].reduce((sum, p) => sum + gzipped(join(dist, p)), 0),
  };
}

/**
 * How long a ten-step drag of the zoomable map takes on /map/ at 1366 × 900:
 * MapLibre started from its button, then the pointer pressed on the map,
 * moved 300 px in ten steps and released, until the next frame is drawn.
 * The median of five drags, in seconds; null (with the reason logged) if the
 * map cannot start, e.g. without WebGL.
 */
export async function mapPanSeconds(browser: Browser, origin: string): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/map/`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Zoom and pan the map' }).click();
    await page.locator('[data-gl][data-rendered-clusters]').waitFor({ state: 'attached', timeout: 60_000 });
    const box = await page.locator('[data-gl] canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const direction = i % 2 === 0 ? 1 : -1;
      const started = performance.now();
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + direction * 300, y, { steps: 10 });
      await page.mouse.up();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      times.push((performance.now() - started) / 1000);
    }
    return times.sort((a, b) => a - b)[2] ?? null;
  } catch (error) {
    console.log(`  map pan not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await context.close();
  }
}
