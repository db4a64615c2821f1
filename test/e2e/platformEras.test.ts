import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditToJson } from '../helpers/runInProcess.js';
import { zipFolder } from '../io/zipFixtures.js';
import { FIXTURES } from '../read/connections/helpers.js';

/**
 * Downloads of every era a member of staff really hands in (Instagram 2026's labelled lists,
 * LinkedIn 2018–2025 and Excel re-saves, Snapchat's older stamps), each as a folder for one
 * member of staff and as a ZIP for another: every planted pupil is found, a connection made
 * before the pupil was born is never reported, and nothing is passed over unmentioned.
 */
let school: string;

const ROLL = [
  'UPN,Adno,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Reg',
  'A100000000001,002001,Price,Zoë,,14/02/2019,Year 2,2P',
  'A100000000002,002002,Bennett,Oliver,Olly,01/09/2019,Year 2,2P',
  'A100000000003,002003,Evans,Noah,,07/07/2009,Year 12,12E',
  'A100000000004,002004,Clarke,Amelia,,11/11/2020,Year 1,1E',
  'A100000000005,002005,Doyle,Harvey,,23/03/2019,Year 2,2D',
  'A100000000006,002006,Hughes,Megan,,02/05/2021,Reception,RD',
  'A100000000007,002007,Owen,Rhys,,01/05/2008,Year 13,13O',
].join('\n');

const STAFF = ['staff_id,name,role', 'F01,Jane Morgan,Teacher', 'Z01,Tom Baker,Teacher'].join('\n');

const ERAS = ['instagram-2026', 'linkedin-2018', 'linkedin-2022', 'linkedin-excel', 'snapchat-2017'];

beforeAll(async () => {
  school = mkdtempSync(path.join(tmpdir(), 'social-audit-eras-'));
  writeFileSync(path.join(school, 'roll.csv'), ROLL);
  writeFileSync(path.join(school, 'staff.csv'), STAFF);
  // F01 hands in each download as an unpacked folder, Z01 each as the ZIP the platform sent.
  mkdirSync(path.join(school, 'connections', 'F01'), { recursive: true });
  mkdirSync(path.join(school, 'connections', 'Z01'), { recursive: true });
  for (const era of ERAS) {
    cpSync(path.join(FIXTURES, era), path.join(school, 'connections', 'F01', era), { recursive: true });
    writeFileSync(path.join(school, 'connections', 'Z01', `${era}.zip`), await zipFolder(path.join(FIXTURES, era)));
  }
});

afterAll(() => {
  rmSync(school, { recursive: true, force: true });
});

interface JsonFinding {
  staff: { id: string };
  pupil: { name: string };
  connection: { platform: string; name?: string; username?: string; relationship: string; connectedOn?: string };
}

describe('auditing downloads of every era, as folders and as ZIPs', () => {
  it('finds every planted pupil, never one connected before the pupil was born, and names what it passed over', async () => {
    const out = path.join(school, 'report.json');
    const { code, stderr, report } = await auditToJson(school, out);
    expect(stderr).toContain('Report written to');
    expect(code).toBe(1);
    const found = (staff: string) =>
      (report.findings as JsonFinding[])
        .filter((f) => f.staff.id === staff)
        .map(
          (f) =>
            `${f.connection.platform} ${f.connection.relationship} ${f.connection.username ?? f.connection.name} ${f.connection.connectedOn ?? '-'} → ${f.pupil.name}`,
        )
        .sort();
    const expected = [
      'instagram following olly_bennett_10 2025-10-20 → Oliver (Olly) Bennett',
      'instagram request_sent harvey.doyle.21 2025-11-02 → Harvey Doyle',
      'instagram request_sent megan.hughes.21 2025-11-03 → Megan Hughes',
      'instagram request_sent zoe.price09 2025-11-01 → Zoë Price',
      'linkedin friend noah-evans-3c2d 2025-08-14 → Noah Evans',
      'snapchat friend harvey_d21 2024-04-20 → Harvey Doyle',
    ];
    expect(found('F01')).toEqual(expected);
    expect(found('Z01')).toEqual(expected);
    // LinkedIn 2022's "Amelia Clarke" was connected when the pupil was 1: another person, below
    // REVIEW for the calibrated model (the file's rows are still read: see the coverage below).
    expect(JSON.stringify(report.findings)).not.toContain('2022-09-09');
    // So was LinkedIn 2018's "Rhys Owen", connected in 2016 when the pupil was 8, half LinkedIn's
    // minimum age: an adult of the same name. The row is still read: it counts in the coverage below.
    expect(JSON.stringify(report.findings)).not.toContain('2016-11-30');

    const warnings = (report.warnings as { code: string; source?: string }[]).map((w) => `${w.code} ${w.source}`);
    for (const [staff, container] of [
      ['F01', ''],
      ['Z01', '.zip'],
    ]) {
      expect(warnings).toEqual(
        expect.arrayContaining([
          `CONNECTIONS_UNCHECKABLE connections/${staff}/linkedin-2022${container}/Connections.csv`,
          `CONNECTIONS_UNCHECKABLE connections/${staff}/linkedin-excel${container}/Connections.csv`,
          `CONNECTION_DATES_UNREADABLE connections/${staff}/linkedin-excel${container}/Connections.csv`,
          `CONNECTION_DATES_UNREADABLE connections/${staff}/snapchat-2017${container}/mydata~1489572000000/json/friends.json`,
          `DOWNLOAD_FILE_NOT_READ connections/${staff}/instagram-2026${container}`,
        ]),
      );
    }
    expect(warnings).toHaveLength(10);
    // Hidden LinkedIn members are counted among the connections read.
    const coverage = Object.fromEntries(
      report.coverage.map((c: { staff: { id: string }; platforms: Record<string, number> }) => [
        c.staff.id,
        c.platforms,
      ]),
    );
    expect(coverage.F01).toEqual({ instagram: 6, linkedin: 11, snapchat: 3 });
    expect(coverage.Z01).toEqual(coverage.F01);
  });
});
