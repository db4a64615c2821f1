import type { FingerprintGroups } from './FingerprintGroups.js';
import { fingerprintWithout } from './fingerprint.js';

/**
 * One-edit typos (Damerau: one letter missing, extra, changed, or two neighbours swapped), found
 * without comparing every pair: each vocabulary word is indexed under itself and every string
 * made by deleting one of its letters; a word within one edit of it shares one of those keys.
 */
export function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) {
    const key = word.slice(0, i) + word.slice(i + 1);
    if (key !== keys[keys.length - 1]) keys.push(key);
  }
  return keys;
}

/**
 * The ids of `words` one edit from `word` whose `roles` share a bit with `role`, found through `deletions` (each
 * vocabulary word's id under itself and each of its `deletionKeys`), in the order `deletionKeys(word)` and the groups
 * give them; undefined for none. Each key is fingerprinted where it stands in the word rather than made: a trust's
 * look-ups made a string a key.
 */
export function oneEditTypos(
  word: string,
  deletions: FingerprintGroups,
  words: readonly string[],
  roles: readonly number[],
  role: number,
): number[] | undefined {
  let typos: number[] | undefined;
  // The word itself (skip -1), then each deletion but one that repeats the one before (a doubled letter), as `deletionKeys`.
  for (let skip = -1; skip < word.length; skip++) {
    if (skip > 0 && word.charCodeAt(skip) === word.charCodeAt(skip - 1)) continue;
    fingerprintWithout(word, skip, PRINT);
    const group = deletions.groupOf(PRINT[0]!, PRINT[1]!);
    if (group < 0) continue;
    for (let at = deletions.start(group), end = deletions.start(group + 1); at < end; at++) {
      const id = deletions.value(at);
      if (roles[id]! & role && !typos?.includes(id) && isOneEdit(word, words[id]!)) {
        typos ??= [];
        typos.push(id);
      }
    }
  }
  return typos;
}

const PRINT = new Int32Array(2);

/** True when `a` and `b` differ by exactly one insertion, deletion, substitution or adjacent swap. */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Levenshtein distance, stopping early once it is certainly above `limit` (names are short). */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}
