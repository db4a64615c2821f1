import { type ColumnAliases, type ColumnIndex, cell, headerKey, mapColumns } from '../csvTable.js';
import { readCsvRows } from '../readCsvRows.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { anyConnectionOf, connectionOf } from './connectionOf.js';
import { PartialRead } from './PartialRead.js';

/**
 * LinkedIn's `Connections.csv` (from "Get a copy of your data"), in each shape it has had:
 *   2023-  a few "Notes:" lines, then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`
 *   -2022  the same without `URL`, with or without the notes
 * Dates are `05 Mar 2024`, or LinkedIn's older US stamp `1/8/18, 6:14 PM`, or, once Excel has
 * re-saved the file, `14-Aug-25`. Members who hide their name leave both name cells empty: their
 * profile link (where there is one) serves as a username; a row with neither is still a
 * connection, counted and said to be uncheckable.
 */
type LinkedInField = 'firstName' | 'lastName' | 'url' | 'connectedOn';

const COLUMNS: ColumnAliases<LinkedInField> = {
  firstName: ['First Name'],
  lastName: ['Last Name'],
  url: ['URL'],
  connectedOn: ['Connected On'],
};

const HEADER = /^\uFEFF?"?First Name"?,"?Last Name"?,.*"?Connected On"?\s*$/im;

export const linkedinImporter: ConnectionImporter = {
  id: 'linkedin-csv',
  platform: 'linkedin',
  label: 'LinkedIn Connections.csv',
  detect: ({ name, head }) => /\.csv$/i.test(name) && HEADER.test(head),
  async *parse(source, context) {
    let columns: ColumnIndex<LinkedInField> | undefined;
    const partial = new PartialRead(context, source.name);
    for await (const row of readCsvRows(source)) {
      if (!columns) {
        // Everything before the header is LinkedIn's notes.
        if (headerKey(row.cells[0] ?? '') === 'firstname')
          columns = mapColumns(source.name, row, COLUMNS, ['connectedOn'], 'LinkedIn Connections.csv');
        continue;
      }
      if (row.cells.every((c) => c.trim() === '')) continue;
      partial.row();
      const get = (field: LinkedInField): string | undefined => cell(row, columns!, field);
      const url = get('url');
      const fields = {
        displayName: [get('firstName'), get('lastName')].filter(Boolean).join(' '),
        username: slugOf(url),
        profileUrl: url,
        relationship: 'friend' as const,
        connectedOn: partial.date(get('connectedOn'), { line: row.line, column: 'Connected On' }),
        source: { file: source.name, line: row.line },
      };
      if (!fields.displayName && !fields.username) partial.unnamed();
      yield anyConnectionOf(context, 'linkedin', fields);
    }
    partial.report('hidden-members');
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

/**
 * LinkedIn's `Invitations.csv`, beside Connections.csv: `From,To,Sent At,Message,Direction` (later
 * with `inviterProfileUrl,inviteeProfileUrl`), each invitation still open, sent (`OUTGOING`) or
 * received (`INCOMING`); `Sent At` is LinkedIn's US stamp `3/1/24, 9:14 AM`.
 */
type InvitationField = 'from' | 'to' | 'sentAt' | 'direction' | 'inviterUrl' | 'inviteeUrl';

const INVITATION_COLUMNS: ColumnAliases<InvitationField> = {
  from: ['From'],
  to: ['To'],
  sentAt: ['Sent At'],
  direction: ['Direction'],
  inviterUrl: ['inviterProfileUrl'],
  inviteeUrl: ['inviteeProfileUrl'],
};

const INVITATIONS_HEADER = /^\uFEFF?"?From"?,"?To"?,"?Sent At"?,.*"?Direction"?/im;

export const linkedinInvitationsImporter: ConnectionImporter = {
  id: 'linkedin-invitations-csv',
  platform: 'linkedin',
  label: 'LinkedIn Invitations.csv',
  detect: ({ name, head }) => /\.csv$/i.test(name) && INVITATIONS_HEADER.test(head),
  async *parse(source, context) {
    let columns: ColumnIndex<InvitationField> | undefined;
    const partial = new PartialRead(context, source.name);
    for await (const row of readCsvRows(source)) {
      if (!columns) {
        columns = mapColumns(
          source.name,
          row,
          INVITATION_COLUMNS,
          ['from', 'to', 'direction'],
          'LinkedIn Invitations.csv',
        );
        continue;
      }
      const get = (field: InvitationField): string | undefined => cell(row, columns!, field);
      const outgoing = /^out/i.test(get('direction') ?? '');
      partial.row();
      const url = outgoing ? get('inviteeUrl') : get('inviterUrl');
      const connection = connectionOf(context, 'linkedin', {
        displayName: outgoing ? get('to') : get('from'),
        username: slugOf(url),
        profileUrl: url,
        relationship: outgoing ? 'request_sent' : 'request_received',
        connectedOn: partial.date(get('sentAt'), { line: row.line, column: 'Sent At' }),
        source: { file: source.name, line: row.line },
      });
      if (connection) yield connection;
      else partial.unnamed();
    }
    partial.report();
  },
};
