import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../../helpers/tempFolders.js';
import { makeZip } from '../../io/zipFixtures.js';
import { afterTypedFolder, at, audit } from './auditFixture.js';

/**
 * A roll or staff list zipped (to email it) and saved under the table's name: said to be a ZIP, naming what it
 * holds, with what to do. It was "not a readable Excel workbook", to be opened in Excel and saved again.
 */
const folders = tempFolders('zip-table');

describe('a ZIP saved under a table’s name', () => {
  it.each(['roll.csv', 'staff.csv'])('%s is refused as the ZIP it is, naming the file it holds', async (name) => {
    const dir = folders.make();
    for (const file of ['roll.csv', 'staff.csv', 'connections.csv'])
      await copyFile(path.join(at('same-staff-name'), file), path.join(dir, file));
    await writeFile(
      path.join(dir, name),
      await makeZip([{ name: 'Pupils export.csv', data: 'UPN,Surname,Forename\n' }]),
    );
    const { code, stderr } = await audit(dir);
    expect(code).toBe(2);
    expect(afterTypedFolder(stderr, dir)).toBe(
      `social-audit: ${name}: is a ZIP archive, not a table (it holds "Pupils export.csv")\n` +
        '  Unzip it, and put the roll or list it holds in the folder in its place (as CSV or an Excel workbook).\n',
    );
  });
});
