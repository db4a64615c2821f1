import { InputError, quote } from '../../errors.js';

/**
 * An Excel date serial (days since 1899-12-30, as a workbook stores a date whose cell is not
 * styled as one) as `YYYY-MM-DD`, or null. Only whole numbers between 1920 and 2100 count, so
 * that an admission number is never read as a date.
 */
export function excelSerialDate(raw: string): string | null {
  if (!/^\d{4,5}$/.test(raw)) return null;
  const serial = Number(raw);
  if (serial < 7306 || serial > 73051) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A serial as a CSV saved from a sheet leaves it (`45123`, `45123.5` with a time): a day from 1920 to 2100. */
export function isExcelSerial(raw: string): boolean {
  if (!/^\d{4,5}(\.\d+)?$/.test(raw)) return false;
  const serial = Number(raw);
  return serial >= 7306 && serial <= 73051;
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
