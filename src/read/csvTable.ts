import type { Options } from 'csv-parse';
import { InputError } from '../errors.js';
import { fileLooksLike } from './fileLooksLike.js';

export interface CsvRow {
  cells: string[];
  /** 1-based line on which the row starts, as the user's spreadsheet numbers it. */
  line: number;
}

/**
 * Empty lines and rows of empty cells are skipped here rather than by csv-parse, and line numbers
 * counted here rather than with its `info` option: on a trust's 1,000,000 rows `info` (an object
 * built per record) cost more than the parsing itself.
 */
export const CSV_OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
};

/**
 * csv-parse's `trim` costs a tenth of the parse; cells are trimmed by `cell()` anyway. It is needed
 * only where a quoted cell has spaces before or after it (`Smith, "O'Brien, Amy"`), so it is used
 * when the file's first KiBs show that.
 */
const SPACED_QUOTES = /(^|[,;\t])[ \t]+"|"[ \t]+([,;\t]|\r?$)/m;

/**
 * The delimiter of a file, from its header line: a comma, or the semicolon or tab some locales'
 * Excel writes ("CSV" in much of Europe, "Unicode Text"), when the header has no comma at all.
 */
export function delimiterOf(head: string): ',' | ';' | '\t' {
  // A title line above the header (SIMS, Arbor) may hold no delimiter: judged on the first line that does.
  const lines = head
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10);
  const header = lines.find((line) => /[,\t;]/.test(line)) ?? lines[0] ?? '';
  if (header.includes(',')) return ',';
  if (header.includes('\t')) return '\t';
  return header.includes(';') ? ';' : ',';
}

/** An Excel workbook saved under a .csv name reads as binary noise: say what it is instead. */
export function checkNotSpreadsheet(file: string, head: string): void {
  if (
    head.startsWith('PK\u0003\u0004') ||
    head.startsWith('\u00d0\u00cf\u0011\u00e0') ||
    head.startsWith('\ufffd\ufffd\u0011\ufffd')
  ) {
    throw new InputError(
      file,
      undefined,
      'is an Excel workbook, not a CSV file',
      'Open it in Excel and save it with File › Save As › "CSV UTF-8 (Comma delimited)".',
    );
  }
}

/** Whether a file needs csv-parse's `trim`, judged by its first KiBs. */
export function needsTrim(head: string): boolean {
  return SPACED_QUOTES.test(head);
}

/** Adds a record unless its cells are all blank; returns the line the next record starts on. */
export function addRow(rows: CsvRow[], record: string[], line: number): number {
  // The line a row starts on, as the user's spreadsheet numbers it.
  if (!isBlankRecord(record)) rows.push({ cells: record, line });
  return line + 1 + newlinesIn(record);
}

/** A record of blank cells (an empty line, or a row of commas): skipped. */
export function isBlankRecord(record: readonly string[]): boolean {
  // A loop, not `every` with an arrow: no function made for each of a trust's million rows.
  for (let i = 0; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

/** csv-parse's complaint as an input error at the line it names (counted from `lineOffset`). */
export function unreadableCsv(file: string, error: unknown, lineOffset: number): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/i.exec(message)?.[1];
  return new InputError(
    file,
    line ? Number(line) + lineOffset : undefined,
    `is not a readable CSV file (${message.replace(/^Invalid[^:]*:\s*/, '')})`,
    'Open it in a spreadsheet, look at that row, and save it again as "CSV UTF-8 (Comma delimited)".',
  );
}

/** Lines a record spans beyond its first: a quoted cell may hold line breaks. */
function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const value of record) {
    if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) continue;
    count += (value.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return count;
}

/** Header names compare without regard to case, spaces, underscores or punctuation. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type ColumnAliases<F extends string> = Record<F, readonly string[]>;
export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

/**
 * Finds each field's column. `required` lists alternatives: `[['staffId', 'staffName']]`
 * means one of the two must be there. Wrong headers say what was found and what was expected.
 */
export function mapColumns<F extends string>(
  fileName: string,
  header: CsvRow,
  aliases: ColumnAliases<F>,
  required: readonly (F | readonly F[])[],
  describe: string,
): ColumnIndex<F> {
  const keys = header.cells.map(headerKey);
  const index: ColumnIndex<F> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const at = keys.indexOf(headerKey(alias));
      if (at >= 0) {
        index[field] = at;
        break;
      }
    }
  }
  const missing = required.filter((need) =>
    (Array.isArray(need) ? need : [need]).every((f: F) => index[f] === undefined),
  );
  if (missing.length > 0) {
    const looks = header.line === 1 ? fileLooksLike(header.cells.join(',')) : undefined;
    if (looks) throw new InputError(fileName, undefined, `is ${looks.what}, not ${describe}`, looks.hint);
    const wanted = missing
      .map((need) => (Array.isArray(need) ? need : [need]).map((f: F) => `"${aliases[f][0]}"`).join(' or '))
      .join(', ');
    throw new InputError(
      fileName,
      header.line,
      `does not look like ${describe}: no column ${wanted}`,
      `Found columns: ${foundColumns(header.cells)}.`,
    );
  }
  return index;
}

/** Enough of a header to recognise it: a file of 10 MB on one line must not fill the screen. */
const FOUND_COLUMNS_CHARS = 200;

function foundColumns(cells: readonly string[]): string {
  const all = cells.map((c) => JSON.stringify(c.length > 40 ? `${c.slice(0, 39)}…` : c)).join(', ');
  if (all.length <= FOUND_COLUMNS_CHARS) return all || '(none)';
  const cut = all.lastIndexOf(', ', FOUND_COLUMNS_CHARS);
  return `${all.slice(0, cut > 0 ? cut : FOUND_COLUMNS_CHARS)}, … (${cells.length.toLocaleString('en-GB')} columns in all)`;
}

/** A cell by field, trimmed, or undefined when absent or empty. */
export function cell<F extends string>(row: CsvRow, columns: ColumnIndex<F>, field: F): string | undefined {
  return cellAt(row, columns[field]);
}

/** A cell by column number, trimmed, or undefined when absent or empty (or `at` is undefined or -1). */
export function cellAt(row: CsvRow, at: number | undefined): string | undefined {
  if (at === undefined || at < 0) return undefined;
  const value = row.cells[at]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
