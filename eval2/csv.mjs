// CSV for eval2's own files: written here (RFC 4180 quoting; no embedded newlines are written, so a
// record is a line and `file:line` counts lines from 1, the header), read by csv-parse.
import { parse } from 'csv-parse/sync';

const needsQuotes = /[",\r\n]/;
export const cell = (value) => {
  const text = value == null ? '' : String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
export const line = (values) => values.map(cell).join(',');

/** Rows as objects keyed by the header (a leading BOM dropped), read by csv-parse. */
export function readRecords(text) {
  return parse(text, { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true });
}
