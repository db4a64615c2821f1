import { InputError, quote } from '../errors.js';
import type { CsvRow } from './csvTable.js';

/**
 * A file's last row, shorter than the header and the row before it, with no line break after it, is
 * a download or copy cut off mid-row: its name may be cut too, and a pupil missed.
 */
export function checkNotCutOff(file: string, headerWidth: number, last: CsvRow, previous: CsvRow | undefined): void {
  const cut = cutOffRow(headerWidth, last, previous);
  if (cut === undefined) return;
  throw new InputError(
    file,
    last.line,
    cut,
    'The download or copy may have been cut off: get the file again. If the row is whole, add its missing commas.',
  );
}

/** What is wrong with a file's unended last row, if it is cut off: `ends part-way through a row, at "Siân Ó Sú" (…)`. */
export function cutOffRow(headerWidth: number, last: CsvRow, previous: CsvRow | undefined): string | undefined {
  const width = Math.min(headerWidth, previous?.cells.length ?? Number.POSITIVE_INFINITY);
  if (last.cells.length >= width) return undefined;
  return `ends part-way through a row, at ${quote(last.cells.at(-1) ?? '')} (${last.cells.length} of ${headerWidth} columns, no line break after it)`;
}
