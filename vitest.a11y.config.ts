/** axe in full on every built page (`npm run test:a11y-all`, after `npm run build`): test/a11y/. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'a11y',
    include: ['test/a11y/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/setup/site.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
