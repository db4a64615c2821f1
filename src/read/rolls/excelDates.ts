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
