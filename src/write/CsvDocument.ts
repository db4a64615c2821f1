import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../errors.js';
import { decodeText, detectEncoding } from '../io/decode.js';
import { type ColumnAliases, type ColumnIndex, type CsvRow, delimiterOf, mapColumns } from '../read/csvTable.js';
import { neutraliseFormula } from '../read/formulaCells.js';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** One record of the file with the exact bytes it had, so that untouched rows stay as they were. */
export interface CsvRecord extends CsvRow {
  bytes: Buffer;
}

export interface CsvDocumentRow<F extends string> {
  record: CsvRecord;
  /** A field's cell as written (formula-like cells still neutralised), or undefined when empty. */
  get(field: F): string | undefined;
}

/**
 * A CSV file the tool keeps (exemptions.csv, decisions.csv) opened for a small edit: a row added
 * or rows removed. Every other row keeps its bytes, so a file the school has opened in Excel,
 * reordered, or given extra columns is not rewritten behind their back.
 */
export class CsvDocument<F extends string> {
  private constructor(
    readonly fileName: string,
    private readonly aliases: ColumnAliases<F>,
    private readonly bom: boolean,
    private readonly eol: string,
    /** The file's own: Excel in much of Europe saves "CSV" with semicolons, which the audit reads, so the edit keeps them. */
    private readonly delimiter: ',' | ';' | '\t',
    private header: CsvRecord | undefined,
    private readonly records: CsvRecord[],
    private readonly tail: Buffer,
  ) {}

  /**
   * Opens the file's bytes (undefined when it does not exist yet). `required` fields must have a
   * column, as the reader demands, so that a wrong file is refused before anything is written.
   */
  static open<F extends string>(
    fileName: string,
    bytes: Uint8Array | undefined,
    aliases: ColumnAliases<F>,
    required: readonly F[],
    describe: string,
  ): CsvDocument<F> {
    if (bytes === undefined || bytes.length === 0)
      return new CsvDocument(fileName, aliases, true, '\r\n', ',', undefined, [], Buffer.alloc(0));
    const { encoding, bomLength } = detectEncoding(bytes);
    // Anything but UTF-8 (an Excel "CSV" in Windows-1252, UTF-16) is written back as UTF-8 with a BOM.
    const bom = bomLength > 0 || encoding !== 'utf-8';
    const text = Buffer.from(decodeText(bytes).text);
    const eol = lineEnd(text);
    const delimiter = delimiterOf(text.subarray(0, 4096).toString());
    let parsed: { record: string[]; info: { bytes: number; lines: number } }[];
    try {
      parsed = parse(text, {
        delimiter,
        info: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        trim: true,
      }) as unknown as typeof parsed;
    } catch (error) {
      throw unreadable(fileName, text.toString(), error);
    }
    const records: CsvRecord[] = [];
    let start = 0;
    for (const { record, info } of parsed) {
      records.push({ cells: record, line: info.lines, bytes: text.subarray(start, info.bytes) });
      start = info.bytes;
    }
    const header = records.shift();
    const document = new CsvDocument(fileName, aliases, bom, eol, delimiter, header, records, text.subarray(start));
    if (header) document.columns(required, describe);
    return document;
  }

  /** Whether the file has no header yet (it does not exist or is empty). */
  get isNew(): boolean {
    return this.header === undefined;
  }

  /** The data rows with their contract fields, in file order. */
  rows(): CsvDocumentRow<F>[] {
    const columns: ColumnIndex<F> = this.header ? this.columns([], '') : {};
    return this.records.map((record) => ({
      record,
      get: (field: F) => {
        const at = columns[field];
        const value = at === undefined ? undefined : record.cells[at];
        return value === undefined || value === '' ? undefined : value;
      },
    }));
  }

  /**
   * Adds a row. A field with a value but no column in this file gets a column at the end of the
   * header; rows above it are not touched (readers allow short rows).
   */
  append(values: Partial<Record<F, string>>): void {
    this.records.push(this.recordOf(values));
  }

  /**
   * Puts a row in the place of the first row `matches` picks and removes the others it picks; with
   * none, appends it. A link renewed stays where the school keeps it in their (sorted) file.
   */
  replace(
    matches: (get: (field: F) => string | undefined) => boolean,
    values: Partial<Record<F, string>>,
  ): CsvDocumentRow<F>[] {
    const replaced = this.rows().filter((row) => matches(row.get));
    const first = replaced[0];
    if (!first) {
      this.append(values);
      return replaced;
    }
    const record = { ...this.recordOf(values), line: first.record.line };
    this.records.splice(this.records.indexOf(first.record), 1, record);
    for (const row of replaced.slice(1)) this.records.splice(this.records.indexOf(row.record), 1);
    return replaced;
  }

  /** A new record of these values, the header given a column for any field that has none yet. */
  private recordOf(values: Partial<Record<F, string>>): CsvRecord {
    const fields = (Object.keys(this.aliases) as F[]).filter(
      (field) => values[field] !== undefined && values[field] !== '',
    );
    if (!this.header) {
      const names = (Object.keys(this.aliases) as F[]).map((field) => this.aliases[field][0]!);
      this.header = { cells: names, line: 1, bytes: this.format(names) };
    }
    let columns = this.columns([], '');
    const missing = fields.filter((field) => columns[field] === undefined);
    if (missing.length > 0) {
      const cells = [...this.header.cells, ...missing.map((field) => this.aliases[field][0]!)];
      this.header = { cells, line: this.header.line, bytes: this.format(cells) };
      columns = this.columns([], '');
    }
    const cells = this.header.cells.map(() => '');
    for (const field of fields) cells[columns[field]!] = values[field]!;
    const last = this.records[this.records.length - 1];
    return { cells, line: (last?.line ?? this.header.line) + 1, bytes: this.format(cells) };
  }

  /** Removes the rows `matches` picks and returns them. */
  remove(matches: (get: (field: F) => string | undefined) => boolean): CsvDocumentRow<F>[] {
    const removed = this.rows().filter((row) => matches(row.get));
    for (const row of removed) this.records.splice(this.records.indexOf(row.record), 1);
    return removed;
  }

  /** The file as it is to be written. */
  toBytes(): Buffer {
    const parts: Buffer[] = [];
    if (this.bom) parts.push(UTF8_BOM);
    for (const record of this.header ? [this.header, ...this.records] : this.records) {
      if (parts.length > (this.bom ? 1 : 0) && !endsWithNewline(parts[parts.length - 1]!))
        parts.push(Buffer.from(this.eol));
      parts.push(record.bytes);
    }
    if (this.tail.toString().trim() !== '') parts.push(this.tail);
    return Buffer.concat(parts);
  }

  private columns(required: readonly F[], describe: string): ColumnIndex<F> {
    return mapColumns(this.fileName, this.header!, this.aliases, required, describe);
  }

  private format(cells: readonly string[]): Buffer {
    return Buffer.from(
      stringify([cells.map(neutraliseFormula)], { delimiter: this.delimiter, record_delimiter: this.eol }),
    );
  }
}

/** The file's own line end, for the rows written into it: a Mac's lone CR kept as such, CR + LF where there is none. */
function lineEnd(text: Buffer): string {
  if (/\r\n/.test(text.subarray(0, 64 * 1024).toString())) return '\r\n';
  if (text.includes(0x0a)) return '\n';
  return text.includes(0x0d) ? '\r' : '\r\n';
}

function endsWithNewline(bytes: Buffer): boolean {
  return bytes.length > 0 && (bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d);
}

/** csv-parse's error as the person can act on it: the line where the unclosed quote opened, not where the file ended. */
function unreadable(fileName: string, text: string, error: unknown): Error {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = openQuoteLine(text);
    return new InputError(
      fileName,
      line,
      'a quoted cell is never closed (a " with no closing ")',
      'Close the quote, or remove it, in a text editor or Excel, and run the command again.',
    );
  }
  if (typeof code === 'string' && code.startsWith('CSV_')) {
    const line = (error as { lines?: number }).lines;
    return new InputError(
      fileName,
      line,
      `cannot be read as CSV (${(error as Error).message})`,
      'Open it in Excel and save it again as "CSV UTF-8", or mend that line in a text editor.',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The line of the quote still open at the end of the text, reading quotes as csv-parse does with relax_quotes. */
export function openQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedOn: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (openedOn !== undefined) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else openedOn = undefined;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '\n') {
      line++;
      fieldStart = true;
    } else if (char === ',' || char === '\r') {
      fieldStart = true;
    } else if (char === '"' && fieldStart) {
      openedOn = line;
    } else if (char !== ' ' && char !== '\t' && char !== '\ufeff') {
      fieldStart = false;
    }
  }
  return openedOn;
}
