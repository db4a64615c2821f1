import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { tempFolders } from '../../helpers/tempFolders.js';

/** A roll exported as its header alone, or holding leavers only: an audit of it would check nobody. */
const HEADER = 'UPN,Legal Surname,Legal Forename,DOB,Year,Leaving Date\r\n';
const LISTS = 'staff_id,staff_name,platform,display_name\r\nST01,Helen Ashworth,facebook,Nia Adeyemi\r\n';

const folders = tempFolders('no-current');

function folderWithRoll(roll: string): string {
  const folder = folders.make();
  writeFileSync(path.join(folder, 'roll.csv'), `\uFEFF${roll}`);
  writeFileSync(path.join(folder, 'connections.csv'), LISTS);
  return folder;
}

describe('a roll that holds no current pupil', () => {
  it('stops the audit (exit 2) where the roll is its header alone, rather than reporting nobody found', async () => {
    const folder = folderWithRoll(HEADER);
    const { code, stdout, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('roll.csv: holds no pupils (a header and no rows)');
    expect(stderr).toContain('Export the roll of current pupils');
  });

  it('names the roll that held nobody, not the leavers beside it', async () => {
    const folder = folderWithRoll(HEADER);
    writeFileSync(
      path.join(folder, 'leavers.csv'),
      `${HEADER}Z1,Adeyemi,Nia,17/03/2012,Y9,20/07/2025\r\nZ2,Boateng,Lisa,02/02/2011,Y10,20/07/2025\r\n`,
    );
    const { code, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join(folder, 'roll.csv')}: holds no pupils (a header and no rows)\n`);
    expect(stderr).not.toContain('leavers.csv');
  });

  it('stops the audit where every row has left before the audit date', async () => {
    const folder = folderWithRoll(
      `${HEADER}Z1,Adeyemi,Nia,17/03/2012,Y9,20/07/2025\r\nZ2,Boateng,Lisa,02/02/2011,Y10,20/07/2025\r\n`,
    );
    const { code, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toContain('holds no current pupil (2 leavers)');
  });

  it('audits as before where one pupil is current, even with a leaving date still to come', async () => {
    const folder = folderWithRoll(`${HEADER}Z1,Adeyemi,Nia,17/03/2012,Y9,20/07/2027\r\n`);
    const { code, stdout } = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.pupils.current).toBe(1);
  });
});
