import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolders } from '../../helpers/tempFolders.js';
import { audit } from './auditFixture.js';

/**
 * Exports joined into one file, each with its header row (the second's byte-order mark and all; invented people):
 * the header again is read past, in the roll (with a warning naming its line: pupils may be missing or twice),
 * the staff list, a connection list and decisions.csv, where it was a pupil "Legal Forename Legal Surname" of
 * unreadable DOB, a member of staff "name", and a connected_on "connected_on" or a decision "decision" that
 * stopped the audit.
 */
const folders = tempFolders('repeated-header');
let dir: string;
beforeAll(async () => {
  dir = folders.make();
  const roll = 'UPN,Legal Surname,Legal Forename,DOB,Year,Reg';
  await writeFile(
    path.join(dir, 'roll.csv'),
    `\ufeff${roll}\nN1,Adeyemi,Nia,03/04/2013,Year 8,8A\n\ufeff${roll}\nT1,Ashdown,Tilly,15/09/2012,Year 9,9B\n`,
  );
  const staff = 'staff_id,name,role';
  await writeFile(path.join(dir, 'staff.csv'), `${staff}\nS1,Dora Quill,Teacher\n${staff}\nS2,Ivo Brack,TA\n`);
  const list = 'staff_id,platform,display_name,username,relationship,connected_on';
  await writeFile(
    path.join(dir, 'connections.csv'),
    `${list}\nS1,instagram,Nia Adeyemi,,follower,2025-02-02\n${list}\nS2,instagram,Tilly Ashdown,,follower,2025-02-02\n`,
  );
  const decisions = 'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by';
  await writeFile(path.join(dir, 'decisions.csv'), `${decisions}\n${decisions}\n`);
});

describe('a header row repeated halfway through a file', () => {
  it('is read past in the roll, the staff list, a connection list and decisions.csv, the roll saying on which line', async () => {
    const { code, report, stderr } = await audit(dir);
    expect(code, stderr).toBe(1);
    expect(report.summary.pupils.current).toBe(2);
    expect(report.summary.staff).toBe(2);
    expect(report.findings.map((f: { pupil: { id: string } }) => f.pupil.id).sort()).toEqual(['N1', 'T1']);
    const codes = report.warnings.map((w: { code: string }) => w.code);
    expect(codes).not.toContain('DOB_UNREADABLE');
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        code: 'FILE_READ_WITH_ASSUMPTION',
        args: { why: 'repeated-header', lines: [3] },
        source: expect.stringMatching(/roll\.csv$/),
      }),
    );
  });
});
