/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * and the names in our files come from people and social networks. The tool writes such a
 * cell with an apostrophe in front, as OWASP advises, and reads it back without one, so that a
 * value round-trips exactly. A value that already starts with apostrophes before one of those
 * characters gets one more, which keeps the mapping reversible.
 */
import { type ColumnIndex, type CsvRow, cell } from './csvTable.js';

const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** A cell of a file the tool writes (exemptions.csv, decisions.csv), as it was before neutralising. */
export function keptCell<F extends string>(row: CsvRow, columns: ColumnIndex<F>, field: F): string | undefined {
  const value = cell(row, columns, field);
  return value === undefined ? undefined : restoreFormula(value);
}
