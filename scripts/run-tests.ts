/**
 * The test run of `npm test`, after the build: `astro check` (type-checks the
 * `.astro` and `.ts` files) side by side with vitest (units, the built site
 * in Node and in Chromium; vitest.config.ts), so that neither waits for the
 * other. Vitest's output streams as it comes; astro check's follows it whole.
 * Extra arguments go to vitest (e.g. `npm test -- --project unit`).
 * Exits non-zero if either fails.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a Node script with this Node (the repository's pinned one); resolves to its exit code and, if captured, its output. */
function run(args: string[], capture: boolean): Promise<{ code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (performance.now() - started) / 1000 }));
  });
}

const [check, tests] = await Promise.all([
  run([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], true),
  run([join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], false),
]);
console.log(`\nastro check (${check.seconds.toFixed(1)} s, beside the tests):\n${check.output.trim()}`);
if (check.code !== 0) console.error(`astro check failed (exit ${check.code})`);
if (tests.code !== 0) console.error(`vitest failed (exit ${tests.code})`);
process.exit(check.code || tests.code);
