import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * Excel on a Mac (and other spreadsheets) saves dates with two-digit years (`17/03/12`, `5-Jan-13`) or year
 * first with slashes (`2012/10/10`): they were refused, a pupil's age unknown and a leavers list with such a
 * leaving date stopping the audit. They are read where the reading is certain, the century taken from the audit
 * day; what is not a date in any reading is still refused, naming the file, line and value.
 */
const folders = tempFolders('short-years');

const ROLL = [
  'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
  'A1,Ashdown,Tilly,17/03/12,Year 9,9A',
  'A2,Fenwick,Zoe,2012/10/10,Year 9,9B',
  'A3,Quartermaine,Oswin,5-Jan-13,Year 8,8C',
].join('\r');
const LEAVERS = (leaving: string) =>
  [
    'UPN,Legal Surname,Legal Forename,DOB,Year,Date of Leaving',
    `B1,Pendragon,Ysolde,02/02/10,Year 11,${leaving}`,
    'B2,Thistlewood,Barnaby,14/05/99,Year 11,20/07/15',
  ].join('\r');
const LISTS = [
  'staff_id,staff_name,platform,display_name,username,relationship,connected_on',
  'S1,Dora Quill,instagram,Tilly Ashdown,tilly.ashdown,follower,09/11/22',
  'S1,Dora Quill,instagram,Zoe Fenwick,zoe.fenwick,follower,2025/02/03',
  'S1,Dora Quill,instagram,Oswin Quartermaine,oswin.quartermaine,follower,3-Feb-25',
  'S1,Dora Quill,facebook,Ysolde Pendragon,ysolde.pendragon,friend,01/09/24',
  'S1,Dora Quill,facebook,Barnaby Thistlewood,barnaby.thistlewood,friend,01/09/24',
].join('\r');

function school(leaving = '20/07/25', roll = ROLL): string {
  const folder = folders.make();
  writeFileSync(path.join(folder, 'roll.csv'), roll);
  writeFileSync(path.join(folder, 'leavers.csv'), LEAVERS(leaving));
  writeFileSync(path.join(folder, 'connections.csv'), LISTS);
  return folder;
}

interface Report {
  findings: {
    pupil: { id: string; dob?: string; age: number | null; status: string };
    connection: { connectedOn?: string };
  }[];
  warnings: { code: string }[];
}

describe('dates as Excel on a Mac writes them', { timeout: 60_000 }, () => {
  it('reads two-digit years and year-first dates, each pupil with their age', () => {
    const run = runCli(['audit', school(), '--date', '2026-11-24', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.warnings.map((w) => w.code)).not.toContain('DOB_UNREADABLE');
    const byPupil = new Map(report.findings.map((f) => [f.pupil.id, f]));
    expect(byPupil.get('A1')?.pupil).toMatchObject({ dob: '2012-03-17', age: 14 });
    expect(byPupil.get('A1')?.connection.connectedOn).toBe('2022-11-09');
    expect(byPupil.get('A2')?.pupil).toMatchObject({ dob: '2012-10-10', age: 14 });
    expect(byPupil.get('A2')?.connection.connectedOn).toBe('2025-02-03');
    expect(byPupil.get('A3')?.pupil).toMatchObject({ dob: '2013-01-05', age: 13 });
    expect(byPupil.get('A3')?.connection.connectedOn).toBe('2025-02-03');
    // A leaver of 16 (2010, not 1910) is reported; one born in 1999 (not 2099), an adult, is not.
    expect(byPupil.get('B1')?.pupil).toMatchObject({ dob: '2010-02-02', age: 16, status: 'former' });
    expect(byPupil.has('B2')).toBe(false);
  });

  it('reads a leaving date set for next summer as still to come: the pupil is current', () => {
    const run = runCli(['audit', school('22/07/27'), '--date', '2026-11-24', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.find((f) => f.pupil.id === 'B1')?.pupil.status).toBe('current');
  });

  it('still refuses a leaving date that is no date, naming file, line and value', () => {
    const folder = school('25/13/25');
    const run = runCli(['audit', folder, '--date', '2026-11-24']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${path.join(folder, 'leavers.csv')}:2: leaving date "25/13/25" is not a date`);
  });

  it('still refuses a roll whose two-digit dates of birth are all month first (Excel in US English)', () => {
    const roll = [
      'UPN,Legal Surname,Legal Forename,DOB,Year',
      'A1,Ashdown,Tilly,3/4/12,Year 9',
      'A2,Fenwick,Zoe,9/15/12,Year 9',
    ];
    const run = runCli(['audit', school('20/07/25', roll.join('\r')), '--date', '2026-11-24']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('roll.csv:3: DOB "9/15/12" is month first (US order)');
  });

  it('reads exemptions.csv and decisions.csv saved again by Excel on a Mac (1/9/26), rather than stopping the audit', () => {
    const folder = folders.make();
    cpSync(path.resolve('samples/westacre-infant'), folder, { recursive: true });
    const asis = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(asis.code).toBe(1);
    const file = path.join(folder, 'exemptions.csv');
    // Excel's short date: day and month without their zeros, a two-digit year.
    const short = (iso: string) => `${Number(iso.slice(8))}/${Number(iso.slice(5, 7))}/${iso.slice(2, 4)}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\d{4}-\d{2}-\d{2}/g, short));
    expect(readFileSync(file, 'utf8')).toContain(',1/9/26,');
    writeFileSync(
      path.join(folder, 'decisions.csv'),
      'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by\r\nST01|facebook|Nobody|X1,ST01,X1,dismiss,not her,2/12/26,K. Head\r\n',
    );
    const run = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const keep = (text: string) => {
      const { findings, exempted, warnings } = JSON.parse(text) as Record<string, unknown>;
      return { findings, exempted, warnings };
    };
    expect(keep(run.stdout)).toEqual(keep(asis.stdout));
    const list = runCli(['exemptions', 'list', folder, '--format', 'json']);
    expect(list.code).toBe(0);
    const links = (JSON.parse(list.stdout) as { exemptions: { reviewOn: string; recordedOn: string }[] }).exemptions;
    expect(links.map((link) => link.reviewOn)).toEqual(['2027-07-31', '2026-09-01', '2027-10-12']);
    expect(links.map((link) => link.recordedOn)).toEqual(['2022-09-05', '2023-10-02', '2026-10-12']);
  });
});
