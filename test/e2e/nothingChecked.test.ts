import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/**
 * Lists that were there but gave no connection to check: an audit of them checked nothing, which the README
 * and the contract make exit 2, never 0. It was 0, "No connections … were found", a clean audit to a script.
 */
let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-nothing-checked-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function school(name: string, files: Record<string, string>): string {
  const folder = path.join(work, name);
  for (const [file, text] of Object.entries({
    'roll.csv': 'UPN,Forename,Surname,DOB,Year\nA1,Priya,Sharma,10/10/2012,Year 9\n',
    ...files,
  })) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

const X_CUT = 'window.YTD.following.part0 = [\n  {\n    "following" : {\n      "accountId" : "45';
const X_NUMBERS_ONLY = 'window.YTD.follower.part0 = [ { "follower" : { "accountId" : "123" } } ]\n';

describe('an audit whose lists gave no connection to check', { timeout: 60_000 }, () => {
  it.each([
    [
      'a list with a header and no rows',
      { 'connections.csv': 'staff_id,platform,display_name\n' },
      /they hold a header and no rows/,
    ],
    [
      'one X archive, cut short',
      { 'connections/S1/data/following.js': X_CUT },
      /connections\/S1\/data\/following\.js: not complete, readable JSON/,
    ],
    [
      'one X archive of account numbers alone',
      { 'connections/S1/data/follower.js': X_NUMBERS_ONLY },
      /carry only an account number/,
    ],
  ])('%s: exit 2, nothing was checked, naming why', (name, files, why) => {
    const folder = school(name.replace(/\W+/g, '-'), files);
    const run = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^social-audit: no connection could be read from the lists in .*: nothing was checked\n/,
    );
    expect(run.stderr).toMatch(why);
    expect(run.code).toBe(2);
  });

  it('one readable connection beside them is an audit (exit 1, the pupil found)', () => {
    const folder = school('one-readable', {
      'connections/S1/data/following.js': X_CUT,
      'connections.csv': 'staff_id,platform,display_name\nS2,facebook,Priya Sharma\n',
    });
    const run = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(run.code).toBe(1);
  });
});
