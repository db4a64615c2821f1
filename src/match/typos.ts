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
