import { defineConfig } from 'vitest/config';

// Unit and API tests. The API suite runs on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set
// (scripts/test.mjs sets WUSHE_TEST_DB per run). Browser journeys live in e2e/ with their own config.
export default defineConfig({
  test: {
    include: ['common/src/**/*.test.ts', 'api/src/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
