import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolders } from '../../helpers/tempFolders.js';
import { auditAs } from './auditFixture.js';

/**
 * Display names that hide a pupil's name from a reader of the stored text but not from a person
 * looking (ux45's finding; invented people): a spreadsheet formula that shows the name
 * (`=HYPERLINK("…","Nia Adeyemi")`), and a right-to-left override before a name whose letters an
 * isolate or a left-to-right override draws in order again.
 */
const [LRO, RLO, LRI, PDI] = ['\u202d', '\u202e', '\u2066', '\u2069'];
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const folders = tempFolders('hidden-names');
let dir: string;
beforeAll(async () => {
  dir = folders.make();
  await writeFile(
    path.join(dir, 'roll.csv'),
    [
      'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
      'N1,Adeyemi,Nia,03/04/2013,Year 8,8A',
      'T1,Ashdown,Tilly,15/09/2012,Year 9,9B',
      'K1,Okafor,Kemi,21/01/2012,Year 9,9C',
      'M1,Whitlock,Maisie,02/06/2011,Year 10,10A',
      '',
    ].join('\n'),
  );
  await writeFile(path.join(dir, 'staff.csv'), ['staff_id,name,role', 'S1,Dora Quill,Teacher', ''].join('\n'));
  await writeFile(
    path.join(dir, 'connections.csv'),
    [
      'staff_id,platform,display_name,username,relationship,connected_on',
      'S1,facebook,"=HYPERLINK(""https://www.facebook.com/profile.php?id=1"",""Nia Adeyemi"")",,friend,2025-02-02',
      `S1,instagram,${RLO}${LRI}Tilly Ashdown${PDI},,follower,2025-02-02`,
      `S1,instagram,${RLO}${LRO}Kemi Okafor,,follower,2025-02-02`,
      'S1,facebook,"=""Maisie ""&""Whitlock""",,friend,2025-02-02',
      '',
    ].join('\n'),
  );
});

const run = (format: string) => auditAs(dir, format);

describe('a name hidden in a formula, or behind an override an isolate undoes', () => {
  it('is read as a person sees it: every pupil found', async () => {
    const { code, stdout } = await run('json');
    expect(code).toBe(1);
    const found = JSON.parse(stdout).findings.map((f: { pupil: { id: string } }) => f.pupil.id);
    expect(found.sort()).toEqual(['K1', 'M1', 'N1', 'T1']);
  });

  it('is shown in the text report without a control that reorders a line', async () => {
    const { code, stdout } = await run('text');
    expect(code).toBe(1);
    expect(stdout).toContain('Tilly Ashdown');
    expect(stdout).not.toMatch(BIDI);
  });

  it('is written in the CSV report as text a spreadsheet will not run', async () => {
    const { code, stdout } = await run('csv');
    expect(code).toBe(1);
    expect(stdout).not.toMatch(BIDI);
    expect(stdout).toContain(`"'=HYPERLINK(""https://www.facebook.com/profile.php?id=1"",""Nia Adeyemi"")"`);
    expect(stdout).not.toMatch(/(^|,)=/m);
  });

  it('leaves the PDF whole', async () => {
    const { code } = await run('pdf');
    expect(code).toBe(1);
  });
});
