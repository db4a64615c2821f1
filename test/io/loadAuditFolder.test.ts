import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { loadAuditFolder } from '../../src/io/loadAuditFolder.js';

const MIS = fileURLToPath(new URL('../e2e/fixtures/mis/', import.meta.url));
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'social-audit-folder-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const put = (name: string, text: string) => writeFileSync(path.join(folder, name), text);
const copy = (from: string, name = path.basename(from)) => cpSync(path.join(MIS, from), path.join(folder, name));
const load = () => loadAuditFolder(nodeFileSystem, { folder });
const names = (sources: readonly { name: string }[] | undefined) => sources?.map((s) => s.name);
const CONNECTIONS = 'staff_id,staff_name,platform,display_name\nS1,Rowan Pettifer,facebook,Amy Lee\n';

describe('loadAuditFolder', () => {
  it('finds rolls, leavers and the staff list by their content whatever their names', async () => {
    copy('ctf/801LLLL_CTF_8014000_001.xml');
    copy('xlsx/Pupils export (3).xlsx');
    put('Team list 2026.csv', 'Staff ID,Full Name,Job Title\nS1,Rowan Pettifer,Teacher\n');
    put('connections.csv', CONNECTIONS);
    put('notes.txt', 'not a list');
    // A findings report saved in the folder names pupils and staff, but is neither a roll nor a staff list.
    put(
      'findings.csv',
      'level,staff_id,staff_name,staff_role,pupil_id,pupil_name,pupil_status,platform,display_name\nflag,S1,Rowan Pettifer,Teacher,P1,Amy Lee,current,Facebook,Amy Lee\n',
    );
    const inputs = await load();
    expect(names(inputs.rolls)).toEqual(['Pupils export (3).xlsx', '801LLLL_CTF_8014000_001.xml']);
    expect(inputs.staff?.name).toBe('Team list 2026.csv');
  });

  it('reads the conventional names first, roll.xlsx beside them, and the staff.csv over a look-alike', async () => {
    put('roll.csv', 'UPN,Forename,Surname,DOB\nP1,Amy,Lee,01/02/2015\n');
    copy('xlsx/leavers.xlsx');
    copy('xlsx/Pupils export (3).xlsx', 'roll.xlsx');
    put('staff.csv', 'staff_id,name\nS1,Rowan Pettifer\n');
    put('Other staff.csv', 'Staff ID,Full Name\nS9,Someone Else\n');
    put('connections.csv', CONNECTIONS);
    const inputs = await load();
    expect(names(inputs.rolls)).toEqual(['roll.csv', 'roll.xlsx', 'leavers.xlsx']);
    expect(inputs.staff?.name).toBe('staff.csv');
  });

  it('refuses a folder with no roll, or with leavers alone, saying what is missing', async () => {
    put('connections.csv', CONNECTIONS);
    await expect(load()).rejects.toThrow(/has no pupil roll/);
    copy('ctf/801LLLL_CTF_8014000_001.xml');
    put('leavers.csv', 'UPN,Forename,Surname,Date of Leaving\nP1,Amy,Lee,20/07/2024\n');
    await expect(load()).rejects.toThrow(
      /has no roll of current pupils, only leavers \(leavers\.csv, 801LLLL_CTF_8014000_001\.xml\)/,
    );
  });

  it('leaves a folder with no connection list to the audit to refuse, after the roll is read', async () => {
    put('roll.csv', 'UPN,Forename,Surname,DOB\nP1,Amy,Lee,01/02/2015\n');
    const inputs = await load();
    const found: unknown[] = [];
    for await (const source of inputs.connections) found.push(source);
    expect(found).toEqual([]);
  });

  it('refuses two staff lists or two exemptions files rather than picking one', async () => {
    put('roll.csv', 'UPN,Forename,Surname,DOB\nP1,Amy,Lee,01/02/2015\n');
    put('connections.csv', CONNECTIONS);
    put('Staff A.csv', 'Staff ID,Full Name\nS1,Rowan Pettifer\n');
    put('Staff B.csv', 'Staff ID,Full Name\nS2,Someone Else\n');
    await expect(load()).rejects.toThrow(/has 2 files that look like a staff list: Staff A\.csv, Staff B\.csv/);
    put('staff.csv', 'staff_id,name\nS1,Rowan Pettifer\n');
    put('exemptions.csv', 'staff_id,pupil_id,relationship\n');
    copy('xlsx/exemptions.xlsx');
    await expect(load()).rejects.toThrow(/has two exemptions files, exemptions\.csv and exemptions\.xlsx/);
  });
});
