import { InputError, quote } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';
import type { Pupil } from '../model/records.js';
import { parseDate } from '../normalise/dates.js';
import { cell, mapColumns, type ColumnAliases, type CsvRow } from './csvTable.js';
import { readCsvBatches } from './readCsvRows.js';

type RollField =
  | 'upn'
  | 'admissionNumber'
  | 'legalForename'
  | 'legalSurname'
  | 'fullName'
  | 'preferredForename'
  | 'preferredSurname'
  | 'middleNames'
  | 'dob'
  | 'yearGroup'
  | 'regGroup'
  | 'admissionDate'
  | 'leavingDate'
  | 'school';

/** Header names used by SIMS, Arbor, Bromcom, Integris, iSAMS and friends; first is what errors quote. */
const ROLL_COLUMNS: ColumnAliases<RollField> = {
  upn: ['UPN', 'Unique Pupil Number'],
  admissionNumber: ['Adno', 'Admission Number', 'Admission No', 'Adm No', 'Admissions Number', 'Pupil ID', 'Student ID', 'School ID'],
  legalForename: ['Legal Forename', 'Forename', 'First Name', 'Legal First Name', 'Forenames', 'Given Name', 'Firstname'],
  legalSurname: ['Legal Surname', 'Surname', 'Last Name', 'Legal Last Name', 'Family Name', 'Lastname'],
  fullName: ['Name', 'Full Name', 'Pupil Name', 'Student Name', 'Pupil', 'Student'],
  preferredForename: ['Preferred Forename', 'Preferred First Name', 'Preferred Name', 'Known As', 'Chosen Forename'],
  preferredSurname: ['Preferred Surname', 'Preferred Last Name', 'Chosen Surname'],
  middleNames: ['Middle Name(s)', 'Middle Names', 'Middle Name'],
  dob: ['DOB', 'Date of Birth', 'Birth Date', 'Birthdate'],
  yearGroup: ['Year', 'Year Group', 'NC Year', 'NC Year Actual', 'Yr', 'Curriculum Year'],
  regGroup: ['Reg', 'Reg Group', 'Form', 'Registration Group', 'Tutor Group', 'Form Group', 'Class'],
  admissionDate: ['Admission Date', 'Date of Admission', 'Entry Date', 'Start Date'],
  leavingDate: ['Date of Leaving', 'Leaving Date', 'Date Left', 'Left Date', 'Leave Date', 'End Date'],
  school: ['School', 'School Name', 'Academy', 'Academy Name'],
};

/**
 * Reads one roll or leavers export. Whether a pupil is current or former is the policy's call
 * (it depends on the audit date), so this only reads what the file says.
 */
export async function readRoll(source: TextSource): Promise<Pupil[]> {
  const pupils: Pupil[] = [];
  let columns: ReturnType<typeof mapColumns<RollField>> | undefined;
  const texts = new TextPool();
  // A piece of rows at a time: one await per piece, not per pupil.
  for await (const batch of readCsvBatches(source)) {
    for (const row of batch) {
      if (!columns) {
        columns = mapColumns(
          source.name,
          row,
          ROLL_COLUMNS,
          [['upn', 'admissionNumber'], ['legalForename', 'fullName'], ['legalSurname', 'fullName']],
          'a pupil roll (MIS export)',
        );
        continue;
      }
      const pupil = readPupil(source.name, row, columns, texts);
      if (pupil) pupils.push(pupil);
    }
  }
  if (!columns) throw new InputError(source.name, undefined, 'is empty', 'Export the roll from your MIS as CSV with a header row.');
  return pupils;
}

/**
 * One string for each text a roll repeats (names, year and registration groups, dates): a trust's
 * 50,000 pupils otherwise keep about 300,000 copies, which every collection copies or marks.
 */
class TextPool {
  private readonly texts = new Map<string, string>();

  get(text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }
}

function readPupil(file: string, row: CsvRow, columns: ReturnType<typeof mapColumns<RollField>>, texts: TextPool): Pupil | undefined {
  const get = (field: RollField): string | undefined => cell(row, columns, field);
  const shared = (field: RollField): string | undefined => texts.get(cell(row, columns, field));
  const upn = get('upn');
  const admissionNumber = get('admissionNumber');
  const id = upn ?? admissionNumber;
  if (!id) throw new InputError(file, row.line, 'has no UPN or admission number', 'Every pupil needs an id so that exemptions and decisions can refer to them.');

  let legalForename = shared('legalForename');
  let legalSurname = shared('legalSurname');
  const fullName = get('fullName');
  if ((!legalForename || !legalSurname) && fullName) {
    const split = splitFullName(fullName);
    legalForename ??= split.forename;
    legalSurname ??= split.surname;
  }
  if (!legalForename && !legalSurname) throw new InputError(file, row.line, `pupil ${quote(id)} has no name`);

  const pupil: Pupil = {
    id,
    legalForename: legalForename ?? '',
    legalSurname: legalSurname ?? '',
    source: { file, line: row.line },
  };
  if (upn) pupil.upn = upn;
  if (admissionNumber) pupil.admissionNumber = admissionNumber;
  assign(pupil, 'preferredForename', shared('preferredForename'));
  assign(pupil, 'preferredSurname', shared('preferredSurname'));
  assign(pupil, 'middleNames', shared('middleNames'));
  // "Year  7" (two spaces) is how SIMS pads single-digit years.
  // Some MIS export the year as a bare number (8, or 08): reports say "Year 8".
  assign(pupil, 'yearGroup', texts.get(get('yearGroup')?.replace(/\s+/g, ' ').replace(/^0?(\d{1,2})$/, 'Year $1')));
  assign(pupil, 'regGroup', texts.get(get('regGroup')?.replace(/\s+/g, ' ')));
  assign(pupil, 'school', texts.get(get('school')?.replace(/\s+/g, ' ')));

  const dob = get('dob');
  if (dob) {
    const iso = parseDate(dob);
    if (iso) pupil.dob = texts.get(iso)!;
    // A DOB we cannot read must not hide a former pupil: the policy reports them for review.
    else pupil.dobProblem = `DOB ${quote(dob)} is not a date`;
  }
  for (const field of ['admissionDate', 'leavingDate'] as const) {
    const raw = get(field);
    if (!raw) continue;
    const iso = parseDate(raw);
    if (!iso) {
      const header = columnHeader(field);
      throw new InputError(file, row.line, `${header} ${quote(raw)} is not a date`, 'Dates are DD/MM/YYYY or YYYY-MM-DD.');
    }
    pupil[field] = texts.get(iso)!;
  }
  return pupil;
}

function columnHeader(field: RollField): string {
  return field === 'leavingDate' ? 'leaving date' : 'admission date';
}

function assign<K extends 'preferredForename' | 'preferredSurname' | 'middleNames' | 'yearGroup' | 'regGroup' | 'school'>(
  pupil: Pupil,
  key: K,
  value: string | undefined,
): void {
  if (value) pupil[key] = value;
}

/** "SMITH, Jane Ann" or "Jane Ann Smith". */
export function splitFullName(name: string): { forename: string; surname: string } {
  const comma = name.indexOf(',');
  if (comma >= 0) return { surname: name.slice(0, comma).trim(), forename: name.slice(comma + 1).trim() };
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { forename: parts[0]!, surname: '' };
  return { forename: parts.slice(0, -1).join(' '), surname: parts[parts.length - 1]! };
}
