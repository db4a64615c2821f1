import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHOOL } from '../commands/harness.js';
import { runCli } from './runCli.js';

/** `exemptions remove` of a link never recorded exited 0: a script believed it had removed a family link. */
let work: string;
let folder: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-remove-missing-'));
  folder = path.join(work, 'school');
  cpSync(SCHOOL, folder, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const remove = (staffId: string, pupilId: string) =>
  runCli([
    'exemptions',
    'remove',
    folder,
    '--staff-id',
    staffId,
    '--pupil-id',
    pupilId,
    '--recorded-by',
    'K. Head',
    '--yes',
  ]);

describe('exemptions remove of a link that is not recorded', { timeout: 30_000 }, () => {
  it('exits 2 quoting both ids, points to exemptions list, and leaves the file as it was', () => {
    const file = path.join(folder, 'exemptions.csv');
    const before = readFileSync(file);
    const run = remove('S1', 'A100000000003');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `social-audit: no family link between staff "S1" and pupil "A100000000003" is recorded in ${file}; nothing was changed\n` +
        `  See the links recorded, with their ids, with \`social-audit exemptions list ${folder}\`.\n`,
    );
    expect(readFileSync(file)).toEqual(before);
    expect(existsSync(path.join(folder, 'decisions-log.csv'))).toBe(false);
  });

  it('exits 2 where no link at all is recorded', () => {
    rmSync(path.join(folder, 'exemptions.csv'));
    const run = remove('S2', 'A100000000003');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^social-audit: no family link between staff "S2" and pupil "A100000000003" is recorded/,
    );
    expect(existsSync(path.join(folder, 'exemptions.csv'))).toBe(false);
  });

  it('still removes a link that is recorded, exit 0', () => {
    const run = remove('S2', 'A100000000003');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Removed the family link between /);
  });
});
