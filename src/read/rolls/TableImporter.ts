import type { FileAssumption } from '../../model/warnings.js';
import type { CsvRow } from '../csvTable.js';
import type { SerialEpoch } from './excelDates.js';

export type { FileSource } from '../../model/sources.js';

/** What a non-CSV importer makes of a file: rows like a CSV file's, header first. */
export interface Table {
  rows: CsvRow[];
  /** Dates may be Excel serial numbers (a workbook's date cells that are not styled as dates), counted from this year. */
  serialDates?: SerialEpoch;
  /** Every row is a pupil who has left (a Common Transfer File sent away). */
  leavers?: boolean;
  /** What the reader assumed, for a warning that names the file. */
  notes: FileAssumption[];
}

/** Whether a row of cells is the header the caller is looking for (a workbook may have title rows or other sheets). */
export type HeaderTest = (cells: readonly string[]) => boolean;

/** One importer of a pupil, staff or exemptions table that is not plain CSV: registered in `tableImporters.ts`. */
export interface TableImporter {
  /** What the file is, as messages name it. */
  readonly format: string;
  /** Whether the file's first KiBs (as text) are this format. */
  detect(head: string): boolean;
  /** Rows of the file; `isHeader` picks the header row (and sheet) where the format has a choice. */
  parse(
    input: { name: string; text(): Promise<string>; bytes(): Promise<Uint8Array> },
    isHeader: HeaderTest,
  ): Promise<Table>;
}
