import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import { InputError } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';

export interface CsvRow {
  cells: string[];
  /** 1-based line on which the row starts, as the user's spreadsheet numbers it. */
  line: number;
}

const OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_empty_values: true,
  trim: true,
  info: true,
};

/** The rows of a CSV file, streamed, header included. */
export async function* readCsvRows(source: TextSource): AsyncGenerator<CsvRow> {
  const parser = Readable.from(source.chunks(), { objectMode: false }).pipe(parse(OPTIONS));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line the record ends on; a quoted cell may span lines, which is rare in exports.
      yield { cells: record, line: info.lines };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message)?.[1];
    throw new InputError(source.name, line ? Number(line) : undefined, `is not a readable CSV file (${message.replace(/^Invalid[^:]*:\s*/, '')})`);
  }
}

/** Header names compare without regard to case, spaces, underscores or punctuation. */
export function headerKey(header: string): string {
  return header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type ColumnAliases<F extends string> = Record<F, readonly string[]>;
export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

/**
 * Finds each field's column. `required` lists alternatives: `[['staffId', 'staffName']]`
 * means one of the two must be there. Wrong headers say what was found and what was expected.
 */
export function mapColumns<F extends string>(
  fileName: string,
  header: CsvRow,
  aliases: ColumnAliases<F>,
  required: readonly (F | readonly F[])[],
  describe: string,
): ColumnIndex<F> {
  const keys = header.cells.map(headerKey);
  const index: ColumnIndex<F> = {};
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) {
      const at = keys.indexOf(headerKey(alias));
      if (at >= 0) {
        index[field] = at;
        break;
      }
    }
  }
  const missing = required.filter((need) => (Array.isArray(need) ? need : [need]).every((f: F) => index[f] === undefined));
  if (missing.length > 0) {
    const wanted = missing.map((need) => (Array.isArray(need) ? need : [need]).map((f: F) => `"${aliases[f][0]}"`).join(' or ')).join(', ');
    throw new InputError(
      fileName,
      header.line,
      `does not look like ${describe}: no column ${wanted}`,
      `Found columns: ${header.cells.map((c) => `"${c}"`).join(', ') || '(none)'}.`,
    );
  }
  return index;
}

/** A cell by field, trimmed, or undefined when absent or empty. */
export function cell<F extends string>(row: CsvRow, columns: ColumnIndex<F>, field: F): string | undefined {
  const at = columns[field];
  if (at === undefined) return undefined;
  const value = row.cells[at];
  return value === undefined || value === '' ? undefined : value;
}
