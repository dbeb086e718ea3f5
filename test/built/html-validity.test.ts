/**
 * Every built page is valid HTML for the W3C Nu Html Checker (the `vnu-jar`
 * package, run with Java). One Java process checks all of dist/ at once: the
 * checker takes seconds to start, and a process per page would take minutes.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles } from '../helpers/pages.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('valid HTML (W3C Nu Html Checker)', () => {
  it('finds no error on any page of dist/', { timeout: 300_000 }, async () => {
    const files = htmlFiles(dist).map((p) => p.file);
    expect(files.length).toBeGreaterThan(50);
    // --format json writes its report to stderr; the exit code is 1 when anything is reported, so read the report, not the code.
    const stderr = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 })
      .then((r) => r.stderr)
      .catch((e: { stderr?: string; message: string }) => {
        if (!e.stderr?.trim().startsWith('{')) throw new Error(`the Nu checker did not run: ${e.message}`);
        return e.stderr;
      });
    const messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${m.url ? relative(dist, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
