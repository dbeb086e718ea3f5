/**
 * The built site in a second engine, Firefox ESR over WebDriver BiDi (`npm run test:firefox`, after a build):
 * test/firefox/. One Firefox and one static server of dist/ for the file, started by the file itself.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'firefox',
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    // As many pages at once as the file has tabs (TABS in test/firefox/firefox.test.ts).
    maxConcurrency: 3,
    // Waits are on conditions, with no time limit of their own (test/helpers/firefox.ts): these stop a hang.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 240_000 } },
  },
});
