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
 * rows of every file read by the same code straight into the old generation. Read each batch
 * through before asking for the next: its rows are cut from the file's current chunk.
 */
export async function* readCsvBatches(source: TextSource): AsyncGenerator<Iterable<CsvRow>> {
  for await (const piece of readCsvPieces(source)) {
    const rows = csvRows(piece.file, piece.bytes, piece.firstLine, piece.trim, piece.delimiter);
    yield piece.index === 0 ? withHeader(piece.header, rows) : rows;
  }
}

function* withHeader(header: CsvRow, rows: Iterable<CsvRow>): Generator<CsvRow> {
  yield header;
  yield* rows;
}
