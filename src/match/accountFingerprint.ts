/** FNV-1a over platform and handle: a collision merely leaves one account uncounted. */
export function accountFingerprint(platform: string, account: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < platform.length; i++) h = Math.imul(h ^ platform.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0, 0x01000193);
  for (let i = 0; i < account.length; i++) h = Math.imul(h ^ account.charCodeAt(i), 0x01000193);
  // Thirty bits, so that V8 keeps the keys as small integers.
  return h >>> 2;
}
