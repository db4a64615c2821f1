import type { UncheckableAccounts } from '../../model/warnings.js';
import { isExcelSerial } from '../../normalise/dates.js';
import { excelSerialInCsv } from '../rolls/excelDates.js';
import type { ImportContext } from './ConnectionImporter.js';
import { dateFromSeconds, dateFromText } from './platformDates.js';

/**
 * What one list lost while it was read: dates written in a way the tool cannot read, and rows
 * naming nobody it can check (LinkedIn's hidden members). Told once per file, with counts, so a
 * list read in part never passes for one read whole.
 */
export class PartialRead {
  private rows = 0;
  private undatable = 0;
  private example: string | undefined;
  private nameless = 0;

  constructor(
    private readonly context: ImportContext,
    private readonly file: string,
  ) {}

  /** One more row of the list. */
  row(): void {
    this.rows++;
  }

  /**
   * The row's written date as an ISO date; counted when there is one that cannot be read. A CSV's
   * row (`line`, `column`) holding an Excel serial stops the audit: which system it counts from is unknown.
   */
  date(value: unknown, csv?: { line: number; column: string }): string | undefined {
    const iso = dateFromText(value);
    if (iso === undefined && csv && typeof value === 'string' && isExcelSerial(value.trim()))
      throw excelSerialInCsv(this.file, csv.line, csv.column, value.trim());
    return this.counted(value, iso);
  }

  /** The row's Unix-seconds date as an ISO date; counted when there is one that cannot be read. */
  seconds(value: unknown): string | undefined {
    return this.counted(value, dateFromSeconds(value));
  }

  /** A row with no name, username or link: a connection that is there but cannot be checked. */
  unnamed(): void {
    this.nameless++;
  }

  /** Says what the list lost, if anything; `nameless` says what the rows that named nobody were. */
  report(nameless: UncheckableAccounts = 'unnamed'): void {
    if (this.undatable > 0) {
      this.context.warn(
        {
          code: 'CONNECTION_DATES_UNREADABLE',
          args: { count: this.undatable, of: this.rows, example: this.example ?? '' },
        },
        this.file,
      );
    }
    if (this.nameless > 0) {
      this.context.warn(
        { code: 'CONNECTIONS_UNCHECKABLE', args: { count: this.nameless, of: this.rows, accounts: nameless } },
        this.file,
      );
    }
  }

  private counted(value: unknown, iso: string | undefined): string | undefined {
    const written = value === undefined || value === null ? '' : String(value).trim();
    if (iso === undefined && written !== '' && written !== '0') {
      this.undatable++;
      this.example ??= written.slice(0, 40);
    }
    return iso;
  }
}
