import { plainWordsPlain } from './plainWords.js';
import type { Reading } from './Reading.js';

/**
 * Marks what a display name's writing says of its words, on its readings of two words or more: the
 * words written as words of their own (`Luke Bramhill`: a capital, then small letters), which are
 * names or words as they stand, not two names run together (those show themselves otherwise: one
 * word, `LukeBramhill`, `lukebramhill`); and the words a hyphen joins into one name (`Wright-Shaw`,
 * `Liam-Scott`), half of which is no name of the account's alone.
 */
export function markWordsAsWritten(readings: Reading[], raw: string): void {
  let whole: Set<string> | undefined;
  let hyphened: Set<string> | undefined;
  for (const reading of readings) {
    const words = reading.words;
    if (words.length < 2) continue;
    whole ??= wholeWordsOf(raw);
    hyphened ??= hyphenedPairsOf(raw);
    for (let i = 0; i < words.length && i < 31; i++) {
      if (whole.has(words[i]!)) reading.whole |= 1 << i;
      if (i + 1 < words.length && hyphened.has(`${words[i]}-${words[i + 1]}`)) reading.hyphened |= 1 << i;
    }
  }
}

/** A capital, then small letters, and nothing else between separators (`Bramhill`, `Zoë`; not `BramHill`, `Br4mhill`). */
const WHOLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
/** Two words of two letters or more with a hyphen between them and no space (`Wright-Shaw`; not `Smith - Jones`, `L-a-y-l-a`). */
const HYPHENED = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]{2,})[-\u2010\u2011](?=([\p{L}\p{M}]{2,})(?![\p{L}\p{M}\p{N}]))/gu;

/** The display name's words written as words of their own, folded as their readings are. */
export function wholeWordsOf(raw: string): Set<string> {
  const whole = new Set<string>();
  for (const token of raw.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (!WHOLE_WORD.test(token)) continue;
    const folded = plainWordsPlain(token);
    if (folded.length === 1) whole.add(folded[0]!);
  }
  return whole;
}

/** Pairs of words a hyphen joins, folded as their readings are, as `first-second`. */
export function hyphenedPairsOf(raw: string): Set<string> {
  const pairs = new Set<string>();
  if (!raw.includes('-') && !raw.includes('\u2010') && !raw.includes('\u2011')) return pairs;
  for (const match of raw.matchAll(HYPHENED)) {
    const first = plainWordsPlain(match[1]!);
    const second = plainWordsPlain(match[2]!);
    if (first.length === 1 && second.length === 1) pairs.add(`${first[0]}-${second[0]}`);
  }
  return pairs;
}
