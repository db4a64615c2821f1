import { cell, headerKey, mapColumns, type ColumnAliases, type ColumnIndex } from '../csvTable.js';
import { readCsvRows } from '../readCsvRows.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { connectionOf, dateFromText } from './platformFiles.js';

/**
 * LinkedIn's `Connections.csv` (from "Get a copy of your data"). A few "Notes:" lines come
 * before the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`;
 * dates are written `05 Mar 2024`. Members who hide their name leave both name cells empty but
 * keep their profile link, whose `/in/<slug>` serves as a username.
 */
type LinkedInField = 'firstName' | 'lastName' | 'url' | 'connectedOn';

const COLUMNS: ColumnAliases<LinkedInField> = {
  firstName: ['First Name'],
  lastName: ['Last Name'],
  url: ['URL'],
  connectedOn: ['Connected On'],
};

const HEADER = /^\uFEFF?"?First Name"?,"?Last Name"?,"?URL"?,.*Connected On/im;

export const linkedinImporter: ConnectionImporter = {
  id: 'linkedin-csv',
  platform: 'linkedin',
  label: 'LinkedIn Connections.csv',
  detect: ({ name, head }) => /\.csv$/i.test(name) && HEADER.test(head),
  async *parse(source, context) {
    let columns: ColumnIndex<LinkedInField> | undefined;
    for await (const row of readCsvRows(source)) {
      if (!columns) {
        // Everything before the header is LinkedIn's notes.
        if (headerKey(row.cells[0] ?? '') === 'firstname') columns = mapColumns(source.name, row, COLUMNS, ['url'], 'LinkedIn Connections.csv');
        continue;
      }
      const get = (field: LinkedInField): string | undefined => cell(row, columns!, field);
      const displayName = [get('firstName'), get('lastName')].filter(Boolean).join(' ');
      const url = get('url');
      const connection = connectionOf(context, 'linkedin', {
        displayName,
        username: slugOf(url),
        profileUrl: url,
        relationship: 'friend',
        connectedOn: dateFromText(get('connectedOn')),
        source: { file: source.name, line: row.line },
      });
      if (connection) yield connection;
    }
  },
};

/** `https://www.linkedin.com/in/zo%C3%AB-price-4b1a` → `zoë-price-4b1a`. */
function slugOf(url: string | undefined): string | undefined {
  const slug = url ? /linkedin\.com\/in\/([^/?#]+)/i.exec(url)?.[1] : undefined;
  if (!slug) return undefined;
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
