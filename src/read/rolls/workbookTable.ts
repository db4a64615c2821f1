import { InputError } from '../../errors.js';
import { ZipArchive } from '../../io/zipArchive.js';
import type { FileAssumption } from '../../model/warnings.js';
import type { CsvRow } from '../csvTable.js';
import type { HeaderTest, Table, TableImporter } from './TableImporter.js';

/** The start of an Excel 97–2003 workbook, as Windows-1252 or UTF-8 text shows it. */
const OLD_WORKBOOK = ['\u00d0\u00cf\u0011\u00e0', '\ufffd\ufffd\u0011\ufffd'];

/** Title rows above a header (a school name, a report date) that a workbook's header may sit under. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * An Excel workbook (.xlsx), through read-excel-file: the first sheet with a recognisable header
 * (title rows above it allowed). Date cells become `YYYY-MM-DD`; dates kept as numbers are read as
 * Excel serials by the caller (`serialDates`, counted from 1900 or 1904 as the workbook says), dates typed as text as any other date.
 */
export const workbookTable: TableImporter = {
  format: 'an Excel workbook',
  detect: (head) => head.startsWith('PK\u0003\u0004') || OLD_WORKBOOK.some((start) => head.startsWith(start)),
  async parse(input, isHeader: HeaderTest): Promise<Table> {
    const bytes = await input.bytes();
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw new InputError(
        input.name,
        undefined,
        'is an Excel 97–2003 workbook (.xls), which is not read',
        'Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
      );
    }
    let sheets: Awaited<ReturnType<typeof import('read-excel-file/node').default>>;
    try {
      // Loaded only when a workbook is read: it costs every run a quarter-second otherwise.
      const { default: readXlsxFile } = await import('read-excel-file/node');
      sheets = await readXlsxFile(Buffer.from(bytes));
    } catch (error) {
      const zipped = await zippedFiles(bytes, input.name);
      if (zipped)
        throw new InputError(
          input.name,
          undefined,
          `is a ZIP archive, not a table${
            zipped.length > 0
              ? ` (it holds ${zipped
                  .slice(0, 3)
                  .map((file) => `"${file}"`)
                  .join(', ')}${zipped.length > 3 ? ', …' : ''})`
              : ''
          }`,
          'Unzip it, and put the roll or list it holds in the folder in its place (as CSV or an Excel workbook).',
        );
      const reason = error instanceof Error ? error.message : String(error);
      throw new InputError(
        input.name,
        undefined,
        `is not a readable Excel workbook (${reason})`,
        'Open it in Excel and save it again as "Excel Workbook (.xlsx)".',
      );
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
      const notes: FileAssumption[] = sheet === sheets[0] ? [] : [{ why: 'sheet', sheet: sheet.sheet }];
      return { rows: table, serialDates: (await countsFrom1904(bytes, input.name)) ? 1904 : 1900, notes };
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

/**
 * Whether the workbook counts its dates from 1904 (`<workbookPr date1904="1"/>`, Excel 2008/2011 for
 * Mac's default): read-excel-file heeds it for date cells, and serials in "General" cells must too.
 */
async function countsFrom1904(bytes: Uint8Array, name: string): Promise<boolean> {
  const archive = await ZipArchive.fromBuffer(Buffer.from(bytes), name);
  try {
    const entry = archive.entries.find((e) => e.path === 'xl/workbook.xml');
    const head = entry ? await archive.source(entry).head() : '';
    return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(head);
  } finally {
    archive.close();
  }
}

function textCells(row: readonly unknown[]): string[] {
  return row.map(textCell);
}

function textCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The files a ZIP that is no workbook holds (no `xl/` part), or undefined for a workbook or no ZIP at all. */
async function zippedFiles(bytes: Uint8Array, name: string): Promise<string[] | undefined> {
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.fromBuffer(Buffer.from(bytes), name);
  } catch {
    return undefined;
  }
  const paths = archive.entries.map((entry) => entry.path);
  archive.close();
  return paths.some((path) => path.startsWith('xl/')) ? undefined : paths;
}
