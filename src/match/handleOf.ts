import type { Connection } from '../model/records.js';

// Where a connection's handle is: its username, or the last part of its profile link.

/** A connection's username or, lacking one, the handle in its profile link. */
export function handleOf(connection: Connection): string | undefined {
  return connection.username ?? handleFromUrl(connection.profileUrl);
}

/** `instagram.com/jack.smith09/`, `tiktok.com/@jack` → the handle; Facebook's numeric profile links have none. */
export function handleFromUrl(url: string | undefined): string | undefined {
  if (!url || url.includes('profile.php')) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const segment = lastSegment(path);
  if (!segment || /^(profile\.php|people|pages|groups|in|user|u)$/i.test(segment) || /^\d+$/.test(segment))
    return undefined;
  return decodeURIComponentSafe(segment.replace(/^@/, ''));
}

/** The path's last segment that is not empty (`/jack.smith09/` → `jack.smith09`), without splitting it: a million rows come here. */
function lastSegment(path: string): string | undefined {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return end === 0 ? undefined : path.slice(path.lastIndexOf('/', end - 1) + 1, end);
}

const SLASH = 0x2f;

function decodeURIComponentSafe(text: string): string {
  // Only a percent sign is decoded (or found malformed): most handles have none.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
