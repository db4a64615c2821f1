import { headerKey } from '../csvTable.js';
import { readCsvRows } from '../readCsvRows.js';
import { STAFF_COLUMNS, STAFF_REQUIRED } from '../readStaff.js';
import { hasColumns, readTable } from './readTable.js';
import { ROLL_COLUMNS, ROLL_REQUIRED } from './rollColumns.js';
import type { FileSource } from './TableImporter.js';

/** What a file in the audit folder holds, judged by its content. */
export type FileRole = 'roll' | 'leavers' | 'staff';

const isRoll = hasColumns(ROLL_COLUMNS, ROLL_REQUIRED);
const isStaff = hasColumns(STAFF_COLUMNS, STAFF_REQUIRED);

/**
 * Whether a file whatever its name is a roll (a table with a pupil id and name, iSAMS XML), a
 * leavers list (a Common Transfer File) or a staff list (a staff id and name), or neither. A file that cannot be
 * read as any of them is neither: it is left alone, as a stray file in the folder would be.
 */
export async function recogniseFile(source: FileSource): Promise<FileRole | undefined> {
  try {
    const table = await readTable(source, (cells) => isRoll(cells) || isStaff(cells));
    if (table) return table.leavers ? 'leavers' : table.rows.length === 0 ? undefined : roleOf(table.rows[0]!.cells);
    for await (const row of readCsvRows(source)) return roleOf(row.cells);
    return undefined;
  } catch {
    return undefined;
  }
}

/** Columns of the generic connection list (its staff_id and staff_name would otherwise look like a staff list). */
const CONNECTION_COLUMNS = new Set(['platform', 'displayname', 'profileurl', 'connectedon']);

function roleOf(header: readonly string[]): FileRole | undefined {
  if (header.some((cell) => CONNECTION_COLUMNS.has(headerKey(cell)))) return undefined;
  if (isRoll(header)) return 'roll';
  if (isStaff(header)) return 'staff';
  return undefined;
}
