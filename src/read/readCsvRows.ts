import type { TextSource } from '../io/TextSource.js';
import { readCsvPieces } from './csvPieces.js';
import { csvRows } from './csvRecords.js';
import type { CsvRow } from './csvTable.js';

/** The rows of a CSV file, streamed, header included. */
export async function* readCsvRows(source: TextSource): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(source)) yield* batch;
}

/**
 * The rows of a CSV file a piece at a time (see `csvPieces.ts`), header first, so that a caller
 * going through a trust's 50,000 pupils pays for one await per piece rather than per row. A
 * piece's rows are split as the caller asks for them, so that each is gone before the next (see
 * `csvRows`): rows kept together outlive a young-generation collection, and V8 then allocates the
 * rows of every file read by the same code straight into the old generation. A batch's rows are
 * cut from the file's current chunk, whose memory a later read reuses: a batch not read through
 * when the next is asked for keeps its own copy of what is left, so keeping one is always safe.
 */
export async function* readCsvBatches(source: TextSource): AsyncGenerator<CsvBatch> {
  let handedOut: Batch[] = [];
  const beforeRead = (): void => {
    for (const batch of handedOut) batch.detach();
    handedOut = [];
  };
  for await (const piece of readCsvPieces(source, undefined, beforeRead)) {
    const batch = new Batch(piece.index === 0 ? piece.header : undefined, piece);
    handedOut.push(batch);
    yield batch;
  }
}

/** A piece's rows; `unended`: the file's last, with no line break after its last row (see `CsvPiece`). */
export interface CsvBatch extends Iterable<CsvRow> {
  readonly unended: boolean;
}

class Batch implements CsvBatch {
  readonly unended: boolean;
  private rows: Iterator<CsvRow> | undefined;
  /** Rows read ahead when the batch was detached part-way. */
  private rest: CsvRow[] | undefined;
  private done = false;

  constructor(
    private header: CsvRow | undefined,
    private readonly piece: {
      file: string;
      bytes: Uint8Array;
      firstLine: number;
      trim: boolean;
      delimiter: ',' | ';' | '\t';
      unended?: true;
    },
  ) {
    this.unended = piece.unended === true;
  }

  /** Before the piece's memory is reused: nothing left, a copy of its bytes, or the rows left, read now. */
  detach(): void {
    if (this.done) return;
    if (!this.rows) this.piece.bytes = Buffer.from(this.piece.bytes);
    else this.rest = [...iterate(this.rows)];
  }

  *[Symbol.iterator](): Generator<CsvRow> {
    const header = this.header;
    this.header = undefined;
    if (header) yield header;
    if (!this.rows) {
      const { file, bytes, firstLine, trim, delimiter } = this.piece;
      this.rows = csvRows(file, bytes, firstLine, trim, delimiter);
    }
    for (;;) {
      if (this.rest) {
        yield* this.rest;
        break;
      }
      const next = this.rows.next();
      if (next.done) break;
      yield next.value;
    }
    this.done = true;
  }
}

function* iterate<T>(iterator: Iterator<T>): Generator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}
