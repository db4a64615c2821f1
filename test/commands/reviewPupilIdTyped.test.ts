import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { review } from '../../src/commands/review.js';
import { UserError } from '../../src/errors.js';
import { auditSavedAsJson, testIO } from './harness.js';

/**
 * `--pupil-id` was compared as typed: `42` for the roll's admission number `0042` (as Excel shows it), ` 0043 `
 * pasted with spaces, or `AB13` for `ab13`, was refused. It is compared as the roll's reader reads ids.
 */
let dir: string;
let io: ReturnType<typeof testIO>;
const folder = () => path.join(dir, 'school');
const REPORT = 'school/audit.json';

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-typed-id-'));
  mkdirSync(folder());
  const write = (name: string, lines: string[]) => writeFileSync(path.join(folder(), name), `${lines.join('\n')}\n`);
  write('roll.csv', [
    'Adno,Legal Surname,Legal Forename,DOB,Year,Reg',
    '0042,Lee,Sam,01/01/2014,Year 7,7C',
    '0043,Lee,Sam,01/03/2013,Year 8,8C',
    'ab12,Ward,Amelia,01/01/2014,Year 7,7C',
    'ab13,Ward,Amelia,01/01/2015,Year 6,6C',
    '0789,Ashdown,Tilly,03/04/2013,Year 8,8A',
    '00789,Ashdown,Tilly,03/05/2013,Year 8,8B',
  ]);
  write('staff.csv', ['staff_id,name,role', 'S1,Dora Quill,Teacher']);
  write('connections.csv', [
    'staff_id,platform,display_name,username,relationship,connected_on',
    'S1,facebook,Sam Lee,,friend,2025-02-03',
    'S1,facebook,Amelia Ward,,friend,2025-02-03',
    'S1,facebook,Tilly Ashdown,,friend,2025-02-03',
  ]);
  io = testIO(dir);
  const report = await auditSavedAsJson(folder());
  numbers = new Map(report.findings.map((f, i) => [f.connection.name!, String(f.number ?? i + 1)]));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
let numbers: Map<string, string>;

const decide = (account: string, pupilId: string, decision = 'confirm') =>
  review(
    REPORT,
    undefined,
    {
      finding: numbers.get(account)!,
      decision,
      pupilId,
      recordedBy: 'K. Head',
      // With a family link only: beside another decision it is refused.
      ...(decision === 'family' ? { relationship: 'cousin' } : {}),
    },
    io,
  );
const decided = () => readFileSync(path.join(folder(), 'decisions.csv'), 'utf8').trim().split(/\r?\n/).slice(1);

describe('review --pupil-id as a person types it', () => {
  it.each([
    ['43', 'Sam Lee', '0043'],
    [' 0043 ', 'Sam Lee', '0043'],
    ['AB13', 'Amelia Ward', 'ab13'],
  ])('%j is taken as the roll’s %s, %s, and says so', async (typed, account, id) => {
    expect(await decide(account, typed)).toBe(0);
    expect(decided()).toEqual([
      expect.stringMatching(new RegExp(`^S1\\|facebook\\|[a-z ]+\\|${id},S1,${id},confirm,`)),
    ]);
    if (typed.trim() !== id)
      expect(io.out()).toContain(`--pupil-id "${typed}" is taken as ${id}: ${account}, current pupil`);
  });

  it('an id two of the finding’s pupils fit (0789 and 00789) is refused, naming both; nothing is written', async () => {
    const error = await decide('Tilly Ashdown', '789').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const said = (error as UserError).message;
    expect(said).toMatch(/^--pupil-id "789" fits several of finding \d+’s pupils \(/);
    expect(said).toContain('0789 Tilly Ashdown, current pupil, Year 8 8A');
    expect(said).toContain('00789 Tilly Ashdown, current pupil, Year 8 8B');
    expect(() => decided()).toThrow();
  });

  it('exemptions add takes --pupil-id 43 as the roll’s 0043', async () => {
    const options = { staffId: 'S1', pupilId: '43', relationship: 'cousin', recordedBy: 'K. Head', yes: true };
    expect(await exemptionsAdd('school', options, io)).toBe(0);
    expect(readFileSync(path.join(folder(), 'exemptions.csv'), 'utf8')).toMatch(/\nS1,0043,cousin,/);
  });
});
