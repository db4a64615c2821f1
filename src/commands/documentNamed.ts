import path from 'node:path';
import { UserError } from '../errors.js';

/** Endings other programs open as their own kind of document, which a text report named so is not. */
const DOCUMENTS: Readonly<Record<string, string>> = {
  '.doc': 'Word document',
  '.docx': 'Word document',
  '.odt': 'word processor’s document',
  '.rtf': 'word processor’s document',
  '.pages': 'Pages document',
  '.xls': 'Excel workbook',
  '.xlsx': 'Excel workbook',
  '.ods': 'spreadsheet',
  '.numbers': 'Numbers spreadsheet',
  '.htm': 'web page',
  '.html': 'web page',
};

/**
 * `--out audit.docx` without --format would be text in a file Word then refuses to open, found when the governors
 * open it: refused before any work, as `--out audit.pdf` alone is a PDF and never text named .pdf.
 */
export function checkNotDocument(out: string | undefined): void {
  if (out === undefined) return;
  const ending = path.extname(out);
  const kind = DOCUMENTS[ending.toLowerCase()];
  if (kind === undefined) return;
  const stem = out.slice(0, -ending.length);
  throw new UserError(`--out ${out}: social-audit writes no ${kind} (${ending}); nothing was written`, {
    hint: `Name it ${stem}.pdf for a PDF, ${stem}.csv to open in Excel, ${stem}.txt for text, or ${stem}.json to keep for --compare.`,
  });
}
