import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { textSourceFromString } from '../../src/io/TextSource.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const DAY = '2026-11-24';
const ROLL = csv(
  'UPN,Forename,Surname,Preferred Forename,DOB,Year,Reg',
  'P1,Oliver,Smith,Ollie,03/04/2019,Year  2,2B',
  'P2,Amelia,Brown,,10/10/2018,Year  3,3A',
);
const LEAVERS = csv(
  'UPN,First Name,Last Name,Date of Birth,Date of Leaving',
  'F1,Jack,Jones,01/01/2013,20/07/2024',
  'F2,Grace,Adult,01/01/2005,20/07/2016',
  'F3,Nadia,Unknown,,20/07/2023',
);
const STAFF = csv(
  'staff_id,name,role',
  'S1,Jane Doe,Teacher',
  'S2,Tom Brown,Teaching Assistant',
  'S3,Quiet Person,Governor',
);
const CONNECTIONS = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S1,facebook,Oliver Smith,,friend,2025-01-01',
  'S1,instagram,,jackjones,follower,',
  'S1,facebook,Grace Adult,,friend,',
  'S1,tiktok,Nadia Unknown,,,',
  'S1,facebook,Somebody Else,,friend,',
  'S2,facebook,"BROWN, Amelia",,friend,',
  'S2,instagram,Amelia Brown,,following,',
);

const audit = (extra: Partial<Parameters<typeof inputsFromText>[0]> = {}) =>
  runAudit(
    inputsFromText({
      rolls: { 'roll.csv': ROLL, 'leavers.csv': LEAVERS },
      staff: STAFF,
      connections: { 'connections.csv': CONNECTIONS },
      ...extra,
    }),
    { auditDate: DAY, school: 'Test School' },
  );

describe('runAudit', () => {
  it('reports current pupils and former pupils under 18, reviews unknown ages, and ignores adults', async () => {
    const report = await audit();
    const found = report.findings.map((f) => [f.staff.id, f.pupil.id, f.reasons.at(-1)]);
    expect(found).toEqual([
      ['S1', 'F1', 'FORMER_PUPIL_UNDER_18'],
      ['S1', 'F3', 'FORMER_PUPIL_DOB_UNKNOWN'],
      ['S1', 'P1', 'CURRENT_PUPIL'],
      ['S2', 'P2', 'CURRENT_PUPIL'],
      ['S2', 'P2', 'CURRENT_PUPIL'],
    ]);
    // Seven rows cannot show how common a name is: an exact name alone is no flag (issue 14).
    expect(report.findings.find((f) => f.pupil.id === 'F3')?.level).toBe('review');
    expect(report.findings.every((f) => f.score >= REVIEW_AT && f.contributions!.length > 0)).toBe(true);
    expect(report.summary).toMatchObject({
      connections: 7,
      findings: { total: 5 },
      staffWithFindings: 2,
      pupils: { current: 2, former: 3, formerInScope: 2 },
    });
  });

  it('excludes a declared family link on every platform and lists each exclusion with its exemption', async () => {
    const report = await audit({
      exemptions: csv(
        'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on',
        'S2,P2,parent,2026-09-01,Head,2027-09-01',
      ),
    });
    expect(report.findings.some((f) => f.staff.id === 'S2')).toBe(false);
    expect(
      report.exempted.map((e) => [e.staff.id, e.pupil.id, e.connection.platform, e.exemption.relationship]),
    ).toEqual([
      ['S2', 'P2', 'facebook', 'parent'],
      ['S2', 'P2', 'instagram', 'parent'],
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('warns about links that exempt nothing or need tidying, quoting their line', async () => {
    const report = await audit({
      exemptions: csv(
        'staff_id,pupil_id,relationship,review_on',
        'S9,P1,parent,',
        'S1,NOPE,parent,',
        'S2,P2,parent,2026-01-01',
        'S1,F2,aunt,',
      ),
    });
    expect(report.warnings.map((w) => [w.code, w.source])).toEqual([
      ['EXEMPTION_UNKNOWN_STAFF', 'exemptions.csv:2'],
      ['EXEMPTION_UNKNOWN_PUPIL', 'exemptions.csv:3'],
      ['EXEMPTION_REVIEW_DUE', 'exemptions.csv:4'],
      ['EXEMPTION_PUPIL_OUT_OF_SCOPE', 'exemptions.csv:5'],
    ]);
  });

  it('warns about a leaver with no leaving date in a leavers list, who is counted as current', async () => {
    const leavers = csv(
      'UPN,First Name,Last Name,Date of Birth,Date of Leaving',
      ...['A', 'B', 'C', 'D', 'E'].map((x, i) => `L${i},Name${x},Left,01/01/2005,20/07/2023`),
      'L9,Hector,Dalrymple,01/01/2005,',
    );
    const report = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': ROLL, 'leavers.csv': leavers }, staff: STAFF, connections: {} }),
      { auditDate: DAY },
    );
    expect(report.warnings.filter((w) => w.code === 'LEAVING_DATE_MISSING').map((w) => w.source)).toEqual([
      'leavers.csv:7',
    ]);
    // The roll itself, where current pupils have no leaving date, is no leavers list.
    expect((await audit()).warnings.some((w) => w.code === 'LEAVING_DATE_MISSING')).toBe(false);
  });

  it('reports progress on long lists, counting the list being read', async () => {
    const rows = Array.from({ length: 45_000 }, (_, i) => `S1,facebook,Person ${i},,friend,`);
    const progress: { connections: number; files: number }[] = [];
    const inputs = inputsFromText({
      rolls: { 'roll.csv': ROLL },
      staff: STAFF,
      connections: {
        'a.csv': CONNECTIONS,
        'b.csv': csv('staff_id,platform,display_name,username,relationship,connected_on', ...rows),
      },
    });
    await runAudit(inputs, { auditDate: DAY, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { connections: 20_000, files: 2 },
      { connections: 40_000, files: 2 },
      { connections: 45_007, files: 2 },
    ]);
  });

  it('shows who handed in which platforms, including staff who handed in nothing', async () => {
    const report = await audit();
    expect(report.coverage.map((c) => [c.staff.id, c.connections, c.platforms])).toEqual([
      ['S1', 5, { facebook: 3, instagram: 1, tiktok: 1 }],
      ['S3', 0, {}],
      ['S2', 2, { facebook: 1, instagram: 1 }],
    ]);
  });

  it('counts a generic list in a member of staff’s folder under its rows’ platforms, not as an unknown platform', async () => {
    const inputs = inputsFromText({ rolls: { 'roll.csv': ROLL }, staff: STAFF });
    inputs.connections = [
      {
        source: textSourceFromString('connections/S2/lists.csv', csv('platform,display_name', 'facebook,Amelia Brown')),
        staffFolder: 'S2',
      },
    ];
    const report = await runAudit(inputs, { auditDate: DAY, school: 'Test School' });
    expect(report.coverage.find((c) => c.staff.id === 'S2')?.platforms).toEqual({ facebook: 1 });
  });

  it('writes nothing about connections that match no one', async () => {
    const report = await audit();
    expect(JSON.stringify(report)).not.toContain('Somebody Else');
  });

  it('knows staff by their lists when there is no staff file, and warns about unknown ids when there is', async () => {
    const withoutStaff = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': ROLL }, connections: { 'c.csv': CONNECTIONS } }),
      { auditDate: DAY },
    );
    expect(withoutStaff.coverage.map((c) => c.staff.id)).toEqual(['S1', 'S2']);
    const unknown = await audit({ connections: { 'c.csv': csv('staff_id,display_name', 'S7,Oliver Smith') } });
    expect(unknown.warnings.map((w) => w.code)).toEqual(['CONNECTIONS_UNKNOWN_STAFF']);
    expect(unknown.findings[0]?.staff.id).toBe('S7');
  });

  it('warns about files it cannot read as connection lists, and about having none', async () => {
    const report = await audit({ connections: { 'notes.txt': 'hello' } });
    // A folder whose only file is not a list has had nothing checked: both are said.
    expect(report.warnings.map((w) => [w.code, w.source])).toEqual([
      ['FILE_NOT_RECOGNISED', 'notes.txt'],
      ['NO_CONNECTIONS', undefined],
    ]);
    const none = await audit({ connections: {} });
    expect(none.warnings.map((w) => w.code)).toEqual(['NO_CONNECTIONS']);
  });

  it('keeps the first record of a pupil listed twice and says so', async () => {
    const report = await audit({
      rolls: {
        'roll.csv': ROLL,
        'leavers.csv': csv('UPN,Forename,Surname,DOB,Date of Leaving', 'P1,Oliver,Smith,03/04/2019,20/07/2024'),
      },
    });
    expect(report.warnings.map((w) => [w.code, w.source])).toEqual([['DUPLICATE_PUPIL', 'leavers.csv:2']]);
    expect(report.findings.find((f) => f.pupil.id === 'P1')?.pupil.status).toBe('current');
  });
});
