import type { Relationship } from '../../model/records.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { connectionOf, entryRef } from './connectionOf.js';
import { PartialRead } from './PartialRead.js';
import { isRecord, readJson, text, warnUnexpectedShape } from './platformJson.js';

/**
 * Snapchat's "My Data" download (with "Export JSON files" ticked): `json/friends.json`, one object
 * of lists of `{"Username", "Display Name", "Creation Timestamp", "Last Modified Timestamp",
 * "Source"}` with dates like `2023-04-01 18:22:10 UTC` (older downloads: `Wed Mar 15 10:00:00 UTC 2017`). "Deleted Friends", "Blocked Users",
 * "Hidden Friend Suggestions", "Ignored Snapchatters" and "Shortcuts" are not connections.
 */
const LISTS: Record<string, Relationship> = {
  Friends: 'friend',
  'Friend Requests Sent': 'request_sent',
  'Pending Requests': 'request_received',
};

export const snapchatImporter: ConnectionImporter = {
  id: 'snapchat-json',
  platform: 'snapchat',
  label: 'Snapchat download (JSON)',
  detect: ({ name, head }) =>
    /\.json$/i.test(name) &&
    /^\s*\{\s*"(Friends|Friend Requests Sent|Blocked Users|Deleted Friends)"\s*:/.test(head) &&
    /"(Display Name|Creation Timestamp|Deleted Friends|Friend Requests Sent)"/.test(head),
  async *parse(source, context) {
    const json = await readJson(source, context);
    if (json === undefined) return;
    if (!isRecord(json)) {
      warnUnexpectedShape(source, context, 'Snapchat friend lists');
      return;
    }
    const partial = new PartialRead(context, source.name);
    for (const [list, relationship] of Object.entries(LISTS)) {
      const entries = json[list];
      if (!Array.isArray(entries)) continue;
      for (const [index, entry] of entries.entries()) {
        if (!isRecord(entry)) continue;
        partial.row();
        const username = text(entry.Username);
        const connection = connectionOf(context, 'snapchat', {
          displayName: text(entry['Display Name']),
          username,
          profileUrl: username ? `https://www.snapchat.com/add/${encodeURIComponent(username)}` : undefined,
          relationship,
          connectedOn: partial.date(entry['Creation Timestamp']),
          source: entryRef(source, index, list),
        });
        if (connection) yield connection;
        else partial.unnamed();
      }
    }
    partial.report();
  },
};
