import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../../helpers/tempFolders.js';
import { afterTypedFolder, at, audit } from './auditFixture.js';

/** A row of exemptions.csv typed in Excel without its pupil id: refused naming the file, line and value, with what to do. */
const folders = tempFolders('exemption-without-id');

describe('an exemptions.csv row without a pupil id', () => {
  it('is refused (exit 2) with the line, what was found and a hint', async () => {
    const dir = folders.make();
    for (const file of ['roll.csv', 'staff.csv', 'connections.csv'])
      await copyFile(path.join(at('same-staff-name'), file), path.join(dir, file));
    await writeFile(path.join(dir, 'exemptions.csv'), 'staff_id,pupil_id,relationship\nS1,,aunt\n');
    const { code, stderr } = await audit(dir);
    expect(code).toBe(2);
    expect(afterTypedFolder(stderr, dir)).toBe(
      'social-audit: exemptions.csv:2: needs both staff_id and pupil_id (found "S1" and "")\n' +
        '  Fill in the ids of the member of staff and the pupil on that row (`social-audit exemptions list` shows them for the other links), or delete the row.\n',
    );
  });
});
