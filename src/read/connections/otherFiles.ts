import { fileParts } from './fileParts.js';

/**
 * Files that come with platform downloads but are not lists the tool reads: photos, videos and
 * documents, and the HTML versions of the lists, which platforms offer as the other format.
 */
const MEDIA =
  /\.(jpe?g|png|gif|webp|heic|heif|bmp|tiff?|svg|ico|mp4|mov|m4v|avi|mkv|webm|3gp|mp3|m4a|aac|wav|ogg|opus|pdf|docx?|xlsx?|pptx?|woff2?|ttf|otf|css)$/i;

export function isMedia(name: string): boolean {
  return MEDIA.test(name);
}

/**
 * The bulk of a full download, known by name and never a connection list: Meta's message
 * threads, X's tweets, direct messages and likes. Passing them by name spares opening thousands
 * of files in a download that was asked for with everything ticked.
 */
const BULK =
  /(^|\/)(messages\/(inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/|message_\d+\.json$)|(^|\/)data\/(tweets|tweet-headers|direct-messages|direct-message-headers|direct-messages-group|like|deleted-tweets)(-part\d+)?\.js$/i;

export function isBulkContent(name: string): boolean {
  return BULK.test(name);
}

/** The names the connection lists have in the HTML downloads of Facebook, Instagram, Threads and Snapchat. */
const HTML_LISTS =
  /^(your_friends|friends|received_friend_requests|sent_friend_requests|friend_requests_received|friend_requests_sent|who_you['’_]?ve_followed|people_who_followed_you|followers|following|pending_follow_requests|recent_follow_requests|follow_requests_you['’_]?ve_received|close_friends)(_\d+)?$/;

/**
 * The platform whose HTML download this connection list comes from, or undefined when the file
 * is not such a list. HTML downloads are refused rather than read: their markup changes without
 * notice and a list half read would pass for a whole one.
 */
export function htmlListOf(file: { name: string; head: string }): { platform: string } | undefined {
  const { base, ext, path, parent } = fileParts(file.name);
  if ((ext !== 'html' && ext !== 'htm') || !HTML_LISTS.test(base)) return undefined;
  if (/(^|\/)threads\//.test(path)) return { platform: 'threads' };
  if (/followers_and_following|instagram/.test(path) || /instagram\.com/i.test(file.head))
    return { platform: 'instagram' };
  if (/snapchat/i.test(file.head) || (parent === 'html' && base === 'friends')) return { platform: 'snapchat' };
  return { platform: 'facebook' };
}
