import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/**
 * `report --by-school --out governors/` into a folder kept from term to term, where one school's file
 * cannot be written (here a folder in its way; a full disk alike): the schools' before it were written,
 * the rest still hold last term's. "Nothing was written" alone hid that the folder is now a mix.
 */
let work: string;
let saved: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-by-school-partly-'));
  const trust = path.join(work, 'oak-trust');
  mkdirSync(trust);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    'A1,Priya,Sharma,10/10/2012,Year 9,Ashford',
    'B1,Kacper,Nowak,01/02/2015,Year 6,Brook',
    'C1,Amelia,Thornbury,05/06/2014,Year 7,Cedar',
  );
  write(
    'staff.csv',
    'staff_id,name,role,School',
    'S1,Jane Doe,Teacher,Ashford',
    'S2,Tom Brown,Teacher,Brook',
    'S3,Ann Lee,Teacher,Cedar',
  );
  write(
    'connections.csv',
    'staff_id,platform,display_name,username',
    'S1,instagram,Priya Sharma,priyasharma12',
    'S2,instagram,Kacper Nowak,kacpernowak15',
    'S3,facebook,Amelia Thornbury,',
  );
  saved = path.join(work, 'trust.json');
  expect(runCli(['audit', trust, '--date', '2026-11-24', '--out', saved]).code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--by-school where one school’s file cannot be written', { timeout: 60_000 }, () => {
  it('exit 2, naming the files written and those not, whose old copies are not this audit’s', () => {
    const out = path.join(work, 'schools');
    mkdirSync(path.join(out, 'brook.json'), { recursive: true });
    const run = runCli(['report', saved, '--by-school', '--format', 'json', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Report written to ${path.join(out, 'ashford.json')}`);
    expect(run.stderr).toContain(
      'Of the 3 schools’ reports, 1 was written (said above); 2 were not: brook.json, cedar.json',
    );
    expect(run.stderr).toContain(`A file of those names already in ${out} is an earlier report`);
    expect(run.stderr).not.toContain('audit.pdf');
    expect(readdirSync(out).sort()).toEqual(['ashford.json', 'brook.json']);
  });
});
