/**
 * Global setup that starts the suite's one extra build — the hostile dataset
 * of test/fixtures/xss built under /atlas/ — in the background, so that it
 * builds while the first files run, and serves it under /atlas/ on a server
 * of its own. The tests that need it wait for it with `extraSite()`
 * (test/helpers/extra-site.ts).
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';
import { EXTRA_BASE, EXTRA_SITE_URL, type ExtraSite } from '../helpers/extra-site.ts';
import { writeHostileDataset } from '../helpers/hostile-dataset.ts';
import { buildSite } from '../helpers/site-build.ts';

declare module 'vitest' {
  interface ProvidedContext {
    extraSite: ExtraSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-extra-'));
  const outRoot = join(work, 'out');
  const statusFile = join(work, 'status.json');
  // Written whole, then renamed: a test watching for the file never reads half of it.
  const report = (status: { ok: boolean; error?: string }) => {
    writeFileSync(`${statusFile}.part`, JSON.stringify(status));
    renameSync(`${statusFile}.part`, statusFile);
  };
  const building = (async () => {
    writeHostileDataset(join(work, 'data'));
    await buildSite({ outRoot, dataDir: join(work, 'data'), base: EXTRA_BASE, site: EXTRA_SITE_URL });
  })().then(
    () => report({ ok: true }),
    (e: unknown) => report({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  // The server looks files up per request, so it can serve the build's dist/ before it exists.
  const server = await startStaticServer(join(outRoot, 'dist'), { base: EXTRA_BASE });
  project.provide('extraSite', { origin: server.origin, base: EXTRA_BASE, site: EXTRA_SITE_URL, dist: join(outRoot, 'dist'), statusFile });
  return async () => {
    await building;
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
