import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, restoreFormula } from '../read/formulaCells.js';

export type ChangeAction = 'added' | 'removed' | 'decided';

/** One line of a change log: who changed what, when. */
export interface Change {
  /** ISO date and time. */
  at: string;
  by: string;
  action: ChangeAction;
  /** The row added or removed, by the file's contract columns. */
  values: Record<string, string | undefined>;
}

/**
 * The append-only log beside a file the tool keeps: `exemptions.csv` → `exemptions-log.csv`.
 * It is never rewritten, so it stays a record of every change even when rows are removed.
 */
export function changeLogPath(filePath: string): string {
  const { dir, name } = path.parse(filePath);
  return path.join(dir, `${name}-log.csv`);
}

/** The bytes to append: with a header (and a BOM, for Excel) when the log is new. */
export function formatChanges(columns: readonly string[], changes: readonly Change[], isNewLog: boolean): Buffer {
  const rows = changes.map((change) => [
    change.at,
    change.by,
    change.action,
    ...columns.map((column) => change.values[column] ?? ''),
  ]);
  const text = stringify(
    (isNewLog ? [['changed_at', 'changed_by', 'action', ...columns], ...rows] : rows).map((row) =>
      row.map(neutraliseFormula),
    ),
    { record_delimiter: '\r\n' },
  );
  return Buffer.from(isNewLog ? `\ufeff${text}` : text);
}

/** Who made the latest change in these logs (the default for "recorded by"), if anyone. */
export function lastChangeAuthor(logs: readonly (Uint8Array | undefined)[]): string | undefined {
  let latest: { at: string; by: string } | undefined;
  for (const bytes of logs) {
    if (!bytes) continue;
    let rows: Record<string, string>[];
    try {
      rows = parse(Buffer.from(bytes), {
        bom: true,
        columns: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      }) as Record<string, string>[];
    } catch {
      continue; // a damaged log only costs the default
    }
    for (const row of rows) {
      const at = row.changed_at ?? '';
      const by = restoreFormula(row.changed_by ?? '');
      if (by && (!latest || at >= latest.at)) latest = { at, by };
    }
  }
  return latest?.by;
}
