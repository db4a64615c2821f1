// Writes the Excel workbooks of test/e2e/fixtures/mis/xlsx (invented people), as an MIS exports
// them: a title row above the header, dates as date cells, as text, and as bare serial numbers.
import { writeFileSync } from 'node:fs';
import { excelSerial, xlsxBytes } from './xlsxWriter.mjs';

const folder = new URL('../test/e2e/fixtures/mis/xlsx/', import.meta.url);
const write = async (name, sheets) => writeFileSync(new URL(name, folder), await xlsxBytes(sheets));

await write('Pupils export (3).xlsx', [
  { name: 'About', rows: [['Exported from the MIS on 20/11/2026']] },
  {
    name: 'Students',
    rows: [
      ['Harefield Academy — student list'],
      [],
      [
        'Admission Number',
        'UPN',
        'Legal First Name',
        'Legal Last Name',
        'Preferred First Name',
        'Date of Birth',
        'Year Group',
        'Tutor Group',
        'School',
      ],
      [
        '001042',
        'H801400011042',
        'Maisie',
        'Thornbury',
        'Maisie',
        { date: '2013-05-14' },
        8,
        '8T',
        'Harefield Academy',
      ],
      ['001043', 'H801400011043', 'Idris', 'Okonjo', 'Dris', '02/10/2012', 9, '9K', 'Harefield Academy'],
      ['001044', 'H801400011044', 'Priya', 'Ramanathan', '', excelSerial('2014-01-30'), 7, '7P', 'Harefield Academy'],
    ],
  },
]);
await write('leavers.xlsx', [
  {
    name: 'Leavers',
    rows: [
      ['UPN', 'First Name', 'Last Name', 'Date of Birth', 'Year', 'Date of Leaving'],
      ['H801400010921', 'Keeley', 'Marchetti', { date: '2010-03-03' }, 'Year 11', { date: '2025-07-18' }],
      ['H801400010617', 'Tobias', 'Wren', { date: '2006-01-01' }, 'Year 13', { date: '2022-07-15' }],
    ],
  },
]);
await write('staff.xlsx', [
  {
    name: 'Staff',
    rows: [
      ['Staff ID', 'First Name', 'Last Name', 'Job Title', 'School'],
      ['S1', 'Rowan', 'Pettifer', 'Teacher', 'Harefield Academy'],
    ],
  },
]);
await write('exemptions.xlsx', [
  {
    name: 'Sheet1',
    rows: [
      ['staff_id', 'pupil_id', 'relationship', 'recorded_on'],
      ['S1', 'H801400011043', 'nephew', { date: '2026-09-01' }],
    ],
  },
]);
