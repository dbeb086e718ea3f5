/**
 * Builds the whole site (data build, then astro build) into a directory of its
 * own, from another data directory or under another base path, without
 * touching src/generated, public/ or dist/ (see ATLAS_OUT_DIR in
 * astro.config.mjs and scripts/build-data.ts).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './dataset.ts';

const run = promisify(execFile);

export interface SiteBuildOptions {
  /** Where everything goes: <outRoot>/generated, <outRoot>/public, <outRoot>/dist. */
  outRoot: string;
  /** Directory of the CSV tables (default data/). */
  dataDir?: string;
  /** Base path, e.g. /atlas/ (default /). */
  base?: string;
  /** The site's origin for canonical URLs (default astro.config.mjs's). */
  site?: string;
}

/** Returns the built site's directory. Throws with the build's output if a step fails. */
export async function buildSite(opts: SiteBuildOptions): Promise<string> {
  // Vitest sets BASE_URL, MODE, NODE_ENV and the like, which Astro would read as the site's own.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) && !k.startsWith('VITEST')),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ATLAS_OUT_DIR: opts.outRoot,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(opts.dataDir ? { ATLAS_DATA_DIR: opts.dataDir } : {}),
    ...(opts.base ? { BASE_PATH: opts.base } : {}),
    ...(opts.site ? { SITE_URL: opts.site } : {}),
  };
  // The Node that runs the tests (the repository's pinned one) runs the build too.
  const steps = [join(repoRoot, 'scripts', 'build-data.ts'), join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')];
  for (const [i, script] of steps.entries()) {
    try {
      await run(process.execPath, i === 0 ? [script] : [script, 'build'], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`${script} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    }
  }
  return join(opts.outRoot, 'dist');
}
