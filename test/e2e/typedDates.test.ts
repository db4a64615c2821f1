import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHOOL } from '../commands/harness.js';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * A Headteacher types a date as they write it: `--date 24/11/26` was refused as "not a date", as were
 * `--review-on 1/9/27` and `--dob 14/02/07`. Typed dates are read as a file's are, day first, a two-digit
 * year's century placed by today; a form that reads two ways (`24-11-26`, yy-mm-dd too) is still refused.
 */
const folders = tempFolders('typed-dates');
const SAMPLE = path.resolve('samples/westacre-infant');
// Next year, as a two-digit year: a review date must be after today, whenever the suite is run.
const NEXT = new Date().getFullYear() + 1;
const NEXT_YY = String(NEXT % 100).padStart(2, '0');

describe('dates typed as a person writes them', { timeout: 60_000 }, () => {
  it('audit --date 24/11/26 is the audit of 24 November 2026, the same report as --date 2026-11-24', () => {
    const iso = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--format', 'json']);
    for (const typed of ['24/11/26', '24-11-2026']) {
      const run = runCli(['audit', SAMPLE, '--date', typed, '--format', 'json']);
      expect(run.stderr, typed).toBe('');
      expect(run.code, typed).toBe(iso.code);
      expect(run.stdout, typed).toBe(iso.stdout);
    }
    expect(JSON.parse(iso.stdout).auditDate).toBe('2026-11-24');
  });

  it('refuses a date that reads two ways, quoting it and the forms it takes', () => {
    const run = runCli(['audit', SAMPLE, '--date', '24-11-26', '--format', 'json']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('--date "24-11-26" could be year first or day first');
    expect(run.stderr).toContain('--date 24/11/26');
    const us = runCli(['audit', SAMPLE, '--date', '11/24/2026']);
    expect(us.code).toBe(2);
    expect(us.stderr).toContain('"11/24/2026" is no such day');
  });

  it('review --review-on and exemptions add --review-on take DD/MM/YY', () => {
    const cwd = folders.make();
    cpSync(SCHOOL, path.join(cwd, 'school'), { recursive: true });
    expect(runCli(['audit', 'school', '--date', '24/11/26', '--out', 'school/audit.json'], { cwd }).code).toBe(1);
    const findings = JSON.parse(readFileSync(path.join(cwd, 'school', 'audit.json'), 'utf8')).findings as {
      number: number;
      pupil: { id: string };
    }[];
    const zoe = String(findings.find((f) => f.pupil.id === 'A100000000002')!.number);
    const by = ['--recorded-by', 'K. Head'];
    const family = ['--decision', 'family', '--relationship', 'cousin', '--review-on', `1/9/${NEXT_YY}`];
    const reviewed = runCli(['review', 'school/audit.json', '--finding', zoe, ...family, ...by], { cwd });
    expect(reviewed.stderr).toBe('');
    expect(reviewed.code).toBe(0);
    const added = runCli(
      [
        'exemptions',
        'add',
        'school',
        '--staff-id',
        'S3',
        '--pupil-id',
        'A100000000001',
        '--relationship',
        'parent',
      ].concat(['--review-on', `02.03.${NEXT_YY}`, ...by]),
      { cwd },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const exemptions = readFileSync(path.join(cwd, 'school', 'exemptions.csv'), 'utf8');
    expect(exemptions).toMatch(new RegExp(`^S1,A100000000002,cousin,[-\\d]+,K\\. Head,${NEXT}-09-01,`, 'm'));
    expect(exemptions).toMatch(new RegExp(`^S3,A100000000001,parent,[-\\d]+,K\\. Head,${NEXT}-03-02,`, 'm'));
  });
});
