import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests share no module state they change (no mocks, no env edits), so each worker keeps its
    // modules between files instead of loading vitest and the code afresh for each of ~90 files.
    isolate: false,
    pool: 'forks',
    // Two cores; a third worker because the end-to-end files mostly wait on the CLI they spawn.
    maxWorkers: 3,
    // A last guard only: tests wait for what they need, and a loaded machine is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
