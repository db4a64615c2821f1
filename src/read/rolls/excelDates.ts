import { InputError, quote } from '../../errors.js';

/** The year a workbook counts its date serials from (`date1904` in its workbook.xml says 1904). */
export type SerialEpoch = 1900 | 1904;

/**
 * An Excel date serial (days since 1899-12-30, or 1904-01-01 in a 1904 workbook, as a workbook stores a
 * date whose cell is not styled as one) as `YYYY-MM-DD`, or null. Only whole numbers between 1920 and
 * 2100 (counted from 1900) count, so that an admission number is never read as a date.
 */
export function excelSerialDate(raw: string, epoch: SerialEpoch = 1900): string | null {
  if (!/^\d{4,5}$/.test(raw)) return null;
  const serial = Number(raw);
  if (serial < 7306 || serial > 73051) return null;
  const zero = epoch === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(zero + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A connection date a CSV holds as an Excel serial, refused rather than read: a CSV does not say
 * whether the workbook counted from 1900 or 1904, and the four years between move a pupil's age when connected.
 */
export function excelSerialInCsv(file: string, line: number, column: string, raw: string): InputError {
  return new InputError(
    file,
    line,
    `${column} ${quote(raw)} is an Excel date serial number, not a date`,
    `Excel saved the column as numbers ("General"), and a CSV does not say whether they count from 1900 or 1904 (four years apart). Open the file in Excel, format the ${column} column as a date (yyyy-mm-dd) and save it as "CSV UTF-8" again.`,
  );
}
