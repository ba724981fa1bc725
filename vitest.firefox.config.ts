import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in Firefox ESR with the built add-on (.output/firefox-mv2),
 * driven over WebDriver BiDi. One worker, one browser per file: two-core machines.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
