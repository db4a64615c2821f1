import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * The interface scripts rely on, run on the built CLI as a trust's script writes it: the audit's command line with
 * every option of the floor at once, files named by options beside the folder's, the generic list's headers spelt
 * as spreadsheets spell them, each relationship and both date forms, and the JSON report's fields as scripts read them.
 * Invented people only.
 */
const temp = tempFolders('contract-floor');

const ROLL = `UPN,Legal Forename,Legal Surname,DOB,Year,Reg,Leaving Date
A100000000001,Poppy,Thistlewood,14/03/2015,Year 6,6T,
A100000000002,Rufus,Quenby,02/09/2016,Year 5,5Q,
A100000000005,Ottilie,Fernsby,11/11/2016,Year 5,5Q,24/11/2026
`;
const LEAVERS = `Adno,Forename,Surname,Date of Birth,Date of Leaving
000104,Tamsin,Oakhurst,2012-01-05,2024-07-19
000105,Barnaby,Wrenfield,2005-01-05,2021-07-19
`;
const STAFF = `staff_id,forename,surname,role,email
S1,Ann,Example,Teacher,ann@example.invalid
S2,Bob,Sample,Headteacher,bob@example.invalid
S3,Cas,Specimen,Teaching Assistant,
`;
// Headers as spreadsheets write them: case, spaces and underscores set aside.
const LIST = `Staff ID,PLATFORM,Display_Name,User Name,profile_url,RELATIONSHIP,Connected On
S1,instagram,Poppy Thistlewood,poppy.thistlewood,https://www.instagram.com/poppy.thistlewood,follower,03/02/2025
S1,facebook,Tamsin Oakhurst,,,friend,2025-02-03
S1,facebook,Barnaby Wrenfield,,,friend,2025-02-03
S2,snapchat,Rufus Quenby,rufus.q,,request_received,2025-02-03
S2,tiktok,Ottilie Fernsby,ottiliefernsby,,following,2025-02-03
`;
const MORE = `staffname,platform,displayname,username,relationship,connectedon
Cas Specimen,facebook,Rufus Quenby,,request_sent,01/03/2025
Cas Specimen,tiktok,Quilliam Zzyzx,quilliamzzyzx,follower,
`;
const EXEMPTIONS = `staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note
S3,A100000000002,aunt,2026-01-05,K. Head,2027-01-05,Declared at interview
`;

function school(): string {
  const work = temp.make();
  const files: Record<string, string> = {
    'roll-export.csv': ROLL,
    'leavers-export.csv': LEAVERS,
    'people.csv': STAFF,
    'links.csv': EXEMPTIONS,
    'lists/first.csv': LIST,
    'lists/more/second.csv': MORE,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  }
  return work;
}

const FILES = [
  ...['--roll', 'roll-export.csv', '--roll', 'leavers-export.csv'],
  ...['--connections', 'lists/first.csv', '--connections', 'lists/more'],
  ...['--staff', 'people.csv', '--exemptions', 'links.csv', '--date', '2026-11-24'],
];

interface Finding {
  number: number;
  level: string;
  change?: string;
  reportTo: string;
  staff: { id: string; name: string };
  pupil: { id: string; name: string; status: string; age: number | null };
  connection: Record<string, string>;
  score: number;
  reasons: string[];
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the contract floor, on the built CLI', { timeout: 120_000 }, () => {
  it('audit with every option of the floor: the JSON report’s fields as written', () => {
    const work = school();
    const run = runCli(['audit', ...FILES, '--format', 'json', '--out', 'autumn.json'], { cwd: work });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    const report = read(path.join(work, 'autumn.json'));
    expect(report.tool).toEqual({ name: 'social-audit', version: expect.any(String) });
    expect(report.auditDate).toBe('2026-11-24');
    expect(report.summary).toEqual(expect.any(Object));
    const found = (report.findings as Finding[]).map((f) => `${f.staff.id} ${f.pupil.name} ${f.pupil.status}`);
    // A leaving date on the audit's day is a former pupil's; a former pupil 18 or over is never reported.
    expect(found.sort()).toEqual([
      'S1 Poppy Thistlewood current',
      'S1 Tamsin Oakhurst former',
      'S2 Ottilie Fernsby former',
      'S2 Rufus Quenby current',
    ]);
    (report.findings as Finding[]).forEach((finding, i) => {
      expect(finding.number).toBe(i + 1);
      expect(['flag', 'review']).toContain(finding.level);
      expect(['Designated Safeguarding Lead', 'Chair of Governors', 'Headteacher']).toContain(finding.reportTo);
      expect(finding.score).toBeGreaterThanOrEqual(0);
      expect(finding.score).toBeLessThanOrEqual(1);
      expect(finding.reasons.length).toBeGreaterThan(0);
      expect(finding.connection.source).toMatch(/:\d+$/);
      expect(finding.connection.connectedOn).toBe('2025-02-03');
    });
    const byPupil = new Map((report.findings as Finding[]).map((f) => [f.pupil.name, f]));
    expect(byPupil.get('Poppy Thistlewood')).toMatchObject({
      staff: { id: 'S1', name: 'Ann Example' },
      pupil: { id: 'A100000000001', status: 'current', age: 11 },
      connection: { platform: 'instagram', name: 'Poppy Thistlewood', username: 'poppy.thistlewood' },
      reportTo: 'Designated Safeguarding Lead',
    });
    expect(byPupil.get('Poppy Thistlewood')!.connection.relationship).toBe('follower');
    expect(byPupil.get('Rufus Quenby')).toMatchObject({
      reportTo: 'Chair of Governors',
      connection: { relationship: 'request_received' },
    });
    // Without a UPN the admission number is the pupil's id.
    expect(byPupil.get('Tamsin Oakhurst')!.pupil).toMatchObject({ id: '000104', status: 'former', age: 14 });
    expect(report.exempted).toEqual([
      expect.objectContaining({
        staff: expect.objectContaining({ id: 'S3' }),
        pupil: expect.objectContaining({ id: 'A100000000002' }),
        connection: expect.objectContaining({ relationship: 'request_sent', connectedOn: '2025-03-01' }),
        exemption: expect.objectContaining({ staffId: 'S3', pupilId: 'A100000000002', relationship: 'aunt' }),
      }),
    ]);
    for (const warning of report.warnings)
      expect(warning).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('--compare marks each finding new or continuing and lists what is gone as resolved, with why', () => {
    const work = school();
    expect(runCli(['audit', ...FILES, '--format', 'json', '--out', 'autumn.json'], { cwd: work }).code).toBe(1);
    const list = path.join(work, 'lists/first.csv');
    writeFileSync(
      list,
      `${LIST.replace(/^S1,facebook,Tamsin.*\n/m, '')}S1,x,Rufus Quenby,rufusquenby,,following,2025-06-01\n`,
    );
    const run = runCli(['audit', ...FILES, '--compare', 'autumn.json', '--format', 'json', '--out', 'spring.json'], {
      cwd: work,
    });
    expect(run.code).toBe(1);
    const report = read(path.join(work, 'spring.json'));
    const changes = (report.findings as Finding[]).map((f) => `${f.staff.id} ${f.pupil.name} ${f.change}`).sort();
    expect(changes).toEqual([
      'S1 Poppy Thistlewood continuing',
      'S1 Rufus Quenby new',
      'S2 Ottilie Fernsby continuing',
      'S2 Rufus Quenby continuing',
    ]);
    expect(report.resolved).toEqual([
      expect.objectContaining({
        staff: expect.objectContaining({ id: 'S1' }),
        pupil: expect.objectContaining({ name: 'Tamsin Oakhurst' }),
        connection: expect.objectContaining({ platform: 'facebook' }),
        why: 'connection gone',
      }),
    ]);
  });

  it('each --format, to standard output or --out, and report --redact in each', () => {
    const work = school();
    const csv = runCli(['audit', ...FILES, '--format', 'csv'], { cwd: work });
    expect(csv.code).toBe(1);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFFlevel,staff_id,/);
    const text = runCli(['audit', ...FILES], { cwd: work });
    expect(text.stdout).toContain('Poppy Thistlewood');
    const pdf = runCli(['audit', ...FILES, '--format', 'pdf', '--out', 'audit.pdf'], { cwd: work });
    expect(pdf.code).toBe(1);
    expect(readFileSync(path.join(work, 'audit.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(runCli(['audit', ...FILES, '--format', 'pdf'], { cwd: work }).stdout.startsWith('%PDF-')).toBe(true);
    expect(runCli(['audit', ...FILES, '--format', 'json', '--out', 'audit-saved.json'], { cwd: work }).code).toBe(1);
    for (const format of ['text', 'json', 'csv', 'pdf']) {
      const report = runCli(['report', 'audit-saved.json', '--format', format, '--out', `r.${format}`, '--redact'], {
        cwd: work,
      });
      expect(report.code).toBe(0);
      expect(readFileSync(path.join(work, `r.${format}`), 'latin1')).not.toContain('Thistlewood');
    }
  });

  it('exit 0 with nothing found, 2 where nothing could be checked', () => {
    const work = school();
    writeFileSync(path.join(work, 'clear.csv'), 'staff_id,display_name\nS1,Quilliam Zzyzx\n');
    const clear = ['--roll', 'roll-export.csv', '--connections', 'clear.csv', '--date', '2026-11-24'];
    expect(runCli(['audit', ...clear], { cwd: work }).code).toBe(0);
    const noList = runCli(['audit', '--roll', 'roll-export.csv', '--date', '2026-11-24'], { cwd: work });
    expect(noList.code).toBe(2);
    expect(noList.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['audit', '--connections', 'clear.csv', '--date', '2026-11-24'], { cwd: work }).code).toBe(2);
  });
});
