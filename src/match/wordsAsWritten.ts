import { plainWordsPlain } from './plainWords.js';

/**
 * What a display name's writing says of its words, asked only where it decides something (most names
 * never are: half a million distinct ones in a trust). A word written as a word of its own (`Luke
 * Bramhill`: a capital, then small letters) is a name or a word as it stands, not two names run
 * together, which show themselves otherwise (one word, `LukeBramhill`, `lukebramhill`).
 */

/**
 * Whether `word` (folded, as a reading has it) is written in `raw` as a word of its own. A name in plain
 * ASCII (nearly all) is scanned by hand, which answers as the Unicode path does (`wholeWordsOfText`).
 */
export function writtenWhole(raw: string, word: string): boolean {
  let start = 0;
  let plain = true;
  for (let i = 0; i <= raw.length; i++) {
    const code = i < raw.length ? raw.charCodeAt(i) : 0x20;
    if (code > 0x7f) return wholeWordsOfText(raw).has(word);
    const lower = code >= 0x61 && code <= 0x7a;
    const upper = code >= 0x41 && code <= 0x5a;
    if (lower || upper || (code >= 0x30 && code <= 0x39)) {
      // A capital first, then small letters only.
      if (i === start ? !upper : !lower) plain = false;
      continue;
    }
    if (plain && i - start === word.length && word.length >= 2 && sameLetters(raw, start, word)) return true;
    start = i + 1;
    plain = true;
  }
  return false;
}

/** Whether `raw` from `start` holds `word`'s letters in either case. */
function sameLetters(raw: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if ((raw.charCodeAt(start + j) | 0x20) !== word.charCodeAt(j)) return false;
  return true;
}

/** A capital, then small letters, and nothing else between separators (`Bramhill`, `Zoë`; not `BramHill`, `Br4mhill`). */
const WHOLE_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** The words of any text written as words of their own, folded as readings fold them. */
export function wholeWordsOfText(raw: string): Set<string> {
  const whole = new Set<string>();
  for (const token of raw.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (!WHOLE_WORD.test(token)) continue;
    const folded = plainWordsPlain(token);
    if (folded.length === 1) whole.add(folded[0]!);
  }
  return whole;
}
