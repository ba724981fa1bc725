import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension (.output/chrome-mv3).
 * One worker, because every file launches its own browser and the machines have
 * two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Firefox's suite has its own config (vitest.firefox.config.ts).
    exclude: ['tests/e2e/firefox/**', '**/node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
