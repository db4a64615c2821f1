import type { TextSource } from '../../io/TextSource.js';
import type { Connection, Relationship, SourceRef } from '../../model/records.js';
import type { ImportContext } from './ConnectionImporter.js';

/** Where an entry is: its number in the file, or in one named list of a file holding several. */
export function entryRef(source: TextSource, index: number, list?: string): SourceRef {
  return { file: list ? `${source.name}#${list}` : source.name, line: index + 1 };
}

export interface ConnectionFields {
  displayName?: string | undefined;
  username?: string | undefined;
  profileUrl?: string | undefined;
  relationship: Relationship;
  connectedOn?: string | undefined;
  source: SourceRef;
}

/** The fields a connection has only when the download gives them, in the order they are set. */
const OPTIONAL_FIELDS = ['displayName', 'username', 'profileUrl', 'connectedOn'] as const;

/** A connection of the staff member whose download this is; undefined when it names nobody. */
export function connectionOf(
  context: ImportContext,
  platform: string,
  fields: ConnectionFields,
): Connection | undefined {
  if (!fields.displayName && !fields.username) return undefined;
  return anyConnectionOf(context, platform, fields);
}

/** The same, even when it names nobody: a hidden account is still counted among those read. */
export function anyConnectionOf(context: ImportContext, platform: string, fields: ConnectionFields): Connection {
  const connection: Connection = { platform, relationship: fields.relationship, source: fields.source };
  if (context.staffId) connection.staffId = context.staffId;
  if (context.staffName) connection.staffName = context.staffName;
  for (const key of OPTIONAL_FIELDS) {
    const value = fields[key];
    if (value) connection[key] = value;
  }
  return connection;
}
