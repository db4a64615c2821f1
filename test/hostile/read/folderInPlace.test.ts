import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { ADD, expectNoStack, schoolPerTest } from '../write/school.js';

const school = schoolPerTest();

/**
 * A folder where the tool takes a file (an unzipped download named staff.csv, a folder made by a mistyped command):
 * every command said "is a folder, not a file", and nothing about what to do. Each now says the file and a hint.
 */
describe('a folder in the place of a file the tool reads or keeps', () => {
  it.each([
    ['staff.csv', 'audit', ['audit', '{folder}', '--date', '2026-11-24']],
    ['exemptions.csv', 'audit', ['audit', '{folder}', '--date', '2026-11-24']],
    ['decisions.csv', 'audit', ['audit', '{folder}', '--date', '2026-11-24']],
    [
      'exemptions.csv',
      'exemptions add',
      ['exemptions', 'add', '{folder}', '--staff-id', 'S3', '--pupil-id', 'A100000000004', ...ADD],
    ],
    ['exemptions.csv', 'exemptions list', ['exemptions', 'list', '{folder}']],
  ])('%s, at %s: exit 2, naming the file, with a hint', async (name, _command, args) => {
    const { folder } = school();
    rmSync(path.join(folder, name), { force: true });
    mkdirSync(path.join(folder, name));
    const run = await runInProcess(args.map((arg) => (arg === '{folder}' ? folder : arg)));
    expect(run.code).toBe(2);
    const [message, hint] = run.stderr.trim().split('\n');
    expect(message).toContain(`${path.join(folder, name)}: is a folder, not a file`);
    expect(hint?.trim()).toMatch(/^\S/);
    expectNoStack(run.stderr);
  });
});
