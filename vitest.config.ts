import { defineConfig } from 'vitest/config';

// Unit tests run in parallel; integration tests share one Docker engine, one registry and
// fixed ports on the host network, so they run one file at a time with generous timeouts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.itg.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'itg',
          include: ['test/**/*.itg.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
