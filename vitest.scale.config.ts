/** The scale benchmark end to end (`npm run test:scale`): two whole builds, so not part of `npm test`. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scale',
    include: ['test/scale/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20 * 60_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 240_000 } },
  },
});
