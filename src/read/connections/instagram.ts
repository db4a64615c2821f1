import type { Relationship } from '../../model/records.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { connectionOf, entryRef } from './connectionOf.js';
import { fileParts } from './fileParts.js';
import { readLabelValues } from './labelValues.js';
import { PartialRead } from './PartialRead.js';
import { isRecord, readJson, warnUnexpectedShape } from './platformJson.js';
import { metaText } from './repairMojibake.js';

/**
 * Instagram's "Download your information" in JSON, and Threads' lists, which come inside it in
 * the same shape. In `connections/followers_and_following/`:
 *   followers_1.json   a bare array (older) or {"relationships_followers": [...]}
 *   following.json     {"relationships_following": [...]}
 *   pending_follow_requests.json, recent_follow_requests.json, follow_requests_you've_received.json,
 *   close_friends.json, and lists that are not connections (blocked, restricted, unfollowed, …)
 * Each entry is {"title", "string_list_data": [{"href", "value", "timestamp"}]}: older downloads
 * put the username in `value` and leave `title` empty; newer ones put it in `title`, drop
 * `value` and may write the link as `https://www.instagram.com/_u/<username>`. Usernames only.
 * Threads: `threads/followers.json` {"text_post_app_text_post_app_followers": [...]} and so on.
 * From 2026 some lists (pending_follow_requests.json, recent_follow_requests.json,
 * restricted_profiles.json, …) are bare arrays of Meta's labelled entries (see labelValues.ts),
 * known then by the file's name, and may carry a name beside the username.
 */
const INSTAGRAM_LISTS: Record<string, Relationship | null> = {
  relationships_followers: 'follower',
  relationships_following: 'following',
  relationships_close_friends: 'follower',
  relationships_follow_requests_sent: 'request_sent',
  relationships_permanent_follow_requests: 'request_sent',
  relationships_follow_requests_received: 'request_received',
  relationships_blocked_users: null,
  relationships_restricted_users: null,
  relationships_hide_stories_from: null,
  relationships_unfollowed_users: null,
  relationships_dismissed_suggested_users: null,
  relationships_following_hashtags: null,
  relationships_feed_favorites: null,
};

const THREADS_LISTS: Record<string, Relationship | null> = {
  text_post_app_text_post_app_followers: 'follower',
  text_post_app_text_post_app_following: 'following',
  text_post_app_text_post_app_follow_requests_sent: 'request_sent',
};

/** The lists known by their file's name alone (without `_N`), when no key names them. */
const INSTAGRAM_FILES: Record<string, Relationship | null> = {
  followers: 'follower',
  following: 'following',
  close_friends: 'follower',
  pending_follow_requests: 'request_sent',
  recent_follow_requests: 'request_sent',
  "follow_requests_you've_received": 'request_received',
  follow_requests_youve_received: 'request_received',
  blocked_accounts: null,
  blocked_profiles: null,
  restricted_accounts: null,
  restricted_profiles: null,
  hide_story_from: null,
  recently_unfollowed_accounts: null,
  recently_unfollowed_profiles: null,
  removed_suggestions: null,
  "profiles_you've_favorited": null,
};

const THREADS_FILES: Record<string, Relationship | null> = {
  followers: 'follower',
  following: 'following',
  pending_follow_requests: 'request_sent',
};

const LIST_KEY = /^\s*\{\s*"([a-z_]+)"\s*:/;
/** What a list of Meta's entries opens with: either shape, or nothing at all. */
const ENTRIES = /"string_list_data"|"label_values"|^\s*\[\s*\]\s*$|^\s*\{\s*"[a-z_]+"\s*:\s*\[\s*\]\s*\}\s*$/;

function makeImporter(
  platform: 'instagram' | 'threads',
  lists: Record<string, Relationship | null>,
  files: Record<string, Relationship | null>,
): ConnectionImporter {
  /** The list the file holds, by its key, or, for a bare array of entries, by the file's name. */
  const listOf = (file: {
    name: string;
    head: string;
  }): { key?: string; relationship: Relationship | null } | undefined => {
    const { ext, base, path } = fileParts(file.name);
    if (ext !== 'json') return undefined;
    const key = LIST_KEY.exec(file.head)?.[1];
    if (key && key in lists) return { key, relationship: lists[key]! };
    const bare = base.replace(/_\d+$/, '');
    if (!(bare in files) || !ENTRIES.test(file.head)) return undefined;
    const inThreads = /(^|\/)threads\//.test(path);
    // Generic names count only where Instagram puts them, or when the entries link to Instagram.
    const inPlace =
      platform === 'threads'
        ? inThreads
        : !inThreads && (/(^|\/)followers_and_following\//.test(path) || /instagram\.com/i.test(file.head));
    return inPlace ? { relationship: files[bare]! } : undefined;
  };
  return {
    id: `${platform}-json`,
    platform,
    label: platform === 'instagram' ? 'Instagram download (JSON)' : 'Threads lists in an Instagram download (JSON)',
    detect: (file) => listOf(file) !== undefined,
    async *parse(source, context) {
      const list = listOf({ name: source.name, head: await source.head() });
      if (!list?.relationship) return;
      const json = await readJson(source, context);
      if (json === undefined) return;
      const entries = list.key === undefined ? entriesOf(json) : isRecord(json) ? json[list.key] : undefined;
      if (!Array.isArray(entries)) {
        warnUnexpectedShape(source, context, `an ${platform === 'instagram' ? 'Instagram' : 'Threads'} list`);
        return;
      }
      const partial = new PartialRead(context, source.name);
      for (const [index, entry] of entries.entries()) {
        partial.row();
        const account = accountOf(entry, platform);
        const connection = connectionOf(context, platform, {
          displayName: account.displayName,
          username: account.username,
          profileUrl: account.profileUrl,
          relationship: list.relationship,
          connectedOn: partial.seconds(account.timestamp),
          source: entryRef(source, index),
        });
        if (connection) yield connection;
        else partial.unnamed();
      }
      partial.report();
    },
  };
}

export const instagramImporter = makeImporter('instagram', INSTAGRAM_LISTS, INSTAGRAM_FILES);
export const threadsImporter = makeImporter('threads', THREADS_LISTS, THREADS_FILES);

/** A bare array, or the one array an object wraps (Meta re-wraps lists without notice). */
function entriesOf(json: unknown): unknown {
  if (Array.isArray(json) || !isRecord(json)) return json;
  const arrays = Object.values(json).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** Username, name, link and date of one entry, from whichever of `value`, `title`, `href` and `label_values` has them. */
function accountOf(
  entry: unknown,
  platform: 'instagram' | 'threads',
): { username?: string | undefined; displayName?: string; profileUrl?: string | undefined; timestamp?: unknown } {
  if (!isRecord(entry)) return {};
  const data =
    Array.isArray(entry.string_list_data) && isRecord(entry.string_list_data[0]) ? entry.string_list_data[0] : {};
  const labelled = Array.isArray(entry.label_values) ? readLabelValues(entry.label_values, usernameFromLink) : {};
  const fromLink = usernameFromLink(metaText(data.href));
  const username = metaText(data.value) ?? metaText(entry.title) ?? fromLink ?? labelled.username;
  const profileUrl = username
    ? platform === 'instagram'
      ? `https://www.instagram.com/${username}`
      : `https://www.threads.net/@${username}`
    : undefined;
  return {
    username,
    ...(labelled.displayName ? { displayName: labelled.displayName } : {}),
    profileUrl,
    timestamp: data.timestamp ?? entry.timestamp,
  };
}

/** `https://www.instagram.com/_u/jo.bloggs/?igsh=…` or `https://www.threads.net/@jo.bloggs` → `jo.bloggs`. */
export function usernameFromLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const match = /^https?:\/\/(?:www\.)?(?:instagram\.com|threads\.(?:net|com))\/(?:_u\/)?@?([A-Za-z0-9._]+)/i.exec(
    href,
  );
  return match?.[1];
}
