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

  /** The row's written date as an ISO date; counted when there is one that cannot be read. */
  date(value: unknown): string | undefined {
    return this.counted(value, dateFromText(value));
  }

  /** The row's Unix-seconds date as an ISO date; counted when there is one that cannot be read. */
  seconds(value: unknown): string | undefined {
    return this.counted(value, dateFromSeconds(value));
  }

  /** A row with no name, username or link: a connection that is there but cannot be checked. */
  unnamed(): void {
    this.nameless++;
  }

  /** Says what the list lost, if anything; `nameless` words the rows that named nobody, as one and as many. */
  report(nameless: readonly [string, string] = ['carries no name, username or profile link', 'carry no name, username or profile link']): void {
    if (this.undatable > 0) {
      const one = this.undatable === 1;
      this.context.warn(
        'CONNECTION_DATES_UNREADABLE',
        `${this.undatable} of its ${this.rows} connections ${one ? 'has' : 'have'} a date the tool cannot read (for example “${this.example}”); ${one ? 'it was' : 'they were'} checked as if undated, so not ruled out by when ${one ? 'it was' : 'they were'} made.`,
        this.file,
      );
    }
    if (this.nameless > 0) {
      const one = this.nameless === 1;
      this.context.warn(
        'CONNECTIONS_UNCHECKABLE',
        `${this.nameless} of its ${this.rows} connections ${nameless[one ? 0 : 1]}, so ${one ? 'it' : 'they'} could not be checked against the roll, though counted among the connections read. Ask the member of staff to go through ${one ? 'it' : 'them'} on the platform themselves.`,
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
