import { InputError } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';
import { parseCsvRecords } from './csvRecords.js';
import { type CsvRow, checkNotSpreadsheet, delimiterOf, needsTrim } from './csvTable.js';
import {
  CR,
  countLineBreaks,
  isBlank,
  LF,
  lastRecordEnd,
  QUOTE,
  type RecordScan,
  recordEnd,
  scanRecord,
  scanRecords,
  startRecord,
} from './recordScan.js';

/** A run of whole records cut from a CSV file, with the file's header: plain data. */
export interface CsvPiece {
  /** The file it was cut from, for messages. */
  file: string;
  /** The file's header row (pieces after the first do not repeat it). */
  header: CsvRow;
  /** Whole records, UTF-8 (a view of the file's chunk: read it before asking for the next piece). */
  bytes: Uint8Array;
  /** The line its first record starts on. */
  firstLine: number;
  /** 0 for the first piece of a file, then 1, 2, … */
  index: number;
  /** Whether csv-parse must trim cells (see `needsTrim`). */
  trim: boolean;
  /** The file's delimiter (see `delimiterOf`). */
  delimiter: ',' | ';' | '\t';
  /** The file's last piece, whose last record has no line break after it (a download may have been cut off). */
  unended?: true;
}

/**
 * The least a piece holds (a file's chunks are usually larger, and a piece is then a chunk's
 * whole records): its rows are read one at a time, so its size matters little beyond the cost of
 * each await.
 */
const PIECE_BYTES = 64 * 1024;
/** Beyond these, a file is refused rather than read into memory (a 2 GiB file of one line never ends). */
export interface CsvLimits {
  recordBytes: number;
  fileBytes: number;
}

/** No MIS or platform writes a header row near this long. */
const HEADER_BYTES = 1024 * 1024;

const CSV_LIMITS: CsvLimits = { recordBytes: 64 * 1024 * 1024, fileBytes: 1024 * 1024 * 1024 };

/**
 * Cuts a CSV file into pieces of whole records. `beforeRead` is called before each read of the
 * file, which may reuse the memory of pieces handed out before: a caller keeping them copies them then. Cuts fall only on a line break outside quotes, so
 * a cell holding line breaks is never cut. A file with a header and no rows gives one empty piece,
 * so that its header is still checked; a file with no header gives none.
 */
export async function* readCsvPieces(
  source: TextSource,
  pieceBytes = PIECE_BYTES,
  beforeRead?: () => void,
  limits: CsvLimits = CSV_LIMITS,
): AsyncGenerator<CsvPiece> {
  const head = await source.head();
  checkNotSpreadsheet(source.name, head);
  const trim = needsTrim(head);
  const delimiter = delimiterOf(head);
  let header: CsvRow | undefined;
  let line = 1;
  let index = 0;
  let carry: Buffer | undefined;
  /** The carry is the start of one record cut at a chunk's end (no record ends in it). */
  let carryIsPartial = false;
  let ended = false;
  let bytesRead = 0;
  const delimiterByte = delimiter.charCodeAt(0);
  /** A record longer than a chunk, gathered until it ends. */
  let long: { parts: Buffer[]; length: number; scan: RecordScan } | undefined;
  const chunks = (isCrOnly(head) ? crToLf(bytesOf(source), delimiter.charCodeAt(0), trim) : bytesOf(source))[
    Symbol.asyncIterator
  ]();
  // A caller that stops early (a bad row) leaves no file open behind it.
  try {
    while (!ended) {
      // Pieces handed out point into chunks that this read may overwrite (see `beforeRead`).
      beforeRead?.();
      const next = await chunks.next();
      ended = next.done === true;
      let buffer: Buffer;
      if (next.done) {
        if (long) checkQuotesClosed(source.name, line, long.scan);
        buffer = long ? Buffer.concat(long.parts) : (carry ?? Buffer.alloc(0));
        long = undefined;
      } else {
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
        bytesRead += chunk.length;
        if (bytesRead > limits.fileBytes)
          throw tooLarge(
            source.name,
            `is larger than ${mib(limits.fileBytes)}, more than any MIS export or connection list`,
            undefined,
          );
        if (long || (carry && carryIsPartial)) {
          // The record cut at the last chunk's end, completed from this one's start on its own
          // rather than copying all of this chunk after it (a trust's 110 MB, each page a fault).
          // A record longer than a chunk is gathered as copies (the chunks' memory is reused) and
          // joined once, so that a 40 MB record costs linear time.
          long ??= startRecord(carry!, delimiterByte, trim);
          const end = scanRecord(chunk, 0, long.scan, delimiterByte);
          if (end < 0) {
            long.parts.push(Buffer.from(chunk));
            long.length += chunk.length;
            if (long.length > limits.recordBytes) {
              const where = long.scan.inQuotes ? line + long.scan.quoteLines : line;
              throw tooLarge(
                source.name,
                `has a record longer than ${mib(limits.recordBytes)}${long.scan.inQuotes ? ' (a quote opened on this line is never closed?)' : ''}`,
                where,
              );
            }
            carry = undefined;
            continue;
          }
          const record = Buffer.concat([...long.parts, chunk.subarray(0, end + 1)]);
          long = undefined;
          yield { file: source.name, header: header!, bytes: record, firstLine: line, index: index++, trim, delimiter };
          line += countLineBreaks(record, 0, record.length);
          buffer = chunk.subarray(end + 1);
        } else {
          buffer = carry && carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        }
      }
      carry = undefined;
      carryIsPartial = false;
      // Blank lines before the header are skipped, as the rows' reader does.
      while (!header && buffer.length > 0) {
        const end = ended
          ? recordEnd(buffer, delimiterByte, trim) || buffer.length
          : recordEnd(buffer, delimiterByte, trim);
        if (end === 0) break;
        const [row] = parseCsvRecords(source.name, buffer.subarray(0, end), line, trim, delimiter);
        line += countLineBreaks(buffer, 0, end);
        buffer = buffer.subarray(end);
        if (row) header = { cells: row.cells, line: row.line };
      }
      if (!header) {
        // The header is joined to each chunk until it ends: capped low, so a file of one 200 MB line costs no more than this.
        const headerBytes = Math.min(limits.recordBytes, HEADER_BYTES);
        if (buffer.length > headerBytes)
          throw tooLarge(source.name, `has a first line longer than ${mib(headerBytes)}`, line);
        carry = buffer;
        continue;
      }
      if (!ended && buffer.length < pieceBytes) {
        carry = buffer;
        continue;
      }
      if (ended) checkQuotesClosed(source.name, line, scanRecords(buffer, delimiterByte, trim));
      const cut = ended ? buffer.length : lastRecordEnd(buffer, delimiterByte, trim);
      if (cut === 0 && !(ended && index === 0)) {
        // One record longer than a piece (a huge quoted cell): read on until it ends.
        carry = buffer;
        carryIsPartial = true;
        continue;
      }
      // The chunk's own bytes, not a copy: fresh memory costs page faults, and a piece is read
      // through before the next chunk is asked for.
      yield {
        file: source.name,
        header,
        bytes: buffer.subarray(0, cut),
        firstLine: line,
        index: index++,
        trim,
        delimiter,
        ...(ended && cut > 0 && !isLineBreak(buffer[cut - 1]!) ? { unended: true as const } : {}),
      };
      line += countLineBreaks(buffer, 0, cut);
      carry = buffer.subarray(cut);
      carryIsPartial = true;
    }
  } finally {
    if (!ended) await chunks.return?.(undefined);
  }
}

async function* bytesOf(source: TextSource): AsyncGenerator<Uint8Array> {
  if (source.utf8Chunks) yield* source.utf8Chunks();
  else for await (const text of source.chunks()) yield Buffer.from(text, 'utf8');
}

/** Whether the file's lines end in a lone carriage return (Excel's "CSV (Macintosh)"), judged by its first line break. */
function isCrOnly(head: string): boolean {
  const at = head.search(/[\r\n]/);
  return at >= 0 && head[at] === '\r' && head[at + 1] !== '\n' && at + 1 < head.length;
}

/**
 * The bytes with each lone carriage return outside quotes made a line feed (a CR + LF is left as
 * it is, and so is a CR inside a quoted cell), so that a Mac file's lines are split and numbered
 * like any other's. Quotes are read as `stretchesOutsideQuotes` reads them.
 */
async function* crToLf(
  chunks: AsyncIterable<Uint8Array>,
  delimiter: number,
  trim: boolean,
): AsyncGenerator<Uint8Array> {
  let inQuotes = false;
  let quoteSeen = false;
  let previous = LF;
  let heldCr = false;
  for await (const chunk of chunks) {
    const out = Buffer.allocUnsafe(chunk.length + 1);
    let length = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (heldCr) {
        heldCr = false;
        out[length++] = byte === LF ? CR : LF;
        previous = LF;
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (byte === QUOTE) {
            out[length++] = byte;
            continue;
          }
          inQuotes = false;
        } else {
          if (byte === QUOTE) quoteSeen = true;
          out[length++] = byte;
          continue;
        }
      }
      if (byte === CR) {
        heldCr = true;
        continue;
      }
      if (byte === QUOTE && (previous === LF || previous === CR || previous === delimiter)) inQuotes = true;
      out[length++] = byte;
      if (!trim || !isBlank(byte, delimiter)) previous = byte;
    }
    yield out.subarray(0, length);
  }
  if (heldCr) yield Buffer.from([LF]);
}

/** A file that ends inside quotes: the line the quote opened on, not the file's last. */
function checkQuotesClosed(file: string, line: number, scan: RecordScan): void {
  if (!scan.inQuotes || scan.quoteSeen) return;
  throw new InputError(
    file,
    line + scan.quoteLines,
    'has a quote that opens a cell here and is never closed, so the rest of the file would be one cell',
    'Check the quotes on that line: a quote inside a cell is written as two ("").',
  );
}

function tooLarge(file: string, problem: string, line: number | undefined): InputError {
  return new InputError(
    file,
    line,
    problem,
    'Check that this is the right file: an export that large is most likely damaged, or not a CSV file.',
  );
}

function isLineBreak(byte: number): boolean {
  return byte === LF || byte === CR;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}
