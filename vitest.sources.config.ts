/**
 * The cross-check of the data against the text of the sources (`npm run test:sources`).
 * The sources are not part of the repository: this needs SOURCES_DIR, and stops at once
 * with a message saying so when it is missing, before any test runs.
 */
import { defineConfig } from 'vitest/config';
import { sourcesDir } from './test/helpers/sources.ts';

sourcesDir();

export default defineConfig({
  test: {
    name: 'sources',
    include: ['test/sources/**/*.test.ts'],
    environment: 'node',
  },
});
