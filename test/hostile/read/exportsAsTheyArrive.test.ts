import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { utf32 } from '../../io/utf32.js';
import { afterTypedFolder, at, audit, pupilIds } from './auditFixture.js';
import { makeWorkbook } from './makeWorkbook.js';

/** Connection lists, rolls and downloads as they really arrive (hostile22; invented people). */

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Both fixture pupils on Dora Quill's list, as the generic connections CSV has them. */
const LISTS =
  'staff_id,platform,display_name,username,relationship,connected_on\nS1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02\nS1,instagram,Zoë Fenwick,zoe.f,follower,2025-02-03\n';

/** A copy of a fixture folder, to put a generated file in. */
async function copyOf(folder: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'social-audit-hostile22-'));
  made.push(dir);
  await cp(at(folder), dir, { recursive: true });
  return dir;
}

describe('a list whose staff_id is not in staff.csv but whose staff_name is', () => {
  it('stops, naming file, line, the id and the colleague the name belongs to, rather than giving the list to them', async () => {
    const { code, stdout, stderr } = await runInProcess(['audit', at('unknown-id-known-name'), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(afterTypedFolder(stderr, 'unknown-id-known-name')).toMatch(
      /^social-audit: connections\.csv:3: staff_id "S7" is not in staff\.csv, but "Dora Quill" is, as S1\n/,
    );
    expect(stderr).toMatch(/correct .*staff_id to S1.*add .*to staff\.csv/s);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the list as before once the id is one staff.csv holds', async () => {
    const { code, report } = await audit('same-staff-name');
    expect(code).toBe(1);
    expect(pupilIds(report)).toEqual(['T1', 'T2', 'T3']);
  });

  it('takes the id in other capitals beside the colleague’s own name as theirs (s1, Dora Quill is S1)', async () => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(
      path.join(dir, 'connections.csv'),
      'staff_id,staff_name,platform,display_name,username,relationship,connected_on\ns1,Dora Quill,instagram,Zoë Fenwick,zoe.f,follower,2025-02-03\n',
    );
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f: { staff: { id: string } }) => f.staff.id)).toEqual(['S1']);
  });

  it('without a staff list, keeps two ids of one name apart rather than giving the second’s list to the first', async () => {
    const { code, report } = await audit('same-name-no-staff-list');
    expect(code).toBe(1);
    const staffOf = (id: string) => report.findings.find((f: { pupil: { id: string } }) => f.pupil.id === id).staff.id;
    expect([staffOf('T1'), staffOf('T2')]).toEqual(['S1', 'S7']);
  });
});

describe('a connection date Excel saved as a serial number (its column "General")', () => {
  // A CSV does not say whether Excel counted from 1900 or 1904 (four years apart, which moves a pupil's
  // age when connected): read as the roll reads a CSV's serial DOB, it is not taken for a date, and here it stops.
  it.each([
    [
      'the generic connections.csv',
      'serial-connected',
      /^social-audit: connections\.csv:3: connected_on "45691\.5" is an Excel date serial number/,
    ],
    [
      'LinkedIn’s Connections.csv',
      'serial-linkedin',
      /^social-audit: connections\/S1\/Connections\.csv:2: Connected On "45690" is an Excel date serial number/,
    ],
    [
      'LinkedIn’s Invitations.csv',
      'serial-invitations',
      /^social-audit: connections\/S2\/Invitations\.csv:2: Sent At "45600\.39" is an Excel date serial number/,
    ],
    [
      'a leavers CSV’s leaving date',
      'serial-leaving',
      /^social-audit: leavers\.csv:2: leaving date "46210" is an Excel date serial number/,
    ],
  ])('in %s stops, naming file, line and value, with what to do', async (_what, folder, message) => {
    const { code, stdout, stderr } = await runInProcess(['audit', at(folder), '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(afterTypedFolder(stderr, folder)).toMatch(message);
    expect(stderr).toMatch(/1900 or 1904/);
    expect(stderr).toMatch(/format the .* column as a date/i);
  });
});

describe('a roll CSV whose date of birth is an Excel serial', () => {
  it('checks the pupil with their age unknown, and says the DOB is a serial, why it is not read and what to do', async () => {
    const { code, stdout } = await runInProcess(['audit', at('serial-dob'), '--date', '2026-11-24']);
    expect(code).toBe(1);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(
      /roll\.csv:3: DOB "41167" is an Excel date serial number, not a date \(.*1900 or 1904\), so the pupil was checked with their age unknown/,
    );
  });
});

describe('a roll workbook whose dates of birth are serial numbers in "General" cells', () => {
  // Tilly is born 3 April 2013: serial 41367 counted from 1900, 39905 from 1904.
  it.each([
    ['counted from 1900 (Excel’s default)', false, 41367],
    ['counted from 1904 (Excel 2008/2011 for Mac), as the workbook says', true, 39905],
  ])('reads them %s', async (_what, date1904, serial) => {
    const dir = await copyOf('unknown-id-known-name');
    await rm(path.join(dir, 'roll.csv'));
    await writeFile(
      path.join(dir, 'connections.csv'),
      'staff_id,platform,display_name,username,relationship,connected_on\nS1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02\n',
    );
    const roll = [
      ['UPN', 'Legal Surname', 'Legal Forename', 'DOB', 'Year'],
      ['T1', 'Ashdown', 'Tilly', serial, 'Year 8'],
    ];
    await writeFile(path.join(dir, 'roll.xlsx'), await makeWorkbook(roll, date1904));
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(report.findings.map((f: { pupil: { id: string; age: number } }) => [f.pupil.id, f.pupil.age])).toEqual([
      ['T1', 13],
    ]);
  });
});

describe('a roll in an encoding no MIS writes but a text editor may', () => {
  const roll =
    'UPN,Legal Surname,Legal Forename,DOB,Year,Reg\nT1,Ashdown,Tilly,03/04/2013,Year 8,8A\nT2,Fenwick,Zoë,15/09/2012,Year 9,9B\n';
  const be16 = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
  it.each([
    ['UTF-32 LE with its BOM', utf32(`\ufeff${roll}`, false)],
    ['UTF-32 BE with its BOM', utf32(`\ufeff${roll}`, true)],
    ['UTF-32 LE without a BOM', utf32(roll, false)],
    ['UTF-16 LE without a BOM', Buffer.from(roll, 'utf16le')],
    ['UTF-16 BE without a BOM', be16(roll)],
  ])('reads every pupil, accents kept, from %s', async (_what, bytes) => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(path.join(dir, 'roll.csv'), bytes);
    await writeFile(path.join(dir, 'connections.csv'), LISTS);
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(report.summary.pupils.current).toBe(2);
    expect(report.findings.map((f: { pupil: { name: string } }) => f.pupil.name).sort()).toEqual([
      'Tilly Ashdown',
      'Zoë Fenwick',
    ]);
  });

  it('reads a connection list saved as UTF-16 without a BOM', async () => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(path.join(dir, 'connections.csv'), Buffer.from(LISTS, 'utf16le'));
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(pupilIds(report)).toEqual(['T1', 'T2']);
  });
});

describe('NUL bytes in a CSV', () => {
  it.each([
    ['the end of a roll never written (a crash or a full disk leaves zeros)', 'roll.csv', 'tail'],
    ['the middle of a connection list (an interrupted copy)', 'connections.csv', 'middle'],
  ])(
    'stop the audit where they run over %s, naming the file and the byte, not quoting them',
    async (_what, file, where) => {
      const dir = await copyOf('unknown-id-known-name');
      await writeFile(path.join(dir, 'connections.csv'), LISTS);
      const text = Buffer.from(await readFile(path.join(dir, file)));
      const zeros = Buffer.alloc(4096);
      const cut = text.indexOf('\n') + 1;
      const spoilt =
        where === 'tail'
          ? Buffer.concat([text, zeros])
          : Buffer.concat([text.subarray(0, cut), zeros, text.subarray(cut)]);
      await writeFile(path.join(dir, file), spoilt);
      const { code, stdout, stderr } = await runInProcess(['audit', dir, '--date', '2026-11-24']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const at = where === 'tail' ? text.length : cut;
      expect(afterTypedFolder(stderr, dir)).toMatch(
        new RegExp(
          `^social-audit: ${file.replace('.', '\\.')}: holds 4,096 zero bytes \\(NUL\\) from byte ${at.toLocaleString('en-GB')}`,
        ),
      );
      expect(stderr).toMatch(/export or copy it again/i);
      expect(stderr).not.toContain('\\u0000');
    },
  );

  it('are read past where one stands alone in a name, and the pupil found', async () => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(path.join(dir, 'connections.csv'), LISTS.replace('Tilly Ashdown', 'Til\u0000ly Ashdown'));
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(pupilIds(report)).toEqual(['T1', 'T2']);
  });
});

describe('a file that is not what its name says', () => {
  const page = at('not-what-they-say/download-failed.html');
  const pdf = at('not-what-they-say/report.pdf');
  it.each([
    ['roll.csv', page, /^social-audit: roll\.csv: is a web page \(HTML\), not a pupil roll/],
    ['roll.csv', pdf, /^social-audit: roll\.csv: is a PDF document, not a pupil roll/],
    ['staff.csv', page, /^social-audit: staff\.csv: is a web page \(HTML\), not a staff list/],
    ['connections.csv', page, /^social-audit: connections\.csv: is a web page \(HTML\), not a connection list/],
    ['connections.csv', pdf, /^social-audit: connections\.csv: is a PDF document, not a connection list/],
    ['connections/S2.csv', page, /^social-audit: connections\/S2\.csv: is a web page \(HTML\), not a connection list/],
    [
      'connections.csv',
      'workbook',
      /^social-audit: connections\.csv: is an Excel workbook, not a connection list\n.*CSV UTF-8/,
    ],
  ])('%s that is %s stops, naming the file and what it is, with what to do', async (file, from, message) => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(path.join(dir, 'connections.csv'), LISTS);
    await mkdir(path.join(dir, 'connections'), { recursive: true });
    if (from === 'workbook') await writeFile(path.join(dir, file), await makeWorkbook([['staff_id', 'display_name']]));
    else await cp(from, path.join(dir, file));
    const { code, stdout, stderr } = await runInProcess(['audit', dir, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(afterTypedFolder(stderr, dir)).toMatch(message);
    expect(stderr).toMatch(/again/);
  });

  it('reads an Excel workbook renamed roll.csv as the workbook it is', async () => {
    const dir = await copyOf('unknown-id-known-name');
    await writeFile(path.join(dir, 'connections.csv'), LISTS);
    const roll = [
      ['UPN', 'Legal Surname', 'Legal Forename', 'DOB', 'Year'],
      ['T1', 'Ashdown', 'Tilly', '03/04/2013', 'Year 8'],
      ['T2', 'Fenwick', 'Zoë', '15/09/2012', 'Year 9'],
    ];
    await writeFile(path.join(dir, 'roll.csv'), await makeWorkbook(roll));
    const { code, report } = await audit(dir);
    expect(code).toBe(1);
    expect(pupilIds(report)).toEqual(['T1', 'T2']);
  });
});
