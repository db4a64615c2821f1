import { KNOWN_SURNAMES } from './data/knownSurnames.js';

let known: ReadonlySet<string> | undefined;

/** True when `word` (lower case, folded) is a common surname. The set is built on first use. */
export function isKnownSurname(word: string): boolean {
  known ??= new Set(KNOWN_SURNAMES.split(/\s+/).filter(Boolean));
  return known.has(word);
}
