/**
 * The suite's one build besides dist/: the hostile dataset of
 * test/fixtures/xss built under a sub-path, started by the browser tests'
 * global setup (test/setup/site.ts) and served there under EXTRA_BASE. The
 * hostile-data and sub-path tests share it.
 */
import { existsSync, readFileSync, watch } from 'node:fs';
import { dirname } from 'node:path';
import { inject } from 'vitest';

export const EXTRA_BASE = '/atlas/';
export const EXTRA_SITE_URL = 'https://atlas.example.org';

export interface ExtraSite {
  /** The origin serving the build; its pages are at `${origin}${base}…`. */
  origin: string;
  base: string;
  /** The SITE_URL it was built with. */
  site: string;
  /** Its built directory. */
  dist: string;
  /** Written when the build ends: `{ ok: true }` or `{ ok: false, error }`. */
  statusFile: string;
}

/**
 * The extra build, once it has finished (it starts with the run and builds while other files test).
 * @throws Error with the build's output if it failed
 */
export async function extraSite(): Promise<ExtraSite> {
  const extra = inject('extraSite');
  if (!existsSync(extra.statusFile))
    await new Promise<void>((done) => {
      // Watch the folder for the status file, then look once more: it may have come before the watch began.
      const watcher = watch(dirname(extra.statusFile), () => {
        if (existsSync(extra.statusFile)) {
          watcher.close();
          done();
        }
      });
      if (existsSync(extra.statusFile)) {
        watcher.close();
        done();
      }
    });
  const status = JSON.parse(readFileSync(extra.statusFile, 'utf8')) as { ok: boolean; error?: string };
  if (!status.ok) throw new Error(`the hostile dataset's build under ${extra.base} failed: ${status.error ?? ''}`);
  return extra;
}
