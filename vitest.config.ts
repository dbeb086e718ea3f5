/**
 * `npm test` runs three projects side by side (README, «Tests»): `unit` (pure code and the data build, in Node),
 * `built` (dist/ read in Node: markup, words, links, every row, the Nu Html Checker) and `browser` (dist/ in one
 * Chromium, attached to by every file; test/setup/site.ts). Files run in parallel on every core.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Two files at a time, and within a file at most three concurrent tests (describe.concurrent): Chromium does the
    // browser tests' work, on both cores; more at once only makes each slower (vitest's default on two cores is one file).
    maxWorkers: 2,
    maxConcurrency: 3,
    reporters: ['default', './test/setup/timing-reporter.ts'],
    projects: [
      // The data build and the map layout take about a second idle; beside a loaded run they take several, so the
      // limit is for a test that hangs, not vitest's 5 s.
      // Units and the Node checks of dist/ share their workers' module cache (isolate: false): they keep no state
      // between files, and importing the schemas and the data afresh for every file was two thirds of their CPU time.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false } },
      { test: { name: 'built', include: ['test/built/**/*.test.ts'], testTimeout: 300_000, isolate: false } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/site.ts', 'test/setup/extra-build.ts'],
          // Tests wait on conditions, never on delays: Playwright's own action and navigation limits are off
          // (test/helpers/browser.ts) and expect.poll polls until the condition holds, so on a busy machine a test
          // only takes longer; these limits stop a test that hangs.
          testTimeout: 300_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 240_000 } },
        },
      },
    ],
  },
});
