import type { TextSource } from '../io/TextSource.js';
import { readCsvPieces } from './csvPieces.js';
import { parseCsvRecords } from './csvRecords.js';
import type { CsvRow } from './csvTable.js';

/** The rows of a CSV file, streamed, header included. */
export async function* readCsvRows(source: TextSource): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(source)) yield* batch;
}

/**
 * The rows of a CSV file a piece at a time (see `csvPieces.ts`), header first, so that a caller
 * going through a trust's 50,000 pupils pays for one await per piece rather than per row, and
 * reads them as connection lists are read.
 */
export async function* readCsvBatches(source: TextSource): AsyncGenerator<CsvRow[]> {
  for await (const piece of readCsvPieces(source)) {
    const rows = parseCsvRecords(piece.file, piece.bytes, piece.firstLine, piece.trim, piece.delimiter);
    yield piece.index === 0 ? [piece.header, ...rows] : rows;
  }
}
