import { InputError, quote } from '../../errors.js';
import type { Connection } from '../../model/records.js';
import { parseDate } from '../../normalise/dates.js';
import type { TextSource } from '../../io/TextSource.js';
import { cell, headerKey, mapColumns, readCsvBatches, type ColumnAliases, type ColumnIndex, type CsvRow } from '../csvTable.js';
import type { ImportContext } from './ConnectionImporter.js';
import type { ConnectionImporter } from './ConnectionImporter.js';

type GenericField = 'staffId' | 'staffName' | 'platform' | 'displayName' | 'username' | 'profileUrl' | 'relationship' | 'connectedOn';

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

const RELATIONSHIP_WORDS: Record<string, string> = {
  request_sent: 'request_sent',
  request_received: 'request_received',
  friend: 'friend',
  friends: 'friend',
  follower: 'follower',
  followers: 'follower',
  following: 'following',
  follows: 'following',
  requestsent: 'request_sent',
  sentrequest: 'request_sent',
  requestreceived: 'request_received',
  receivedrequest: 'request_received',
};

/** The contract's generic connections CSV, which schools also fill in by hand. */
export const genericCsvImporter: ConnectionImporter = {
  id: 'generic-csv',
  platform: 'generic',
  label: 'generic connections CSV',
  detect({ name, head }) {
    if (!/\.(csv|txt)$/i.test(name)) return false;
    const firstLine = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const keys = new Set(firstLine.split(/[,;\t]/).map((h) => headerKey(h.replace(/^"|"$/g, ''))));
    return (keys.has('displayname') || keys.has('username')) && (keys.has('staffid') || keys.has('staffname') || keys.has('platform'));
  },
  async *parse(source, context) {
    for await (const batch of parseGenericBatches(source, context)) yield* batch;
  },
  parseBatches: (source, context) => parseGenericBatches(source, context),
};

async function* parseGenericBatches(source: TextSource, context: ImportContext): AsyncGenerator<Connection[]> {
  let columns: ReturnType<typeof mapColumns<GenericField>> | undefined;
  const dates = new Map<string, string | null>();
  for await (const rows of readCsvBatches(source)) {
    const connections: Connection[] = [];
    for (const row of rows) {
      if (!columns) {
        const required = context.staffId || context.staffName ? [['displayName', 'username'] as const] : [['staffId', 'staffName'] as const, ['displayName', 'username'] as const];
        columns = mapColumns(source.name, row, GENERIC_COLUMNS, required, 'a connections file');
        continue;
      }
      const connection = readConnection(source.name, row, columns, context, dates);
      if (connection) connections.push(connection);
    }
    if (connections.length > 0) yield connections;
  }
}

function readConnection(file: string, row: CsvRow, columns: ColumnIndex<GenericField>, context: ImportContext, dates: Map<string, string | null>): Connection | undefined {
  const get = (field: GenericField): string | undefined => cell(row, columns, field);
  const displayName = get('displayName');
  const username = get('username');
  if (!displayName && !username) return undefined;
  const connection: Connection = {
    platform: (get('platform') ?? 'unknown').toLowerCase(),
    source: { file, line: row.line },
  };
  const staffId = get('staffId') ?? context.staffId;
  const staffName = get('staffName') ?? context.staffName;
  if (staffId) connection.staffId = staffId;
  if (staffName) connection.staffName = staffName;
  if (!staffId && !staffName) throw new InputError(file, row.line, 'has no staff_id or staff_name');
  if (displayName) connection.displayName = displayName;
  if (username) connection.username = username;
  const profileUrl = get('profileUrl');
  if (profileUrl) connection.profileUrl = profileUrl;
  const relationship = get('relationship');
  if (relationship) connection.relationship = RELATIONSHIP_WORDS[relationship] ?? RELATIONSHIP_WORDS[headerKey(relationship)] ?? relationship.toLowerCase();
  const connectedOn = get('connectedOn');
  if (connectedOn) {
    // A list has a few thousand distinct dates at most; parsing each once saves seconds on a trust.
    let iso = dates.get(connectedOn);
    if (iso === undefined) {
      iso = parseDate(connectedOn);
      if (dates.size < 20_000) dates.set(connectedOn, iso);
    }
    if (!iso) throw new InputError(file, row.line, `connected_on ${quote(connectedOn)} is not a date`, 'Dates are YYYY-MM-DD or DD/MM/YYYY.');
    connection.connectedOn = iso;
  }
  return connection;
}
