import { plainWords } from './plainWords.js';

/** The forename and surname a display name is counted under (`Smith, Jack`: the surname before the comma). */
export function tallyKeys(raw: string): [string, string] | undefined {
  const words = plainWords(raw);
  if (words.length < 2) return undefined;
  return raw.includes(',') ? [words[words.length - 1]!, words[0]!] : [words[0]!, words[words.length - 1]!];
}

/** `tallyKeyRanges`' answers: the keys are in `out`; fewer than two words; not plain ASCII (ask `tallyKeys`). */
export const KEYS_FOUND = 1;
export const NO_KEYS = 0;
export const NOT_ASCII = -1;

/**
 * `tallyKeys` of a display name in plain ASCII (nearly all), read in place: the forename's and the
 * surname's start and end in `raw` written into `out` (each key is that slice lower-cased), so that
 * a trust's half a million names make no array and no strings. `NOT_ASCII` for any other name.
 */
export function tallyKeyRanges(raw: string, out: Int32Array): number {
  let words = 0;
  let comma = false;
  let start = -1;
  let firstStart = 0;
  let firstEnd = 0;
  let lastStart = 0;
  let lastEnd = 0;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : 0;
    if (code > 0x7f) return NOT_ASCII;
    if (code === 0x2c) comma = true;
    // A letter, either case (as plainWords reads it).
    const c = code | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start > 1) {
        if (words++ === 0) {
          firstStart = start;
          firstEnd = i;
        }
        lastStart = start;
        lastEnd = i;
      }
      start = -1;
    }
  }
  if (words < 2) return NO_KEYS;
  out[0] = comma ? lastStart : firstStart;
  out[1] = comma ? lastEnd : firstEnd;
  out[2] = comma ? firstStart : lastStart;
  out[3] = comma ? firstEnd : lastEnd;
  return KEYS_FOUND;
}
