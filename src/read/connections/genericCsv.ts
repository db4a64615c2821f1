import { InputError, quote } from '../../errors.js';
import type { Connection } from '../../model/records.js';
import { parseDate } from '../../normalise/dates.js';
import { cell, headerKey, mapColumns, readCsvRows, type ColumnAliases } from '../csvTable.js';
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
    let columns: ReturnType<typeof mapColumns<GenericField>> | undefined;
    for await (const row of readCsvRows(source)) {
      if (!columns) {
        const required = context.staffId || context.staffName ? [['displayName', 'username'] as const] : [['staffId', 'staffName'] as const, ['displayName', 'username'] as const];
        columns = mapColumns(source.name, row, GENERIC_COLUMNS, required, 'a connections file');
        continue;
      }
      const get = (field: GenericField): string | undefined => cell(row, columns!, field);
      const displayName = get('displayName');
      const username = get('username');
      if (!displayName && !username) continue;
      const connection: Connection = {
        platform: (get('platform') ?? 'unknown').toLowerCase(),
        source: { file: source.name, line: row.line },
      };
      const staffId = get('staffId') ?? context.staffId;
      const staffName = get('staffName') ?? context.staffName;
      if (staffId) connection.staffId = staffId;
      if (staffName) connection.staffName = staffName;
      if (!staffId && !staffName) throw new InputError(source.name, row.line, 'has no staff_id or staff_name');
      if (displayName) connection.displayName = displayName;
      if (username) connection.username = username;
      const profileUrl = get('profileUrl');
      if (profileUrl) connection.profileUrl = profileUrl;
      const relationship = get('relationship');
      if (relationship) connection.relationship = RELATIONSHIP_WORDS[headerKey(relationship)] ?? relationship.toLowerCase();
      const connectedOn = get('connectedOn');
      if (connectedOn) {
        const iso = parseDate(connectedOn);
        if (!iso) throw new InputError(source.name, row.line, `connected_on ${quote(connectedOn)} is not a date`, 'Dates are YYYY-MM-DD or DD/MM/YYYY.');
        connection.connectedOn = iso;
      }
      yield connection;
    }
  },
};
