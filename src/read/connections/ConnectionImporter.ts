import type { TextSource } from '../../io/TextSource.js';
import type { Connection } from '../../model/records.js';
import type { Warning } from '../../model/warnings.js';

export interface ImportContext {
  /**
   * The staff member a file belongs to when it sits in their own subfolder of `connections/`
   * (platform downloads carry no staff column).
   */
  staffId?: string;
  staffName?: string;
  /** The audit's day, by which a date's two-digit year is placed (`parseDateNear`); without it such dates are not read. */
  auditDate?: string;
  warn(warning: Warning, source?: string): void;
}

/**
 * One connection-list format. Importers are small, take text and never touch the file system;
 * `detect` sees the file's name (its path inside the staff folder or ZIP) and its first KiBs.
 */
export interface ConnectionImporter {
  /** Stable id, e.g. `generic-csv`, `facebook-json`. */
  readonly id: string;
  /** What the report calls the platform. */
  readonly platform: string;
  /** Human name of the format, for warnings and the README. */
  readonly label: string;
  detect(file: { name: string; head: string }): boolean;
  parse(source: TextSource, context: ImportContext): AsyncIterable<Connection> | Iterable<Connection>;
  /**
   * The same connections in batches, where a format can be read that way: a trust's lists run to
   * millions of rows, and one await per row costs as much as reading them. A batch may be read
   * lazily, row by row: it is read through before the next is asked for.
   */
  parseBatches?(source: TextSource, context: ImportContext): AsyncIterable<Iterable<Connection>>;
}
