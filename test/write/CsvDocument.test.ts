import { describe, expect, it } from 'vitest';
import { textSourceFromBytes } from '../../src/io/TextSource.js';
import type { Exemption } from '../../src/model/records.js';
import { neutraliseFormula, restoreFormula } from '../../src/read/formulaCells.js';
import { type ExemptionField, readExemptions } from '../../src/read/readExemptions.js';
import { CsvDocument } from '../../src/write/CsvDocument.js';
import { EXEMPTIONS_FILE, exemptionValues } from '../../src/write/keptFileKinds.js';

const open = (bytes: Uint8Array | undefined) =>
  CsvDocument.open(
    'exemptions.csv',
    bytes,
    EXEMPTIONS_FILE.aliases,
    EXEMPTIONS_FILE.required,
    EXEMPTIONS_FILE.describe,
  );
const read = (bytes: Uint8Array) => readExemptions(textSourceFromBytes('exemptions.csv', bytes));
const strip = ({ source: _source, ...rest }: Exemption) => rest;

const link = (more: Partial<Exemption> = {}): Exemption => ({
  staffId: 'S1',
  pupilId: 'A123456789012',
  relationship: 'parent',
  recordedOn: '2026-11-24',
  recordedBy: 'K. Head',
  reviewOn: '2027-11-24',
  ...more,
});

describe('CsvDocument (exemptions.csv and decisions.csv edits)', () => {
  it('starts a new file with the contract header, a BOM for Excel and Windows line ends', async () => {
    const doc = open(undefined);
    doc.append(exemptionValues(link()));
    const bytes = doc.toBytes();
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString()).toBe(
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\r\nS1,A123456789012,parent,2026-11-24,K. Head,2027-11-24,\r\n',
    );
    expect((await read(bytes)).map(strip)).toEqual([link()]);
  });

  it('round-trips names and notes with commas, quotes, apostrophes, line breaks and Unicode exactly', async () => {
    const values = [
      link({ recordedBy: `O'Brien, Siobhán "Shiv"`, note: 'Aunt — declared 3 Sept; "see file"\nsecond line' }),
      link({ staffId: 'S2', recordedBy: 'Zoë Ní Bhriain', note: '姐姐 👩‍👧 Łukasz Dvořák' }),
      link({ staffId: 'S3', relationship: 'godmother', note: ',leading comma' }),
    ];
    const doc = open(undefined);
    for (const value of values) doc.append(exemptionValues(value));
    expect((await read(doc.toBytes())).map(strip)).toEqual(values);
  });

  it('neutralises formula-like cells for spreadsheets and reads them back as they were', async () => {
    const notes = [
      '=HYPERLINK("http://x","click")',
      '+44 7700 900123',
      '-',
      '@SUM(A1)',
      "'=already quoted",
      "''=twice",
    ];
    const doc = open(undefined);
    notes.forEach((note, i) => {
      doc.append(exemptionValues(link({ staffId: `S${i}`, recordedBy: '=cmd|" /C calc"!A0', note })));
    });
    const text = doc.toBytes().toString();
    for (const line of text.split('\r\n').slice(1, -1)) {
      for (const cell of line
        .match(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)!
        .map((c) => c.replace(/^,/, '').replace(/^"|"$/g, ''))) {
        expect(cell).not.toMatch(/^[=+\-@]/);
      }
    }
    const back = await read(doc.toBytes());
    expect(back.map((e) => e.note)).toEqual(notes);
    expect(back.every((e) => e.recordedBy === '=cmd|" /C calc"!A0')).toBe(true);
    for (const value of [...notes, 'plain', "'plain", '']) expect(restoreFormula(neutraliseFormula(value))).toBe(value);
  });

  it('keeps every other row byte for byte: LF ends, no BOM, extra columns, odd spacing, no final newline', () => {
    const original =
      'Staff ID , UPN,relationship,notes,pupil name (for us)\nS1, A1 ,parent,"said so, in 2024",Amy\n\nS2,B2,Aunt,,"Bo, B"';
    const doc = open(Buffer.from(original));
    doc.append({ staffId: 'S3', pupilId: 'C3', relationship: 'cousin', note: 'new' });
    expect(doc.toBytes().toString()).toBe(`${original}\nS3,C3,cousin,new,\n`);
    const removed = open(Buffer.from(original));
    expect(removed.remove((get) => get('staffId') === 'S1').length).toBe(1);
    expect(removed.toBytes().toString()).toBe(
      'Staff ID , UPN,relationship,notes,pupil name (for us)\n\nS2,B2,Aunt,,"Bo, B"',
    );
  });

  it('adds a missing column to the header only, when a value needs it', async () => {
    const doc = open(Buffer.from('staff_id,pupil_id\r\nS1,A1\r\n'));
    doc.append(exemptionValues(link({ staffId: 'S2', pupilId: 'B2' })));
    expect(doc.toBytes().toString()).toBe(
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on\r\nS1,A1\r\nS2,B2,parent,2026-11-24,K. Head,2027-11-24\r\n',
    );
    expect((await read(doc.toBytes())).map((e) => e.staffId)).toEqual(['S1', 'S2']);
  });

  it('writes an Excel "CSV" saved in Windows-1252 back as UTF-8, names intact', async () => {
    // é and ü are the same bytes in Windows-1252 and Latin-1, so Node's latin1 writes the Excel file.
    const original = Buffer.from(
      'staff_id,pupil_id,relationship,recorded_by\r\nS1,A1,parent,Renée Müller\r\n',
      'latin1',
    );
    const doc = open(original);
    doc.append({ staffId: 'S2', pupilId: 'B2', relationship: 'sibling', recordedBy: 'Zoë' });
    expect((await read(doc.toBytes())).map((e) => e.recordedBy)).toEqual(['Renée Müller', 'Zoë']);
  });

  it('refuses to edit a file that is not an exemptions file', () => {
    expect(() => open(Buffer.from('UPN,Forename,Surname\r\nA1,Amy,Pond\r\n'))).toThrow(
      /exemptions\.csv:1: does not look like an exemptions file: no column "staff_id"/,
    );
  });

  it('refuses a file csv-parse cannot read naming the line, with how to mend it', () => {
    const broken = 'staff_id,pupil_id,relationship\r\nS1,P1,parent\r\nS2,"P2"x,aunt\r\n';
    let error: unknown;
    try {
      open(Buffer.from(broken));
    } catch (thrown) {
      error = thrown;
    }
    expect(String(error)).toMatch(/exemptions\.csv:3: cannot be read as CSV/);
    expect((error as { hint?: string }).hint).toContain('CSV UTF-8');
  });

  it('replaces a row in its place, drops its duplicates, and appends where none matches', async () => {
    const doc = open(
      Buffer.from(
        'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\nS1,P1,parent,,,,\nS2,P2,parent,,,,first\nS3,P3,parent,,,,\nS2,P2,parent,,,,again',
      ),
    );
    const two = (get: (field: ExemptionField) => string | undefined) =>
      get('staffId') === 'S2' && get('pupilId') === 'P2';
    expect(
      doc.replace(two, { staffId: 'S2', pupilId: 'P2', relationship: 'sibling' }).map((r) => r.get('note')),
    ).toEqual(['first', 'again']);
    doc.replace((get) => get('staffId') === 'S9', { staffId: 'S9', pupilId: 'P9', relationship: 'parent' });
    expect(doc.toBytes().toString().split('\n').slice(1)).toEqual([
      'S1,P1,parent,,,,',
      'S2,P2,sibling,,,,',
      'S3,P3,parent,,,,',
      'S9,P9,parent,,,,',
      '',
    ]);
  });
});
