import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { excelSerial, xlsxBytes } from '../../../scripts/xlsxWriter.mjs';
import { readPupils } from '../../../src/audit/readPupils.js';
import { WarningSink } from '../../../src/audit/WarningSink.js';
import { InputError } from '../../../src/errors.js';
import { textSourceFromBytes, textSourceFromString } from '../../../src/io/TextSource.js';
import { readExemptions } from '../../../src/read/readExemptions.js';
import { readRollFile } from '../../../src/read/readRoll.js';
import { readStaff } from '../../../src/read/readStaff.js';
import { recogniseFile } from '../../../src/read/rolls/recogniseFile.js';
import type { FileSource } from '../../../src/read/rolls/TableImporter.js';

const MIS = new URL('../../e2e/fixtures/mis/', import.meta.url);

/** A file as the folder loader hands it over: text and bytes. */
async function fileAt(relative: string): Promise<FileSource> {
  const bytes = await readFile(new URL(relative, MIS));
  return bytesSource(relative.split('/').pop()!, bytes);
}

function bytesSource(name: string, bytes: Uint8Array): FileSource {
  return { ...textSourceFromBytes(name, bytes), bytes: async () => bytes };
}

describe('MIS rolls', () => {
  it('reads the iSAMS table export by its txt… and int… columns, leavers with their leaving dates', async () => {
    const { pupils, noDobColumn } = await readRollFile(await fileAt('isams-csv/TblPupilManagementPupils.csv'));
    expect(noDobColumn).toBe(false);
    expect(pupils).toHaveLength(4);
    expect(pupils[1]).toMatchObject({
      id: 'HA1043',
      legalForename: 'Idris',
      legalSurname: 'Okonjo',
      preferredForename: 'Dris',
      middleNames: 'Adebayo',
      dob: '2012-10-02',
      yearGroup: 'Year 9',
      regGroup: '9K',
      admissionDate: '2023-09-05',
    });
    expect(pupils[1]!.leavingDate).toBeUndefined();
    expect(pupils[2]).toMatchObject({ legalForename: 'Keeley', leavingDate: '2025-07-18', source: { line: 4 } });
  });

  it('reads iSAMS XML (PupilManager/CurrentPupils/Pupil), numbering pupils by entry', async () => {
    const { pupils } = await readRollFile(await fileAt('isams-xml/iSAMS_PupilManager_Export.xml'));
    expect(
      pupils.map((p) => [
        p.id,
        p.legalForename,
        p.legalSurname,
        p.preferredForename,
        p.dob,
        p.yearGroup,
        p.regGroup,
        p.source.line,
      ]),
    ).toEqual([
      ['HA1042', 'Maisie', 'Thornbury', 'Maisie', '2013-05-14', 'Year 8', '8T', 1],
      ['HA1043', 'Idris', 'Okonjo', 'Dris', '2012-10-02', 'Year 9', '9K', 2],
    ]);
  });

  it('reads a Common Transfer File as leavers: history leaving date, else the header date, and says which', async () => {
    const file = await readRollFile(await fileAt('ctf/801LLLL_CTF_8014000_001.xml'));
    expect(file.leavers).toBe(true);
    expect(
      file.pupils.map((p) => [p.id, p.legalForename, p.preferredSurname, p.dob, p.yearGroup, p.leavingDate, p.school]),
    ).toEqual([
      ['H801400010921', 'Keeley', 'Marchetti', '2010-03-03', 'Year 11', '2025-07-18', 'Harefield Academy'],
      ['H801400010617', 'Tobias', 'Wren', '2006-01-01', 'Year 13', '2025-07-21', 'Harefield Academy'],
    ]);
    expect(file.notes).toEqual([{ why: 'ctf-leaving-date', pupils: 1, sent: '2025-07-21' }]);
    const warnings = new WarningSink();
    await readPupils([await fileAt('ctf/801LLLL_CTF_8014000_001.xml')], warnings);
    expect(warnings.list.map((w) => [w.code, w.source])).toEqual([
      ['FILE_READ_WITH_ASSUMPTION', '801LLLL_CTF_8014000_001.xml'],
    ]);
  });

  it('reads Arbor and Bromcom student lists by their headings, with the School column', async () => {
    const arbor = await readRollFile(await fileAt('arbor/Students.csv'));
    expect(arbor.pupils[0]).toMatchObject({
      id: 'H801400011042',
      admissionNumber: '1042',
      legalForename: 'Maisie',
      preferredSurname: 'Thornbury',
      dob: '2013-05-14',
      yearGroup: 'Year 8',
      regGroup: '8T',
    });
    const bromcom = await readRollFile(await fileAt('bromcom/Student List.csv'));
    expect(
      bromcom.pupils.map((p) => [p.admissionNumber, p.legalSurname, p.regGroup, p.school, p.leavingDate ?? '']),
    ).toEqual([
      ['001042', 'Thornbury', '8T', 'Harefield Academy', ''],
      ['001043', 'Okonjo', '9K', 'Harefield Academy', ''],
      ['000921', 'Marchetti', '11R', 'Harefield Academy', '2025-07-18'],
      ['000617', 'Wren', '13S', 'Harefield Academy', '2022-07-15'],
    ]);
  });

  it('reads a workbook: the first sheet with a roll header, under title rows; dates as date cells, text or serials', async () => {
    const file = await readRollFile(await fileAt('xlsx/Pupils export (3).xlsx'));
    expect(file.pupils.map((p) => [p.id, p.dob, p.yearGroup, p.school, p.source.line])).toEqual([
      ['H801400011042', '2013-05-14', 'Year 8', 'Harefield Academy', 4],
      ['H801400011043', '2012-10-02', 'Year 9', 'Harefield Academy', 5],
      ['H801400011044', '2014-01-30', 'Year 7', 'Harefield Academy', 6],
    ]);
    expect(file.notes).toEqual([{ why: 'sheet', sheet: 'Students' }]);
  });

  it('refuses a workbook with no roll header, naming what it found, and one given without its bytes', async () => {
    const bytes = await xlsxBytes([
      {
        name: 'Sheet1',
        rows: [
          ['Child', 'Class'],
          ['Amy Lee', '2B'],
        ],
      },
    ]);
    await expect(readRollFile(bytesSource('roll.xlsx', bytes))).rejects.toThrow(
      /roll\.xlsx: has no sheet with a recognisable header row[\s\S]*/,
    );
    await expect(readRollFile(bytesSource('roll.xlsx', bytes))).rejects.toMatchObject({
      hint: 'Found columns: "Child", "Class".',
    });
    await expect(readRollFile(textSourceFromBytes('roll.xlsx', bytes))).rejects.toBeInstanceOf(InputError);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readRollFile(bytesSource('roll.xls', xls))).rejects.toThrow(
      'roll.xls: is an Excel 97–2003 workbook (.xls), which is not read',
    );
  });

  it('does not read a number that is not a date as one, nor an admission number', async () => {
    const bytes = await xlsxBytes([
      {
        name: 'S',
        rows: [
          ['Adno', 'Forename', 'Surname', 'DOB'],
          [77, 'Amy', 'Lee', 123],
          [78, 'Bo', 'Ng', excelSerial('2015-06-01')],
        ],
      },
    ]);
    const { pupils } = await readRollFile(bytesSource('roll.xlsx', bytes));
    expect(pupils.map((p) => [p.id, p.dob, p.unreadableDob])).toEqual([
      ['77', undefined, '123'],
      ['78', '2015-06-01', undefined],
    ]);
  });

  it('refuses XML that is not well-formed, naming the file', async () => {
    const broken = textSourceFromString(
      'pupils.xml',
      '<iSAMS><PupilManager><CurrentPupils><Pupil></CurrentPupils></iSAMS>',
    );
    await expect(readRollFile(broken)).rejects.toThrow(/^pupils\.xml:\d+: is not well-formed XML/);
    const other = textSourceFromString(
      'sif.xml',
      '<?xml version="1.0"?><StudentPersonals><StudentPersonal/></StudentPersonals>',
    );
    await expect(readRollFile(other)).rejects.toThrow('sif.xml: is an XML file of a kind not read here');
  });

  it('warns that a roll without a date-of-birth column loses the checks that need ages', async () => {
    const warnings = new WarningSink();
    const roll = textSourceFromString('roll.csv', 'UPN,Forename,Surname\nP1,Amy,Lee\n');
    const pupils = await readPupils([roll], warnings);
    expect(pupils).toHaveLength(1);
    expect(warnings.list.map((w) => [w.code, w.source])).toEqual([['DOB_COLUMN_MISSING', 'roll.csv']]);
    expect(warnings.list[0]!.message).toMatch(/before the pupil was born/);
  });

  it('reads staff and exemptions workbooks, and a school column on staff', async () => {
    const staff = await readStaff(await fileAt('xlsx/staff.xlsx'));
    expect(staff).toEqual([
      expect.objectContaining({ id: 'S1', name: 'Rowan Pettifer', role: 'Teacher', school: 'Harefield Academy' }),
    ]);
    const exemptions = await readExemptions(await fileAt('xlsx/exemptions.xlsx'));
    expect(exemptions).toEqual([
      expect.objectContaining({
        staffId: 'S1',
        pupilId: 'H801400011043',
        relationship: 'nephew',
        recordedOn: '2026-09-01',
      }),
    ]);
  });

  it('recognises what a file holds whatever its name', async () => {
    expect(await recogniseFile(await fileAt('ctf/801LLLL_CTF_8014000_001.xml'))).toBe('leavers');
    expect(await recogniseFile(await fileAt('xlsx/Pupils export (3).xlsx'))).toBe('roll');
    expect(await recogniseFile(await fileAt('isams-xml/iSAMS_PupilManager_Export.xml'))).toBe('roll');
    expect(await recogniseFile(await fileAt('xlsx/staff.xlsx'))).toBe('staff');
    expect(
      await recogniseFile(textSourceFromString('Team.csv', 'Staff ID,Full Name,Job Title\nS1,A B,Teacher\n')),
    ).toBe('staff');
    expect(await recogniseFile(await fileAt('xlsx/connections.csv'))).toBeUndefined();
    expect(await recogniseFile(await fileAt('xlsx/exemptions.xlsx'))).toBeUndefined();
    expect(await recogniseFile(textSourceFromString('notes.txt', 'hello'))).toBeUndefined();
  });
});
