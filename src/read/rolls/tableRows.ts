import type { ColumnAliases, CsvRow } from '../csvTable.js';
import { readCsvRows } from '../readCsvRows.js';
import { withoutHeaderAgain } from './headerAgain.js';
import { hasColumns, readTable } from './readTable.js';
import type { FileSource } from './TableImporter.js';

/**
 * The rows of a staff or exemptions file, header first, whether CSV or a workbook (the sheet
 * whose header has the `required` columns): the CSV readers' loop reads either. The header row repeated
 * below is left out.
 */
export async function* tableRows<F extends string>(
  source: FileSource,
  aliases: ColumnAliases<F>,
  required: readonly (F | readonly F[])[],
): AsyncGenerator<CsvRow> {
  const table = await readTable(source, hasColumns(aliases, required));
  yield* withoutHeaderAgain(table ? table.rows : readCsvRows(source));
}
