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
  const segment = path.split('/').filter(Boolean).pop();
  if (!segment || /^(profile\.php|people|pages|groups|in|user|u)$/i.test(segment) || /^\d+$/.test(segment))
    return undefined;
  return decodeURIComponentSafe(segment.replace(/^@/, ''));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
