import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Tests that drive prompts on @inquirer/testing's screen (directly or through the prompt harness):
// the screen replaces the prompt modules with vi.mock, so each such file needs its own module graph.
// Found by what they import, so that a new one cannot slip into the shared project.
const SCREEN_TESTS = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file}`)
  .filter((file) => /@inquirer\/testing|prompts\/harness\.js/.test(readFileSync(file, 'utf8')));

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
