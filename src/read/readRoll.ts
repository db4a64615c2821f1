import { InputError, quote } from '../errors.js';
import type { Pupil } from '../model/records.js';
import type { FileAssumption } from '../model/warnings.js';
import { isExcelSerial, parseDateNear, type ShortYearKind } from '../normalise/dates.js';
import { checkNotCutOff } from './checkNotCutOff.js';
import { type ColumnIndex, type CsvRow, cell, mapColumns } from './csvTable.js';
import { encodingAssumption } from './encodingAssumption.js';
import { readCsvBatches } from './readCsvRows.js';
import { excelSerialDate, excelSerialInCsv, type SerialEpoch } from './rolls/excelDates.js';
import { headerAgainNote, headerCells, isHeaderAgain } from './rolls/headerAgain.js';
import { hasColumns, readTable } from './rolls/readTable.js';
import { ROLL_COLUMNS, ROLL_REQUIRED, type RollField } from './rolls/rollColumns.js';
import { slashOrder } from './rolls/slashOrder.js';
import type { FileSource } from './rolls/TableImporter.js';
import { HEADER_SEARCH_ROWS } from './rolls/workbookTable.js';
import { splitFullName } from './splitFullName.js';

/** What a roll file gave: its pupils, and what the reader noticed about the file as a whole. */
export interface RollFile {
  pupils: Pupil[];
  /** The file has no date-of-birth column (some MIS exports leave it out). */
  noDobColumn: boolean;
  /** Assumptions the reader made (a sheet chosen, leaving dates taken from a CTF's header). */
  notes: FileAssumption[];
  /** Every pupil in the file has left (a Common Transfer File). */
  leavers: boolean;
}

/**
 * Reads one roll or leavers export. Whether a pupil is current or former is the policy's call
 * (it depends on the audit date), so this only reads what the file says.
 */
export async function readRoll(source: FileSource, auditDate?: string): Promise<Pupil[]> {
  return (await readRollFile(source, auditDate)).pupils;
}

/**
 * A roll or leavers export in any format an MIS writes: CSV, an Excel workbook, iSAMS XML or a CTF. Given the
 * audit day, dates with two-digit years (`05/01/12`) are read in the century it shows (`parseDateNear`).
 */
export async function readRollFile(source: FileSource, auditDate?: string): Promise<RollFile> {
  const reader = new RollReader(source.name, auditDate);
  const table = await readTable(source, hasColumns(ROLL_COLUMNS, ROLL_REQUIRED));
  if (table) {
    reader.serialDates = table.serialDates;
    for (const row of table.rows) reader.row(row);
  } else {
    // A piece of rows at a time: one await per piece, not per pupil.
    for await (const batch of readCsvBatches(source)) {
      for (const row of batch) reader.row(row);
      reader.unended = batch.unended;
    }
  }
  reader.end();
  if (!reader.columns)
    throw new InputError(source.name, undefined, 'is empty', 'Export the roll from your MIS with a header row.');
  return {
    pupils: reader.pupils,
    noDobColumn: reader.columns.dob === undefined,
    notes: [...(table?.notes ?? []), ...[encodingAssumption(source), headerAgainNote(reader)].filter((n) => !!n)],
    leavers: table?.leavers === true,
  };
}

/** The rows of one roll file, header first, read into pupils. */
class RollReader {
  readonly pupils: Pupil[] = [];
  columns: ColumnIndex<RollField> | undefined;
  serialDates: SerialEpoch | undefined;
  /** Rows before the header (titles), kept until it is found. */
  private readonly above: CsvRow[] = [];
  /** Whether a DOB could only be day first (15/09/2012), and the first row whose DOB could only be month first. */
  private dayFirst = false;
  private monthFirst: CsvRow | undefined;
  /** The last two rows, and whether the file ended with no line break after the last (cut off?). */
  private last: CsvRow | undefined;
  private previous: CsvRow | undefined;
  unended = false;
  private headerWidth = 0;
  private headerCells: string[] = [];
  readonly headerAgain: number[] = [];
  /** A total line, which must be the last row and count the pupils. */
  private footer: CsvRow | undefined;
  private readonly texts = new TextPool();

  constructor(
    private readonly file: string,
    private readonly auditDate: string | undefined,
  ) {}

  row(row: CsvRow): void {
    if (this.footer) throw footerError(this.file, this.footer, this.pupils.length);
    if (!this.columns) {
      // SIMS and Arbor may put a title above the header: looked past, as in a workbook.
      this.above.push(row);
      if (this.above.length <= HEADER_SEARCH_ROWS && !isRollHeader(row.cells)) return;
      this.columns = this.header(row);
      return;
    }
    if (isHeaderAgain(this.headerCells, row)) return void this.headerAgain.push(row.line);
    this.previous = this.last;
    this.last = row;
    if (isFooter(row)) {
      this.footer = row;
      return;
    }
    const pupil = readPupil(this.file, row, this.columns, this.texts, {
      serial: this.serialDates,
      near: this.auditDate,
    });
    if (pupil) this.pupils.push(pupil);
    const order = slashOrder(cell(row, this.columns, 'dob'));
    if (order === 'day-first') this.dayFirst = true;
    else if (order === 'month-first') this.monthFirst ??= row;
  }

  /** Called once every row is read: a file with no header row says what its first row holds. */
  end(): void {
    if (!this.columns && this.above.length > 0) this.columns = this.header(this.above.at(-1)!);
    if (this.unended && this.last && this.last !== this.footer)
      checkNotCutOff(this.file, this.headerWidth, this.last, this.previous);
    if (this.monthFirst && !this.dayFirst) throw monthFirstError(this.file, this.monthFirst, this.columns!);
    if (this.footer && totalOf(this.footer) !== this.pupils.length)
      throw footerError(this.file, this.footer, this.pupils.length);
  }

  private header(row: CsvRow): ColumnIndex<RollField> {
    // No header found: the error names the first row, as it would without the search.
    const header = isRollHeader(row.cells) ? row : this.above[0]!;
    this.above.length = 0;
    this.headerWidth = header.cells.length;
    this.headerCells = headerCells(header);
    return mapColumns(this.file, header, ROLL_COLUMNS, ROLL_REQUIRED, 'a pupil roll (MIS export)');
  }
}

const isRollHeader = hasColumns(ROLL_COLUMNS, ROLL_REQUIRED);

/** "Total: 612" (or "Total pupils 612") alone on a row, as some exports end. */
const TOTAL = /^total\b\D*(\d+)?\s*$/i;

function isFooter(row: CsvRow): boolean {
  const filled = row.cells.filter((c) => c.trim() !== '');
  return filled.length === 1 && TOTAL.test(filled[0]!.trim());
}

function totalOf(row: CsvRow): number | undefined {
  const digits = TOTAL.exec(row.cells.find((c) => c.trim() !== '')!.trim())?.[1];
  return digits === undefined ? undefined : Number(digits);
}

/** Every DOB month first (Excel in US English): 03/04/2012 would be read as 3 April, so none is trusted. */
function monthFirstError(file: string, row: CsvRow, columns: ColumnIndex<RollField>): InputError {
  return new InputError(
    file,
    row.line,
    `DOB ${quote(cell(row, columns, 'dob')!)} is month first (US order), and no DOB in the file is day first`,
    'Excel saved the dates in US order: set the dates column to DD/MM/YYYY (or the region to United Kingdom) and save it again.',
  );
}

/** A total that is not the last row, or does not count the pupils above it, may mean pupils are missing. */
function footerError(file: string, footer: CsvRow, pupils: number): InputError {
  const value = footer.cells.find((c) => c.trim() !== '')!.trim();
  return new InputError(
    file,
    footer.line,
    `${quote(value)} is not a pupil: a total must be the last line and count the ${pupils} pupils above it`,
    'The export may have been cut short: export the roll again. If it is whole, delete this line.',
  );
}

/**
 * One string for each text a roll repeats (names, year and registration groups, dates): a trust's
 * 50,000 pupils otherwise keep a copy for every row, which every collection copies or marks.
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

function readPupil(
  file: string,
  row: CsvRow,
  columns: ColumnIndex<RollField>,
  texts: TextPool,
  dates: RollDates,
): Pupil | undefined {
  const get = (field: RollField): string | undefined => cell(row, columns, field);
  const shared = (field: RollField): string | undefined => texts.get(cell(row, columns, field));
  const upn = get('upn');
  const admissionNumber = get('admissionNumber');
  const id = upn ?? admissionNumber;
  if (!id)
    throw new InputError(
      file,
      row.line,
      'has no UPN or admission number',
      'Every pupil needs an id so that exemptions and decisions can refer to them.',
    );

  let legalForename = shared('legalForename');
  let legalSurname = shared('legalSurname');
  const fullName = get('fullName');
  if ((!legalForename || !legalSurname) && fullName) {
    const split = splitFullName(fullName);
    legalForename ??= split.forename;
    legalSurname ??= split.surname;
  }
  if (!legalForename && !legalSurname)
    throw new InputError(
      file,
      row.line,
      `pupil ${quote(id)} has no name`,
      'Correct the pupil’s record in the MIS and export the roll again: a pupil without a name cannot be looked for.',
    );

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
  assign(
    pupil,
    'yearGroup',
    texts.get(
      get('yearGroup')
        ?.replace(/\s+/g, ' ')
        .replace(/^0?(\d{1,2})$/, 'Year $1'),
    ),
  );
  assign(pupil, 'regGroup', texts.get(get('regGroup')?.replace(/\s+/g, ' ')));
  assign(pupil, 'school', texts.get(get('school')?.replace(/\s+/g, ' ')));

  const dob = get('dob');
  if (dob) {
    const iso = dateOf(dob, dates, 'birth');
    if (iso) pupil.dob = texts.get(iso)!;
    // A DOB we cannot read must not hide a former pupil: the policy reports them for review.
    else pupil.unreadableDob = dob;
  }
  for (const field of ['admissionDate', 'leavingDate'] as const) {
    const raw = get(field);
    if (!raw) continue;
    const iso = dateOf(raw, dates, 'event');
    if (!iso) {
      const header = columnHeader(field);
      if (!dates.serial && isExcelSerial(raw)) throw excelSerialInCsv(file, row.line, header, raw);
      throw new InputError(file, row.line, `${header} ${quote(raw)} is not a date`, DATES_READ);
    }
    pupil[field] = texts.get(iso)!;
  }
  return pupil;
}

/** How a file's dates are read: a workbook's serial numbers from its epoch, two-digit years near the audit day. */
interface RollDates {
  serial: SerialEpoch | undefined;
  near: string | undefined;
}

const DATES_READ = 'Dates are DD/MM/YYYY (or DD/MM/YY) or YYYY-MM-DD.';

/** A date as written, or (in a workbook) as an Excel serial number. */
function dateOf(raw: string, dates: RollDates, kind: ShortYearKind): string | null {
  const iso = parseDateNear(raw, dates.near, kind);
  return iso ?? (dates.serial ? excelSerialDate(raw, dates.serial) : null);
}

function columnHeader(field: RollField): string {
  return field === 'leavingDate' ? 'leaving date' : 'admission date';
}

function assign<
  K extends 'preferredForename' | 'preferredSurname' | 'middleNames' | 'yearGroup' | 'regGroup' | 'school',
>(pupil: Pupil, key: K, value: string | undefined): void {
  if (value) pupil[key] = value;
}
