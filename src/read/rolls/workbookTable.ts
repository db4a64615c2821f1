import { InputError } from '../../errors.js';
import type { CsvRow } from '../csvTable.js';
import type { HeaderTest, Table, TableImporter } from './TableImporter.js';

/** Title rows above a header (a school name, a report date) that a workbook's header may sit under. */
const HEADER_SEARCH_ROWS = 10;

/**
 * An Excel workbook (.xlsx), through read-excel-file: the first sheet with a recognisable header
 * (title rows above it allowed). Date cells become `YYYY-MM-DD`; dates kept as numbers are read as
 * Excel serials by the caller (`serialDates`), dates typed as text as any other date.
 */
export const workbookTable: TableImporter = {
  format: 'an Excel workbook',
  detect: (head) => head.startsWith('PK\u0003\u0004'),
  async parse(input, isHeader: HeaderTest): Promise<Table> {
    let sheets: Awaited<ReturnType<typeof import('read-excel-file/node').default>>;
    try {
      // Loaded only when a workbook is read: it costs every run a quarter-second otherwise.
      const { default: readXlsxFile } = await import('read-excel-file/node');
      sheets = await readXlsxFile(Buffer.from(await input.bytes()));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InputError(input.name, undefined, `is not a readable Excel workbook (${reason})`, 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".');
    }
    for (const sheet of sheets) {
      const rows = sheet.data.map(textCells);
      const at = rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeader);
      if (at < 0) continue;
      const table: CsvRow[] = [];
      // Rows keep the number Excel shows them under, so messages point at the right row.
      rows.forEach((cells, index) => {
        if (index >= at && cells.some((cell) => cell.trim() !== '')) table.push({ cells, line: index + 1 });
      });
      const notes = sheet === sheets[0] ? [] : [`read from the sheet "${sheet.sheet}", the first with a recognisable header`];
      return { rows: table, serialDates: true, notes };
    }
    const first = sheets[0]?.data.map(textCells).find((cells) => cells.some((cell) => cell.trim() !== ''));
    throw new InputError(
      input.name,
      undefined,
      `has no sheet with a recognisable header row (${sheets.length} sheet${sheets.length === 1 ? '' : 's'} looked at)`,
      first ? `Found columns: ${first.map((c) => `"${c}"`).join(', ')}.` : 'The workbook is empty.',
    );
  },
};

function textCells(row: readonly unknown[]): string[] {
  return row.map(textCell);
}

function textCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
