import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolders } from './tempFolders.js';

/**
 * The suite left hundreds of folders under /tmp after a day's runs (`no-current-*` from one file alone): every
 * test file that makes a temporary folder removes it, through tempFolders or its own hook, so that the suite
 * is clean to run on a school's laptop.
 */
const folders = tempFolders('helper-check');
const made: string[] = [];
afterAll(() => {
  // Registered after tempFolders' own hook, so run before it (vitest runs afterAll hooks last first).
  expect(made.every((folder) => existsSync(folder))).toBe(true);
});

describe('tempFolders', () => {
  it('makes a fresh folder each time, kept until the file’s tests are done', () => {
    made.push(folders.make(), folders.make());
    expect(made[0]).not.toBe(made[1]);
    expect(made.every((folder) => existsSync(folder) && readdirSync(folder).length === 0)).toBe(true);
  });
});

const TEST_ROOT = path.resolve('test');
const MAKES_FOLDER = /\bmkdtemp(Sync)?\(/;
/** A removal the test cannot skip by failing: a hook, a `finally`, or tempFolders (a hook of its own). */
const REMOVES_IT = /\bafterAll\(|\bafterEach\(|\bonTestFinished\(|\bfinally\b|\btempFolders\(/;

describe('the suite', () => {
  it('removes every temporary folder a test file makes, whether its tests pass or fail', () => {
    const files = readdirSync(TEST_ROOT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const littering = files.filter((file) => {
      const text = readFileSync(path.join(TEST_ROOT, file), 'utf8');
      return MAKES_FOLDER.test(text) && !REMOVES_IT.test(text) && !file.startsWith('helpers/');
    });
    expect(littering).toEqual([]);
  });
});
