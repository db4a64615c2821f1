import { InputError } from '../../errors.js';
import type { FileAssumption } from '../../model/warnings.js';
import { parseDate } from '../../normalise/dates.js';
import type { CsvRow } from '../csvTable.js';
import type { Table, TableImporter } from './TableImporter.js';
import { child, children, parseXml, textAt, type XmlNode } from './xmlTree.js';

const HEADER = [
  'UPN',
  'Surname',
  'Forename',
  'Preferred Surname',
  'Preferred Forename',
  'Middle Names',
  'DOB',
  'NC Year Actual',
  'Date of Leaving',
  'School',
];

/**
 * The DfE Common Transfer File (`CTfile/CTFpupilData/Pupil`), which a school sends when pupils
 * leave: every pupil in it is a former pupil. Each one's leaving date is the one their school
 * history gives at the school that sent the file (or the latest it gives); failing that, the
 * date the file was made (`Header/DateTime`), which the warning says.
 */
export const ctfTable: TableImporter = {
  format: 'a Common Transfer File',
  detect: (head) => /<CTfile[\s>]/.test(head),
  async parse(input): Promise<Table> {
    const tree = await parseXml(input.name, await input.text());
    const file = tree.CTfile;
    if (!file || typeof file === 'string')
      throw new InputError(input.name, undefined, 'has no CTfile element', 'Ask your MIS for the CTF again.');
    const header = child(file, 'Header');
    const source = { lea: textAt(header, 'SourceSchool/LEA'), estab: textAt(header, 'SourceSchool/Estab') };
    const school = textAt(header, 'SourceSchool/SchoolName');
    const rawSent = textAt(header, 'DateTime');
    const sent = rawSent ? parseDate(rawSent) : null;
    // Rows are numbered by pupil (the first pupil in the file is 1): XML has no rows to point at.
    const rows: CsvRow[] = [{ cells: HEADER, line: 0 }];
    let fromHeader = 0;
    let entry = 0;
    for (const data of children(file, 'CTFpupilData')) {
      for (const pupil of children(data, 'Pupil')) {
        entry++;
        let leaving = leavingDate(pupil, source);
        if (!leaving && sent) {
          leaving = sent;
          fromHeader++;
        }
        rows.push({
          line: entry,
          cells: [
            textAt(pupil, 'UPN'),
            textAt(pupil, 'Surname'),
            textAt(pupil, 'Forename'),
            either(pupil, 'PreferredSurname'),
            either(pupil, 'PreferredForename'),
            either(pupil, 'MiddleNames'),
            textAt(pupil, 'DOB'),
            either(pupil, 'NCyearActual'),
            leaving ?? '',
            school,
          ],
        });
      }
    }
    const notes: FileAssumption[] = [];
    if (fromHeader > 0 && sent) notes.push({ why: 'ctf-leaving-date', pupils: fromHeader, sent });
    return { rows, leavers: true, notes };
  },
};

/** A field directly under Pupil or under its BasicDetails, where CTF versions have put it. */
function either(pupil: XmlNode, name: string): string {
  return textAt(pupil, name) || textAt(pupil, `BasicDetails/${name}`);
}

/** The leaving date at the sending school from the pupil's school history, else the latest one given. */
function leavingDate(pupil: XmlNode, source: { lea: string; estab: string }): string | undefined {
  const schools = children(child(pupil, 'SchoolHistory'), 'School');
  const dated = schools
    .map((school) => ({ school, date: parseDate(textAt(school, 'LeavingDate')) }))
    .filter((entry): entry is { school: XmlNode; date: string } => entry.date !== null);
  const here = dated.find(
    ({ school }) =>
      source.estab !== '' &&
      textAt(school, 'Estab') === source.estab &&
      (source.lea === '' || textAt(school, 'LEA') === source.lea),
  );
  if (here) return here.date;
  return dated
    .map(({ date }) => date)
    .sort()
    .at(-1);
}
