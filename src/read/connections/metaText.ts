/**
 * Meta (Facebook, Instagram, Threads) writes each UTF-8 byte of a name as its own `\u00XX`
 * escape, so "Zoë" arrives as "Zo\u00c3\u00ab" and parses as "ZoÃ«". A string made only of
 * code points up to U+00FF whose bytes form valid UTF-8 is decoded back; anything else (a
 * genuine "Café" written properly, or text already beyond Latin-1) is left as it is.
 */
const HIGH_LATIN1 = /[\u0080-\u00ff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character past Latin-1, so controls are named in the range.
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(value: string): string {
  if (!HIGH_LATIN1.test(value) || BEYOND_LATIN1.test(value)) return value;
  try {
    return strictUtf8.decode(Uint8Array.from(value, (char) => char.charCodeAt(0)));
  } catch {
    return value;
  }
}

/** A Meta string field, repaired and trimmed, or undefined. */
export function metaText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const repaired = repairMojibake(value).trim();
  return repaired === '' ? undefined : repaired;
}
