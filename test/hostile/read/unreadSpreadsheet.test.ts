import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const LISTS = 'staff_id,staff_name,platform,display_name\r\nST01,Helen Ashworth,facebook,Nia Adeyemi\r\n';
// The start of an OLE compound file, as Excel 97–2003 and Excel 2008 on a Mac save a workbook.
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

const folders = tempFolders('unread-spreadsheet');

function folderHolding(make: (folder: string) => void): string {
  const folder = folders.make();
  writeFileSync(path.join(folder, 'connections.csv'), LISTS);
  make(folder);
  return folder;
}

describe('a roll saved in a spreadsheet form the tool does not read', () => {
  it('is named with how to save it, not passed over as "no roll" (.xls)', async () => {
    const folder = folderHolding((f) => writeFileSync(path.join(f, 'roll.xls'), OLE));
    const { code, stdout, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('has no pupil roll it can read: roll.xls is an Excel 97–2003 workbook (.xls)');
    expect(stderr).toContain('"Excel Workbook (.xlsx)" or "CSV UTF-8"');
  });

  it('names a Numbers document on a Mac, which is a folder', async () => {
    const folder = folderHolding((f) => mkdirSync(path.join(f, 'Pupils.numbers')));
    const { code, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toContain('Pupils.numbers is a Numbers spreadsheet (Mac)');
    expect(stderr).toContain('File › Export To › CSV');
  });

  it('says only "no roll" where the folder holds no spreadsheet at all', async () => {
    const folder = folderHolding(() => undefined);
    const { code, stderr } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toContain('has no pupil roll (no roll.csv or roll.xlsx');
  });
});
