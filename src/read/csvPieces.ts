import type { TextSource } from '../io/TextSource.js';
import { parseCsvRecords } from './csvRecords.js';
import { checkNotSpreadsheet, delimiterOf, needsTrim, type CsvRow } from './csvTable.js';

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
}

/**
 * The least a piece holds (a file's chunks are usually larger, and a piece is then a chunk's
 * whole records): its rows are read one at a time, so its size matters little beyond the cost of
 * each await.
 */
const PIECE_BYTES = 64 * 1024;
const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Cuts a CSV file into pieces of whole records. Cuts fall only on a line break outside quotes, so
 * a cell holding line breaks is never cut. A file with a header and no rows gives one empty piece,
 * so that its header is still checked; a file with no header gives none.
 */
export async function* readCsvPieces(source: TextSource, pieceBytes = PIECE_BYTES): AsyncGenerator<CsvPiece> {
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
  const chunks = (isCrOnly(head) ? crToLf(bytesOf(source)) : bytesOf(source))[Symbol.asyncIterator]();
  // A caller that stops early (a bad row) leaves no file open behind it.
  try {
    while (!ended) {
      const next = await chunks.next();
      ended = next.done === true;
      let buffer: Buffer;
      if (next.done) {
        buffer = carry ?? Buffer.alloc(0);
      } else {
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
        // The record cut at the last chunk's end is joined with this one's start on its own, rather
        // than copying all of this chunk after it (a trust's 110 MB, each page a fault).
        const edge = carry && carryIsPartial ? edgeRecord(carry, chunk) : undefined;
        if (edge && header) {
          yield { file: source.name, header, bytes: edge.record, firstLine: line, index: index++, trim, delimiter };
          line += countLineBreaks(edge.record, 0, edge.record.length);
          buffer = chunk.subarray(edge.used);
        } else {
          buffer = carry && carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        }
      }
      carry = undefined;
      carryIsPartial = false;
      // Blank lines before the header are skipped, as the rows' reader does.
      while (!header && buffer.length > 0) {
        const end = ended ? recordEnd(buffer) || buffer.length : recordEnd(buffer);
        if (end === 0) break;
        const [row] = parseCsvRecords(source.name, buffer.subarray(0, end), line, trim, delimiter);
        line += countLineBreaks(buffer, 0, end);
        buffer = buffer.subarray(end);
        if (row) header = { cells: row.cells, line: row.line };
      }
      if (!header) {
        carry = buffer;
        continue;
      }
      if (!ended && buffer.length < pieceBytes) {
        carry = buffer;
        continue;
      }
      const cut = ended ? buffer.length : lastRecordEnd(buffer);
      if (cut === 0 && !(ended && index === 0)) {
        // One record longer than a piece (a huge quoted cell): read on until it ends.
        carry = buffer;
        carryIsPartial = true;
        continue;
      }
      // The chunk's own bytes, not a copy: fresh memory costs page faults, and a piece is read
      // through before the next chunk is asked for.
      yield { file: source.name, header, bytes: buffer.subarray(0, cut), firstLine: line, index: index++, trim, delimiter };
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
 * The bytes with each lone carriage return made a line feed (a CR + LF is left as it is), so that
 * a Mac file's lines are split and numbered like any other's. A CR at a chunk's end waits for the next.
 */
async function* crToLf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let heldCr = false;
  for await (const chunk of chunks) {
    const out = Buffer.allocUnsafe(chunk.length + (heldCr ? 1 : 0));
    let length = 0;
    if (heldCr) out[length++] = chunk[0] === LF ? 0x0d : LF;
    heldCr = false;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte !== 0x0d) out[length++] = byte;
      else if (i + 1 === chunk.length) heldCr = true;
      else out[length++] = chunk[i + 1] === LF ? 0x0d : LF;
    }
    yield out.subarray(0, length);
  }
  if (heldCr) yield Buffer.from([LF]);
}

/**
 * Where a cell's quotes begin and end, from the quotes alone (few, next to the bytes): a quote
 * opens a quoted cell only at the start of a cell, as csv-parse's `relax_quotes` reads it, and
 * `""` inside one is a quote. Calls `outside(from, to)` for each stretch outside quotes.
 */
function stretchesOutsideQuotes(buffer: Buffer, outside: (from: number, to: number) => void): void {
  let inQuotes = false;
  let from = 0;
  let quote = buffer.indexOf(QUOTE);
  while (quote >= 0) {
    if (!inQuotes) {
      const before = quote === 0 ? LF : buffer[quote - 1];
      if (before === LF || before === 0x0d || before === 0x2c || before === 0x3b || before === 0x09) {
        outside(from, quote);
        inQuotes = true;
      }
      quote = buffer.indexOf(QUOTE, quote + 1);
    } else if (buffer[quote + 1] === QUOTE) {
      quote = buffer.indexOf(QUOTE, quote + 2);
    } else {
      inQuotes = false;
      from = quote + 1;
      quote = buffer.indexOf(QUOTE, from);
    }
  }
  if (!inQuotes) outside(from, buffer.length);
}

/** Just after the last line break outside quotes, or 0 when there is none. */
function lastRecordEnd(buffer: Buffer): number {
  let end = 0;
  stretchesOutsideQuotes(buffer, (from, to) => {
    const at = to > from ? buffer.lastIndexOf(LF, to - 1) : -1;
    if (at >= from) end = at + 1;
  });
  return end;
}

/**
 * The record begun in `carry` (which holds no record's end) completed from the start of `chunk`,
 * and how many of the chunk's bytes it took; undefined when it does not end in the chunk.
 */
function edgeRecord(carry: Buffer, chunk: Buffer): { record: Buffer; used: number } | undefined {
  for (let take = Math.min(chunk.length, 4096); ; take = Math.min(chunk.length, take * 8)) {
    const joined = Buffer.concat([carry, chunk.subarray(0, take)]);
    const end = recordEnd(joined);
    if (end > carry.length) return { record: joined.subarray(0, end), used: end - carry.length };
    if (take === chunk.length) return undefined;
  }
}

/** Just after the first line break outside quotes, or 0 when there is none. */
function recordEnd(buffer: Buffer): number {
  let end = 0;
  stretchesOutsideQuotes(buffer, (from, to) => {
    if (end > 0) return;
    const at = buffer.indexOf(LF, from);
    if (at >= 0 && at < to) end = at + 1;
  });
  return end;
}

function countLineBreaks(buffer: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = buffer.indexOf(LF, from); at >= 0 && at < to; at = buffer.indexOf(LF, at + 1)) count++;
  return count;
}
