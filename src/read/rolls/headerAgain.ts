import type { FileAssumption } from '../../model/warnings.js';
import type { CsvRow } from '../csvTable.js';

/**
 * The header row again, below the first (two exports joined into one file, the second's byte-order mark
 * and all): read past, not as a pupil named "Legal Forename Legal Surname". The first cells are compared
 * first, so that a pupil's row costs one comparison.
 */
export function isHeaderAgain(header: readonly string[], row: CsvRow): boolean {
  const cells = row.cells;
  if (cells.length === 0 || header.length === 0 || cells[0]!.trim() !== header[0]) return false;
  for (let i = 1; i < header.length; i++) if ((cells[i] ?? '').trim() !== header[i]) return false;
  return true;
}

/** A header row's cells as `isHeaderAgain` compares them. */
export function headerCells(row: CsvRow): string[] {
  return row.cells.map((cell) => cell.trim());
}

/** What the reader says of a file whose header row it read past on `headerAgain`'s lines, if any. */
export function headerAgainNote({ headerAgain: lines }: { headerAgain: number[] }): FileAssumption | undefined {
  return lines.length > 0 ? { why: 'repeated-header', lines } : undefined;
}

/** `rows`, header first, without the header row repeated below it (files joined into one, each with its header). */
export async function* withoutHeaderAgain(rows: AsyncIterable<CsvRow> | Iterable<CsvRow>): AsyncGenerator<CsvRow> {
  let header: string[] | undefined;
  for await (const row of rows) {
    if (header && isHeaderAgain(header, row)) continue;
    header ??= headerCells(row);
    yield row;
  }
}
