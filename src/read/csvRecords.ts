import { parse as parseSync } from 'csv-parse/sync';
import { addRow, CSV_OPTIONS, type CsvRow, isBlankRecord, unreadableCsv } from './csvTable.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The rows of whole records cut from a CSV file (see `csvPieces.ts`), read at once; `firstLine`
 * is the line the first record starts on. Rows are exactly what csv-parse makes of the bytes.
 *
 * Why two paths: on a trust's 100 MB list csv-parse, reading byte by byte, takes most of an
 * audit's time, yet nearly every record of a connection list is plain: cells without quotes are
 * the text between the commas (RFC 4180), and a cell wholly inside quotes is its text with `""`
 * read as `"`. Such records are split here, each line decoded on its own (so that what is kept of
 * it, a name in a cache or a finding, does not keep the whole piece's text alive). Any other
 * record (a quote inside a cell, text after a closing quote, a line break inside quotes, a stray
 * carriage return) is read by csv-parse, with all such records from there to the piece's end at
 * once; should csv-parse see those records differently (fewer or more of them), all the piece
 * from the first of them is read by csv-parse instead. (The records before it were whole lines
 * that csv-parse reads the same way, so it starts there as it would have.) Files whose cells
 * need trimming are always read by csv-parse.
 */
export function parseCsvRecords(
  file: string,
  bytes: Uint8Array,
  firstLine: number,
  trim: boolean,
  delimiter: ',' | ';' | '\t' = ',',
): CsvRow[] {
  return [...csvRows(file, bytes, firstLine, trim, delimiter)];
}

/**
 * The same rows one at a time, each split only when asked for: a trust's rows are matched as
 * they are read, so that what one row leaves behind dies before the next (a piece's rows built
 * together outlive a young-generation collection, and moving them to the old one is costly).
 * From the first record split here cannot read, the rest of the piece is read as above.
 */
export function* csvRows(
  file: string,
  bytes: Uint8Array,
  firstLine: number,
  trim: boolean,
  delimiter: ',' | ';' | '\t' = ',',
): Generator<CsvRow> {
  const buffer = asBuffer(bytes);
  let line = firstLine;
  let start = 0;
  if (!trim) {
    let nextQuote = buffer.indexOf(QUOTE);
    while (start < buffer.length) {
      if (nextQuote >= 0 && nextQuote < start) nextQuote = buffer.indexOf(QUOTE, start);
      const cells = recordAt(buffer, start, nextQuote, delimiter);
      if (!cells) break;
      // Read before the row is given: another file's rows may be read before this one's next.
      const end = recordEnd;
      // Records split here are one line each.
      if (!isBlankRecord(cells)) yield { cells, line };
      line++;
      start = end + 1;
    }
  }
  if (start >= buffer.length) return;
  const rest = buffer.subarray(start);
  const records = (trim ? undefined : splitRecords(rest, delimiter)) ?? parseAll(file, rest, line, trim, delimiter);
  const rows: CsvRow[] = [];
  for (const record of records) line = addRow(rows, record, line);
  yield* rows;
}

/**
 * The cells of the record starting at `start`, split here, or undefined when csv-parse must judge it; where it
 * ends (its line feed, or the buffer's end) is left in `recordEnd` (no object a row). `nextQuote` is the first
 * quote at or after `start`, or -1.
 */
function recordAt(buffer: Buffer, start: number, nextQuote: number, delimiter: string): string[] | undefined {
  let end = buffer.indexOf(LF, start);
  if (end < 0) end = buffer.length;
  if (nextQuote >= 0 && nextQuote < end) {
    end = quotedRecordEnd(buffer, start, delimiter.charCodeAt(0));
    recordEnd = end;
    return splitQuoted(buffer.toString('utf8', start, withoutCr(buffer, start, end)), delimiter);
  }
  recordEnd = end;
  const line = buffer.toString('utf8', start, withoutCr(buffer, start, end));
  // A carriage return inside a line (not before its line feed) is csv-parse's to judge.
  return line.includes('\r') ? undefined : splitLine(line, delimiter);
}

/** Where the record `recordAt` last read ends. */
let recordEnd = 0;

/**
 * `line.split(delimiter)`, by hand: quicker than the built-in split, which a trust's million lines feel. The cells
 * are gathered in one array and copied out at their number (an array grown a cell at a time takes room for 16).
 */
function splitLine(line: string, delimiter: string): string[] {
  let count = 0;
  let from = 0;
  for (let at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, from)) {
    CELLS[count++] = line.slice(from, at);
    from = at + 1;
  }
  CELLS[count++] = line.slice(from);
  const cells = CELLS.slice(0, count);
  CELLS.fill('', 0, count);
  return cells;
}

const CELLS: string[] = [];

/** csv-parse over the whole piece. */
function parseAll(file: string, bytes: Uint8Array, firstLine: number, trim: boolean, delimiter: string): string[][] {
  try {
    return parseSync(asBuffer(bytes), {
      ...CSV_OPTIONS,
      bom: false,
      delimiter,
      ...(trim ? { trim } : {}),
    }) as string[][];
  } catch (error) {
    throw unreadableCsv(file, error, firstLine - 1);
  }
}

/** The records split here, the others read by csv-parse; undefined when csv-parse does not see those one for one. */
function splitRecords(buffer: Buffer, delimiter: string): string[][] | undefined {
  const records: string[][] = [];
  // Where the records left to csv-parse go, and their bytes, for it to read together.
  const slots: number[] = [];
  const others: Buffer[] = [];
  let nextQuote = buffer.indexOf(QUOTE);
  let start = 0;
  while (start < buffer.length) {
    if (nextQuote >= 0 && nextQuote < start) nextQuote = buffer.indexOf(QUOTE, start);
    const record = recordAt(buffer, start, nextQuote, delimiter);
    const end = recordEnd;
    if (record) {
      records.push(record);
    } else {
      slots.push(records.length);
      records.push([]);
      others.push(buffer.subarray(start, withoutCr(buffer, start, end)));
    }
    start = end + 1;
  }
  if (others.length === 0) return records;
  let read: string[][];
  try {
    const joined = Buffer.concat(others.flatMap((bytes, i) => (i === 0 ? [bytes] : [NEWLINE, bytes])));
    read = parseSync(joined, { ...CSV_OPTIONS, bom: false, delimiter, record_delimiter: '\n' }) as string[][];
  } catch {
    return undefined;
  }
  if (read.length !== others.length) return undefined;
  slots.forEach((slot, i) => {
    records[slot] = read[i]!;
  });
  return records;
}

const NEWLINE = Buffer.from('\n');

function withoutCr(buffer: Buffer, start: number, end: number): number {
  return end > start && buffer[end - 1] === CR ? end - 1 : end;
}

/**
 * The cells of a one-line record whose quoted cells are wholly quoted (`a,"b, c",d`), or
 * undefined for anything csv-parse should judge: a quote inside an unquoted cell, text after a
 * closing quote, a line break or carriage return.
 */
function splitQuoted(line: string, delimiter: string): string[] | undefined {
  const separator = delimiter.charCodeAt(0);
  if (line.includes('\r') || line.includes('\n')) return undefined;
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line.charCodeAt(at) === QUOTE) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = line.indexOf('"', from);
        if (close < 0) return undefined;
        value += line.slice(from, close);
        if (line.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        at = close + 1;
        break;
      }
      cells.push(value);
      if (at === line.length) return cells;
      if (line.charCodeAt(at) !== separator) return undefined;
      at++;
    } else {
      const comma = line.indexOf(delimiter, at);
      const value = line.slice(at, comma < 0 ? line.length : comma);
      if (value.includes('"')) return undefined;
      cells.push(value);
      if (comma < 0) return cells;
      at = comma + 1;
    }
  }
}

/**
 * The line feed that ends the record starting at `start`, reading quotes as csv-parse does with
 * `relax_quotes`: a quote opens a quoted cell only at the start of a cell, and `""` inside one is
 * a quote. The buffer's length when the record runs to the end. (Quotes, commas and line breaks
 * are single bytes in UTF-8, so the bytes can be read directly.)
 */
function quotedRecordEnd(buffer: Buffer, start: number, separator: number): number {
  let inQuotes = false;
  for (let at = start; at < buffer.length; at++) {
    const code = buffer[at];
    if (inQuotes) {
      if (code !== QUOTE) continue;
      if (buffer[at + 1] === QUOTE) at++;
      else inQuotes = false;
    } else if (code === LF) {
      return at;
    } else if (code === QUOTE) {
      const before = at === start ? LF : buffer[at - 1];
      if (before === separator || before === LF || before === CR) inQuotes = true;
    }
  }
  return buffer.length;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
