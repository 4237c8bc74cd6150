import { defineConfig } from 'vitest/config';

// Unit tests run in parallel. Integration tests share one Docker engine and the registries: each
// checkout pushes under a namespace of its own and gets free smoke ports of its own
// (test/support/fixture.ts), so two files run at once; most of their time is spent waiting on
// builds, pushes and deadlines, and two builds at a time is what a 2-core runner takes.
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
          maxWorkers: 2,
          // after the unit tests, which use the default number of workers
          sequence: { groupOrder: 1 },
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
