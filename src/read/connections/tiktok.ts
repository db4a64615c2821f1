import type { TextSource } from '../../io/TextSource.js';
import type { Relationship } from '../../model/records.js';
import type { ConnectionImporter, ImportContext } from './ConnectionImporter.js';
import { connectionOf, entryRef } from './connectionOf.js';
import { fileParts } from './fileParts.js';
import { PartialRead } from './PartialRead.js';
import { dateFromText } from './platformDates.js';
import { isRecord, readJson, text, warnUnexpectedShape } from './platformJson.js';

/**
 * TikTok's "Download your data". JSON: one `user_data.json` (since 2024 `user_data_tiktok.json`)
 * whose lists of `{"Date", "UserName"}` moved with the years:
 *   "Activity" › "Following List" › "Following",  "Activity" › "Follower List" › "FansList"
 *   "Your Activity" › "Following" › "Following",   "Your Activity" › "Follower" › "FansList"
 *   "Profile And Settings" › "Following" › "Following", "Profile And Settings" › "Follower" › "FansList"
 * TXT: `Following.txt` / `Follower.txt` (earlier `Following List.txt` / `Follower List.txt`;
 * Dutch `Volgend.txt` / `Volger.txt`), blocks of `Date: …` and `Username: …` lines. Usernames only.
 */
const SECTIONS = ['Activity', 'Your Activity', 'Profile And Settings', 'Profile'];
const LISTS: { relationship: Relationship; label: string; groups: string[]; keys: string[] }[] = [
  {
    relationship: 'following',
    label: 'Following',
    groups: ['Following List', 'Following'],
    keys: ['Following', 'FollowingList'],
  },
  {
    relationship: 'follower',
    label: 'Follower',
    groups: ['Follower List', 'Follower', 'Followers'],
    keys: ['FansList', 'Followers', 'FollowerList'],
  },
];

const JSON_NAME = /^user_data(_tiktok)?$/;
const TXT_NAMES: Record<string, Relationship> = {
  following: 'following',
  'following list': 'following',
  volgend: 'following',
  follower: 'follower',
  'follower list': 'follower',
  followers: 'follower',
  volger: 'follower',
  volgers: 'follower',
};

export const tiktokImporter: ConnectionImporter = {
  id: 'tiktok',
  platform: 'tiktok',
  label: 'TikTok download (JSON or TXT)',
  detect({ name, head }) {
    const { base, ext } = fileParts(name);
    if (ext === 'json') return JSON_NAME.test(base) && /^\s*\{/.test(head);
    return ext === 'txt' && base in TXT_NAMES && /^\s*(user ?name|gebruikersnaam)\s*:/im.test(head);
  },
  parse(source, context) {
    return fileParts(source.name).ext === 'json' ? parseJson(source, context) : parseTxt(source, context);
  },
};

async function* parseJson(source: TextSource, context: ImportContext) {
  const json = await readJson(source, context);
  if (json === undefined) return;
  const sections = isRecord(json) ? SECTIONS.map((s) => json[s]).filter(isRecord) : [];
  if (sections.length === 0) {
    warnUnexpectedShape(source, context, `TikTok's "Activity", "Your Activity" or "Profile And Settings" section`);
    return;
  }
  const partial = new PartialRead(context, source.name);
  for (const list of LISTS) {
    const entries = findList(sections, list.groups, list.keys);
    for (const [index, entry] of entries.entries()) {
      partial.row();
      const connection = connectionOf(context, 'tiktok', {
        username: usernameOf(entry),
        relationship: list.relationship,
        connectedOn: partial.date(isRecord(entry) ? entry.Date : undefined),
        source: entryRef(source, index, list.label),
      });
      if (connection) yield connection;
      else partial.unnamed();
    }
  }
  partial.report();
}

function findList(sections: Record<string, unknown>[], groups: string[], keys: string[]): unknown[] {
  for (const section of sections) {
    for (const group of groups) {
      const value = section[group];
      if (Array.isArray(value)) return value;
      if (!isRecord(value)) continue;
      const list = keys.map((k) => value[k]).find(Array.isArray);
      if (list) return list;
    }
  }
  return [];
}

function usernameOf(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  return text(entry.UserName) ?? text(entry.Username) ?? text(entry['User Name']) ?? text(entry.username);
}

async function* parseTxt(source: TextSource, context: ImportContext) {
  const relationship = TXT_NAMES[fileParts(source.name).base]!;
  const lines = (await source.text()).split(/\r\n|\r|\n/);
  let date: string | undefined;
  for (const [index, line] of lines.entries()) {
    const match = /^\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match) {
      date = undefined; // a blank line ends an entry
      continue;
    }
    const key = match[1]!.toLowerCase().replace(/\s+/g, '');
    if (key === 'date' || key === 'datum') date = dateFromText(match[2]);
    if (key !== 'username' && key !== 'gebruikersnaam') continue;
    const connection = connectionOf(context, 'tiktok', {
      username: text(match[2]),
      relationship,
      connectedOn: date,
      source: { file: source.name, line: index + 1 },
    });
    if (connection) yield connection;
  }
}
