import { defineConfig } from 'vitest/config';

// These drive prompts on @inquirer/testing's screen, which replaces the prompt modules with
// vi.mock: each needs its own module graph.
const SCREEN_TESTS = ['test/prompts/**/*.test.ts', 'test/commands/exemptions.test.ts', 'test/commands/exemptionsAfterAudit.test.ts', 'test/commands/review.test.ts', 'test/commands/reviewOverrule.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    // Two cores; a third worker because the end-to-end files mostly wait on the CLI they spawn.
    maxWorkers: 3,
    // A last guard only: tests wait for what they need, and a loaded machine is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: SCREEN_TESTS,
          // No other test mocks a module or edits the environment, so a worker keeps its modules
          // from file to file instead of loading vitest and the code again for each of ~90 files.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'screen', include: SCREEN_TESTS } },
    ],
  },
});
