import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time on a 2-core machine. Tests wait on conditions, never on delays: Playwright's own
          // action and navigation limits are off (test/helpers/browser.ts) and expect.poll polls until the condition
          // holds, so on a busy machine a test only takes longer; these limits stop a test that hangs.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 240_000 } },
        },
      },
    ],
  },
});
