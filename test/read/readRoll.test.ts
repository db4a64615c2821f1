import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { textSourceFromBytes, textSourceFromString } from '../../src/io/TextSource.js';
import { readRoll } from '../../src/read/readRoll.js';
import { splitFullName } from '../../src/read/splitFullName.js';

const fixture = async (name: string) =>
  textSourceFromBytes(name, await readFile(new URL(`fixtures/${name}`, import.meta.url)));

describe('readRoll', () => {
  it('reads a SIMS export with a BOM, CRLF, padded years and leading-zero admission numbers', async () => {
    const pupils = await readRoll(await fixture('sims-roll.csv'));
    expect(pupils).toHaveLength(2);
    expect(pupils[0]).toMatchObject({
      id: 'A100000000001',
      upn: 'A100000000001',
      admissionNumber: '001234',
      legalForename: 'Oliver',
      legalSurname: 'Smith',
      preferredForename: 'Ollie',
      middleNames: 'James',
      dob: '2019-04-03',
      yearGroup: 'Year 2',
      regGroup: '2B',
      source: { file: 'sims-roll.csv', line: 2 },
    });
    expect(pupils[1]).toMatchObject({ legalForename: 'Siobhán', legalSurname: "O'Brien", admissionNumber: '000077' });
  });

  it('reads an Arbor leavers export with ISO dates', async () => {
    const [pupil] = await readRoll(await fixture('arbor-leavers.csv'));
    expect(pupil).toMatchObject({
      id: 'C100000000001',
      legalForename: 'Jack',
      dob: '2013-01-01',
      leavingDate: '2024-07-20',
    });
  });

  it('decodes a Windows-1252 export and uses the admission number as id without a UPN', async () => {
    const [pupil] = await readRoll(await fixture('windows-1252-roll.csv'));
    expect(pupil).toMatchObject({ id: '000501', legalSurname: 'Müller', legalForename: 'Zoë', yearGroup: 'Year 4' });
  });

  it('writes a year exported as a bare number as a year group', async () => {
    const pupils = await readRoll(
      textSourceFromString('roll.csv', 'UPN,Forename,Surname,Year\nA1,Amy,Lee,8\nA2,Bo,Lee,08\nA3,Cy,Lee,Reception\n'),
    );
    expect(pupils.map((p) => p.yearGroup)).toEqual(['Year 8', 'Year 8', 'Reception']);
  });

  it('keeps a pupil whose DOB is unreadable, saying why', async () => {
    const [pupil] = await readRoll(
      textSourceFromString('roll.csv', 'UPN,Forename,Surname,DOB\nA1,Amy,Lee,31/02/2013\n'),
    );
    expect(pupil?.dob).toBeUndefined();
    expect(pupil?.unreadableDob).toBe('31/02/2013');
  });

  it('splits a single name column written surname first', async () => {
    const [pupil] = await readRoll(textSourceFromString('roll.csv', 'Adno,Name,DOB\n7,"SMITH, Jane Ann",01/01/2015\n'));
    expect(pupil).toMatchObject({ legalSurname: 'SMITH', legalForename: 'Jane Ann' });
    expect(splitFullName('Jane Ann Smith')).toEqual({ forename: 'Jane Ann', surname: 'Smith' });
  });

  it('says which columns it found and which it expected when the headers are wrong', async () => {
    const error = await readRoll(await fixture('not-a-roll.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'not-a-roll.csv:1: does not look like a pupil roll (MIS export): no column "UPN" or "Adno"',
    );
    expect((error as InputError).hint).toBe('Found columns: "Pupil", "Class", "Teacher".');
  });

  it('quotes the file, line and value of an unreadable leaving date', async () => {
    const source = textSourceFromString(
      'leavers.csv',
      'UPN,Forename,Surname,DOB,Date of Leaving\nA1,Amy,Lee,01/01/2013,20/07/2024\nA2,Ben,Lee,01/01/2013,32/07/2024\n',
    );
    await expect(readRoll(source)).rejects.toThrow('leavers.csv:3: leaving date "32/07/2024" is not a date');
  });

  it('refuses a row without any id', async () => {
    await expect(readRoll(textSourceFromString('roll.csv', 'UPN,Adno,Forename,Surname\n,,Amy,Lee\n'))).rejects.toThrow(
      'roll.csv:2: has no UPN or admission number',
    );
  });
});
