import type { Relationship } from '../../model/records.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { connectionOf, entryRef } from './connectionOf.js';
import { fileParts } from './fileParts.js';
import { PartialRead } from './PartialRead.js';
import { isRecord, readJson, warnUnexpectedShape } from './platformJson.js';
import { metaText } from './repairMojibake.js';

/**
 * Facebook's "Download your information" in JSON. Lists hold names only (no usernames or
 * links) as `{"friends_v2": [{"name", "timestamp"}]}`, with Unix-second timestamps. Where
 * they sit changed over the years:
 *   2022-  connections/friends/{your_friends, sent_friend_requests, received_friend_requests,
 *          removed_friends, rejected_friend_requests}.json, connections/followers/{who_you've_followed,
 *          people_who_followed_you_N}.json
 *   2020-  friends_and_followers/{friends, friend_requests_sent, friend_requests_received,
 *          removed_friends, rejected_friend_requests, following, followers}.json
 *   2018-  friends/{friends, sent_friend_requests, received_friend_requests, removed_friends}.json
 *          with unversioned keys ("friends", "sent_requests", …)
 */
interface ListKind {
  /** The file's own name, without `_N` and `.json`. */
  names: RegExp;
  /** Generic names count only in Facebook's own folders. */
  parents?: RegExp;
  keys: readonly string[];
  /** Undefined for lists that are not connections: removed friends, rejected requests. */
  relationship?: Relationship;
}

const FB_FOLDERS = /^(friends|friends_and_followers|following_and_followers|followers)$/;

const KINDS: readonly ListKind[] = [
  { names: /^your_friends$/, keys: ['friends_v2', 'friends'], relationship: 'friend' },
  { names: /^friends$/, parents: FB_FOLDERS, keys: ['friends_v2', 'friends'], relationship: 'friend' },
  {
    names: /^(received_friend_requests|friend_requests_received)$/,
    keys: ['received_requests_v2', 'received_requests'],
    relationship: 'request_received',
  },
  {
    names: /^(sent_friend_requests|friend_requests_sent)$/,
    keys: ['sent_requests_v2', 'sent_requests'],
    relationship: 'request_sent',
  },
  {
    names: /^(who_you['’_]?ve_followed|who_you_follow)$/,
    keys: ['following_v3', 'following_v2', 'following'],
    relationship: 'following',
  },
  {
    names: /^following$/,
    parents: FB_FOLDERS,
    keys: ['following_v3', 'following_v2', 'following'],
    relationship: 'following',
  },
  { names: /^people_who_followed_you$/, keys: ['followers_v3', 'followers_v2', 'followers'], relationship: 'follower' },
  {
    names: /^followers$/,
    parents: FB_FOLDERS,
    keys: ['followers_v3', 'followers_v2', 'followers'],
    relationship: 'follower',
  },
  { names: /^(removed|deleted)_friends$/, keys: ['deleted_friends_v2', 'removed_friends_v2', 'deleted_friends'] },
  { names: /^(rejected|declined)_friend_requests$/, keys: ['rejected_requests_v2', 'rejected_requests'] },
];

/** Versioned keys are Facebook's alone, so they identify a list whatever the file is called. */
const VERSIONED_KEY =
  /^\s*\{\s*"((?:friends|received_requests|sent_requests|deleted_friends|removed_friends|rejected_requests)_v2|(?:following|followers)_v[23])"\s*:/;

function kindOf(file: { name: string; head: string }): ListKind | undefined {
  const { base, ext, parent } = fileParts(file.name);
  if (ext !== 'json') return undefined;
  const bare = base.replace(/_\d+$/, '');
  const byName = KINDS.find((k) => k.names.test(bare) && (!k.parents || k.parents.test(parent)));
  if (byName) return byName;
  const key = VERSIONED_KEY.exec(file.head)?.[1];
  return key ? KINDS.find((k) => k.keys.includes(key)) : undefined;
}

export const facebookImporter: ConnectionImporter = {
  id: 'facebook-json',
  platform: 'facebook',
  label: 'Facebook download (JSON)',
  detect(file) {
    const kind = kindOf(file);
    // A generic name ("friends.json") must also look like Facebook's JSON, not Snapchat's.
    return kind !== undefined && /^\s*[[{]/.test(file.head) && !/"(Friends|Display Name|Username)"\s*:/.test(file.head);
  },
  async *parse(source, context) {
    const kind = kindOf({ name: source.name, head: await source.head() });
    if (!kind?.relationship) return;
    const json = await readJson(source, context);
    if (json === undefined) return;
    const list = Array.isArray(json)
      ? json
      : isRecord(json)
        ? kind.keys.map((k) => json[k]).find(Array.isArray)
        : undefined;
    if (!list) {
      warnUnexpectedShape(source, context, `a Facebook list (${kind.keys.join(' or ')})`);
      return;
    }
    const partial = new PartialRead(context, source.name);
    for (const [index, item] of list.entries()) {
      partial.row();
      const person = personOf(item);
      const connection = connectionOf(context, 'facebook', {
        displayName: person.name,
        relationship: kind.relationship,
        connectedOn: partial.seconds(person.timestamp),
        source: entryRef(source, index),
      });
      if (connection) yield connection;
      else partial.unnamed();
    }
    partial.report();
  },
};

/** The name and date of one entry, in each shape Facebook has used. */
function personOf(item: unknown): { name?: string | undefined; timestamp?: unknown } {
  if (typeof item === 'string') return { name: metaText(item) };
  if (!isRecord(item)) return {};
  const first =
    Array.isArray(item.string_list_data) && isRecord(item.string_list_data[0]) ? item.string_list_data[0] : {};
  const labelled = Array.isArray(item.label_values)
    ? item.label_values.find(
        (lv): lv is Record<string, unknown> => isRecord(lv) && /^(full )?name$/i.test(String(lv.label ?? '')),
      )
    : undefined;
  return {
    name: metaText(item.name) ?? metaText(first.value) ?? metaText(labelled?.value) ?? metaText(item.title),
    timestamp: item.timestamp ?? first.timestamp,
  };
}
