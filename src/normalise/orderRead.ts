/**
 * Which order a person reads letters a right-to-left override reorders in. Mostly as drawn: `\u202Enwodhsa yllit`
 * shows "tilly ashdown", written so to slip past a filter reading stored text. But the override also serves as
 * mirror writing, a name typed in order and shown back to front (`\u202ETilly Ashdown` shows "nwodhsA ylliT"): a
 * person looking at that reads the name it mirrors, its capitals telling them which way round it goes. So where the
 * letters as drawn read as mirror writing and as stored do not, they are read as stored. Letters without capitals
 * (all small, all capitals, scripts without case) give no sign, and are read as drawn.
 */
import { drawnOrder, REORDERS } from './drawnOrder.js';

/** The bidi controls `drawnOrder` follows, which a screen shows nothing of: every one, to take them out. */
const CONTROLS = new RegExp(REORDERS.source, 'gu');
/** A word's letters (and marks on them), in any script. */
const WORDS = /[\p{L}\p{M}]+/gu;
/** A capital closing small letters (`nwodhsA`, `dlanoDcM`), and one opening them (`Ashdown`). */
const CAPITAL_LAST = /\p{Ll}\p{M}*\p{Lu}\p{M}*$/u;
const CAPITAL_FIRST = /^\p{Lu}\p{M}*\p{Ll}/u;

export function orderRead(text: string): string {
  const drawn = drawnOrder(text);
  const stored = text.replace(CONTROLS, '');
  return drawn !== stored && mirrorWriting(drawn, stored) ? stored : drawn;
}

/**
 * Whether the words the override turned round read as mirror writing as drawn and not as stored. Words it left as they
 * were (`Tilly` in `Tilly \u202EAshdown`) say nothing either way.
 */
export function mirrorWriting(drawn: string, stored: string): boolean {
  const drawnWords = wordsOf(drawn);
  const storedWords = wordsOf(stored);
  const turned = (words: string[], other: string[]) => words.filter((word) => !other.includes(word));
  return readsMirrored(turned(drawnWords, storedWords)) && !readsMirrored(turned(storedWords, drawnWords));
}

function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORDS), ([word]) => word);
}

/** Whether every word with a capital among small letters has it last: how a name in mirror writing reads. */
export function readsMirrored(words: readonly string[]): boolean {
  let last = false;
  for (const word of words) {
    if (CAPITAL_FIRST.test(word)) return false;
    if (CAPITAL_LAST.test(word)) last = true;
  }
  return last;
}
