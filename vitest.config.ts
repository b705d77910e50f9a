import { defineConfig } from 'vitest/config';

// Unit tests (pure domain code) run once; the integration suite (`*.int.test.ts`) runs on the
// embedded PGlite and, when PERIOP_TEST_DATABASE_URL is set, again on that PostgreSQL server.
const pgUrl = process.env.PERIOP_TEST_DATABASE_URL;

const integration = (name: string, database: 'pglite' | 'postgresql') => ({
  extends: true as const,
  test: {
    name,
    include: ['src/**/*.int.test.ts'],
    env: { PERIOP_TEST_DB: database },
    globalSetup: ['src/db/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: ['src/**/*.int.test.ts'],
        },
      },
      integration('integration:pglite', 'pglite'),
      ...(pgUrl ? [integration('integration:postgresql', 'postgresql')] : []),
    ],
  },
});
