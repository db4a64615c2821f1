import { readIfExists } from '../io/readIfExists.js';
import type { ColumnAliases } from '../read/csvTable.js';
import { restoreFormula } from '../read/formulaCells.js';
import { CsvDocument, type CsvDocumentRow } from './CsvDocument.js';
import type { Change, ChangeAction } from './changeLog.js';
import type { FileEdit } from './saveEdits.js';

/** What the tool needs to know to edit one kind of file it keeps. */
export interface KeptFileKind<F extends string> {
  aliases: ColumnAliases<F>;
  required: readonly F[];
  describe: string;
}

/** Who makes a change, and when (an ISO date and time). */
export interface ChangeAuthor {
  by: string;
  at: string;
}

/**
 * A file the tool keeps (exemptions.csv, decisions.csv), read once before any question is asked
 * and edited in memory; `toEdit()` hands the result to `saveEdits`, which writes it atomically
 * with its change log, or not at all.
 */
export class KeptFile<F extends string> {
  private readonly changes: Change[] = [];

  private constructor(
    readonly path: string,
    readonly original: Buffer | undefined,
    readonly document: CsvDocument<F>,
    private readonly kind: KeptFileKind<F>,
  ) {}

  static async open<F extends string>(
    filePath: string,
    displayName: string,
    kind: KeptFileKind<F>,
  ): Promise<KeptFile<F>> {
    const original = await readIfExists(filePath);
    return new KeptFile(
      filePath,
      original,
      CsvDocument.open(displayName, original, kind.aliases, kind.required, kind.describe),
      kind,
    );
  }

  get changed(): boolean {
    return this.changes.length > 0;
  }

  add(values: Partial<Record<F, string>>, author: ChangeAuthor, action: ChangeAction = 'added'): void {
    this.document.append(values);
    this.log(action, values, author);
  }

  /** Removes matching rows and returns their fields as they were written. */
  remove(
    matches: (get: (field: F) => string | undefined) => boolean,
    author: ChangeAuthor,
  ): Partial<Record<F, string>>[] {
    return this.document.remove(matches).map((row) => this.logRemoved(row, author));
  }

  /**
   * Puts a row in the place of the matching rows, so that a file the school keeps in order stays in
   * order; where none matches, it is added at the end. Logged as removed, then added, unless the
   * action says it all (a decision taken again is `decided`, whatever it replaces).
   */
  replace(
    matches: (get: (field: F) => string | undefined) => boolean,
    values: Partial<Record<F, string>>,
    author: ChangeAuthor,
    action: ChangeAction = 'added',
  ): void {
    const replaced = this.document.replace(matches, values);
    if (action === 'added') for (const row of replaced) this.logRemoved(row, author);
    this.log(action, values, author);
  }

  private logRemoved(row: CsvDocumentRow<F>, author: ChangeAuthor): Partial<Record<F, string>> {
    const values: Partial<Record<F, string>> = {};
    for (const field of Object.keys(this.kind.aliases) as F[]) {
      const value = row.get(field);
      if (value !== undefined) values[field] = restoreFormula(value);
    }
    this.log('removed', values, author);
    return values;
  }

  toEdit(): FileEdit {
    const fields = Object.keys(this.kind.aliases) as F[];
    return {
      path: this.path,
      name: this.document.fileName,
      original: this.original,
      bytes: this.document.toBytes(),
      columns: fields.map((f) => this.kind.aliases[f][0]!),
      changes: this.changes,
    };
  }

  private log(action: ChangeAction, values: Partial<Record<F, string>>, author: ChangeAuthor): void {
    const byColumn: Record<string, string | undefined> = {};
    for (const field of Object.keys(values) as F[]) byColumn[this.kind.aliases[field][0]!] = values[field];
    this.changes.push({ at: author.at, by: author.by, action, values: byColumn });
  }
}
