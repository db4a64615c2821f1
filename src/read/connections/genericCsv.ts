import { InputError, quote } from '../../errors.js';
import type { TextSource } from '../../io/TextSource.js';
import type { Connection } from '../../model/records.js';
import { isExcelSerial, parseDateNear, plainIsoDate } from '../../normalise/dates.js';
import { cutOffRow } from '../checkNotCutOff.js';
import { type CsvPiece, readCsvPieces } from '../csvPieces.js';
import { csvRows } from '../csvRecords.js';
import { type ColumnAliases, type ColumnIndex, type CsvRow, cellAt, headerKey, mapColumns } from '../csvTable.js';
import { excelSerialInCsv } from '../rolls/excelDates.js';
import { headerCells, isHeaderAgain } from '../rolls/headerAgain.js';
import type { ConnectionImporter, ImportContext } from './ConnectionImporter.js';

type GenericField =
  | 'staffId'
  | 'staffName'
  | 'platform'
  | 'displayName'
  | 'username'
  | 'profileUrl'
  | 'relationship'
  | 'connectedOn';

const GENERIC_COLUMNS: ColumnAliases<GenericField> = {
  staffId: ['staff_id'],
  staffName: ['staff_name'],
  platform: ['platform'],
  displayName: ['display_name', 'name'],
  username: ['username', 'handle', 'user_name'],
  profileUrl: ['profile_url', 'url'],
  relationship: ['relationship'],
  connectedOn: ['connected_on', 'date'],
};

// A Map, not an object: looking a cell's text up as a property name first finds (or makes) it in
// V8's table of property names, which on a trust's million rows cost more than the rest of the row.
const RELATIONSHIP_WORDS = new Map<string, string>([
  ['request_sent', 'request_sent'],
  ['request_received', 'request_received'],
  ['friend', 'friend'],
  ['friends', 'friend'],
  ['follower', 'follower'],
  ['followers', 'follower'],
  ['following', 'following'],
  ['follows', 'following'],
  ['requestsent', 'request_sent'],
  ['sentrequest', 'request_sent'],
  ['requestreceived', 'request_received'],
  ['receivedrequest', 'request_received'],
]);

/** The contract's generic connections CSV, which schools also fill in by hand. */
export const genericCsvImporter: ConnectionImporter = {
  id: 'generic-csv',
  platform: 'generic',
  label: 'generic connections CSV',
  detect({ name, head }) {
    if (!/\.(csv|txt)$/i.test(name)) return false;
    const firstLine = head.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
    const keys = new Set(firstLine.split(/[,;\t]/).map((h) => headerKey(h.replace(/^"|"$/g, ''))));
    const has = (aliases: readonly string[]) => aliases.some((alias) => keys.has(headerKey(alias)));
    // The account's columns by every name the list is read by; a bare `name` or `url` only beside `platform`,
    // since a staff list (staff_id, name, role) dropped among the lists is no list of accounts.
    const account = [...GENERIC_COLUMNS.displayName, ...GENERIC_COLUMNS.username, ...GENERIC_COLUMNS.profileUrl];
    const plain = account.filter((alias) => alias !== 'name' && alias !== 'url');
    return (
      (has(plain) || (keys.has('platform') && has(account))) &&
      (keys.has('staffid') || keys.has('staffname') || keys.has('platform'))
    );
  },
  async *parse(source, context) {
    for await (const batch of readGenericBatches(source, context)) yield* batch;
  },
  parseBatches: (source, context) => readGenericBatches(source, context),
};

/**
 * The list's connections, a piece of it at a time; its header is read once, from the first piece.
 * Each piece's rows are read as the caller asks for them (see `csvRows`).
 */
async function* readGenericBatches(source: TextSource, context: ImportContext): AsyncGenerator<Iterable<Connection>> {
  let columns: GenericColumns | undefined;
  let header: string[] = [];
  // Dates not written YYYY-MM-DD (DD/MM/YYYY in lists made by hand) are read once each: a list
  // has a few thousand distinct ones among a trust's million rows.
  const dates = new Map<string, string | null>();
  const platforms = new Map<string, string>();
  for await (const piece of readCsvPieces(source)) {
    if (!columns) {
      const names = ['displayName', 'username', 'profileUrl'] as const;
      const required = context.staffId || context.staffName ? [names] : [['staffId', 'staffName'] as const, names];
      columns = fixedColumns(mapColumns(piece.file, piece.header, GENERIC_COLUMNS, required, 'a connections file'));
      header = headerCells(piece.header);
    }
    yield connectionsOf(piece, columns, context, dates, platforms, header);
  }
}

function* connectionsOf(
  piece: CsvPiece,
  columns: GenericColumns,
  context: ImportContext,
  dates: Map<string, string | null>,
  platforms: Map<string, string>,
  header: readonly string[],
): Generator<Connection> {
  let previous: CsvRow | undefined;
  let last: CsvRow | undefined;
  // Each row is read once the next is seen: the file's last may be cut off, and is then not read at all.
  for (const row of csvRows(piece.file, piece.bytes, piece.firstLine, piece.trim, piece.delimiter)) {
    // Lists joined into one file, each with its header: the header again is no connection.
    if (isHeaderAgain(header, row)) continue;
    if (last) {
      const connection = readConnection(piece.file, last, columns, context, dates, platforms);
      if (connection) yield connection;
    }
    previous = last;
    last = row;
  }
  if (!last) return;
  const cut = piece.unended ? cutOffRow(piece.header.cells.length, last, previous) : undefined;
  if (cut !== undefined) {
    // One colleague's cut download stops no school's audit: what came before the cut is checked, and the warning says so.
    context.warn({ code: 'FILE_UNREADABLE', args: { why: 'cut-off', detail: cut } }, `${piece.file}:${last.line}`);
    return;
  }
  const connection = readConnection(piece.file, last, columns, context, dates, platforms);
  if (connection) yield connection;
}

/** Every field's column, -1 where the list has none: one object shape, read a million times. */
type GenericColumns = Record<GenericField, number>;

function fixedColumns(columns: ColumnIndex<GenericField>): GenericColumns {
  return {
    staffId: columns.staffId ?? -1,
    staffName: columns.staffName ?? -1,
    platform: columns.platform ?? -1,
    displayName: columns.displayName ?? -1,
    username: columns.username ?? -1,
    profileUrl: columns.profileUrl ?? -1,
    relationship: columns.relationship ?? -1,
    connectedOn: columns.connectedOn ?? -1,
  };
}

function readConnection(
  file: string,
  row: CsvRow,
  columns: GenericColumns,
  context: ImportContext,
  dates: Map<string, string | null>,
  platforms: Map<string, string>,
): Connection | undefined {
  const displayName = cellAt(row, columns.displayName);
  const username = cellAt(row, columns.username);
  const profileUrl = cellAt(row, columns.profileUrl);
  // A row with only a profile link is read too: the link may carry the handle.
  if (!displayName && !username && !profileUrl) return undefined;
  const staffId = cellAt(row, columns.staffId) ?? context.staffId;
  const staffName = cellAt(row, columns.staffName) ?? context.staffName;
  if (!staffId && !staffName)
    throw new InputError(
      file,
      row.line,
      `has no staff_id or staff_name (the account ${quote(displayName ?? username ?? profileUrl ?? '')})`,
      'Fill in whose list the row is from, or put each member of staff’s list in connections/ under their staff id.',
    );
  const relationship = cellAt(row, columns.relationship);
  const connectedOn = cellAt(row, columns.connectedOn);
  // Every connection is built with the same fields in the same order (absent ones undefined):
  // one object shape keeps the matcher's reading of a million of them fast.
  return {
    staffId,
    staffName,
    platform: platformOf(cellAt(row, columns.platform) ?? 'unknown', platforms),
    displayName,
    username,
    profileUrl,
    relationship:
      relationship &&
      (RELATIONSHIP_WORDS.get(relationship) ??
        RELATIONSHIP_WORDS.get(headerKey(relationship)) ??
        relationship.toLowerCase()),
    connectedOn: connectedOn && isoDate(file, row.line, connectedOn, dates, context.auditDate),
    source: { file, line: row.line },
  };
}

/**
 * The platform's name in lower case, made once per name for the whole list rather than once per
 * row: the audit keys its counts by it, and one string is hashed once.
 */
function platformOf(text: string, platforms: Map<string, string>): string {
  let platform = platforms.get(text);
  if (platform === undefined) {
    platform = text.toLowerCase();
    if (platforms.size < 1000) platforms.set(text, platform);
  }
  return platform;
}

function isoDate(
  file: string,
  line: number,
  text: string,
  dates: Map<string, string | null>,
  auditDate: string | undefined,
): string {
  let iso = plainIsoDate(text) ?? dates.get(text);
  if (iso === undefined) {
    iso = parseDateNear(text, auditDate, 'event');
    if (dates.size < 20_000) dates.set(text, iso);
  }
  if (!iso) {
    if (isExcelSerial(text)) throw excelSerialInCsv(file, line, 'connected_on', text);
    throw new InputError(
      file,
      line,
      `connected_on ${quote(text)} is not a date`,
      'Dates are YYYY-MM-DD or DD/MM/YYYY (or DD/MM/YY).',
    );
  }
  return iso;
}
