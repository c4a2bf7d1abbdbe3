import { defineConfig } from 'vitest/config';

// Browser journeys: one server for the run (global-setup.ts), Debian's Chromium driven by playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
