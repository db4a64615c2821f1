import anyAscii from 'any-ascii';
import { nameTokens } from '../normalise/names.js';
import type { Choice } from './PromptKit.js';

/** A choice with the words it can be found by (folded: no case, accents or punctuation). */
export interface Searchable<V> {
  choice: Choice<V>;
  words: readonly string[];
  /** Order when nothing is typed, and among equally good matches. */
  sortKey: string;
}

export function searchable<V>(
  choice: Choice<V>,
  texts: readonly (string | undefined)[],
  sortKey: string,
): Searchable<V> {
  const words = new Set<string>();
  for (const text of texts)
    if (text)
      for (const word of nameTokens(text)) {
        words.add(word);
        words.add(asTyped(word));
      }
  return { choice, words: [...words], sortKey };
}

/**
 * A word as an English keyboard types it: Ł, ı, ø, ß and æ are letters of their own that lose no accent when folded
 * (`Łucja`, `Yılmaz`), so each Latin letter is also spelt as any-ascii spells it (`lucja`, `yilmaz`, `ss`, `ae`).
 */
function asTyped(word: string): string {
  return word.replace(/\p{Script=Latin}/gu, (letter) => anyAscii(letter).toLowerCase());
}

const LIMIT = 200;

/**
 * Type-to-search: every typed word must be the start of one of the choice's words (or, from
 * three letters, part of one), in any order. "millie sm", "Zoe" for Zoë, "lucja" for Łucja and "7b" all work. The
 * best matches (whole words, then starts of words) come first.
 */
export function searchChoices<V>(items: readonly Searchable<V>[], term: string | undefined): Choice<V>[] {
  const typed = nameTokens(term ?? '');
  const scored: { item: Searchable<V>; score: number }[] = [];
  for (const item of items) {
    let score = 0;
    for (const word of typed) {
      const best = Math.max(0, ...item.words.map((candidate) => wordScore(candidate, word)));
      if (best === 0) {
        score = -1;
        break;
      }
      score += best;
    }
    if (score >= 0) scored.push({ item, score });
  }
  scored.sort(
    (a, b) => b.score - a.score || (a.item.sortKey < b.item.sortKey ? -1 : a.item.sortKey > b.item.sortKey ? 1 : 0),
  );
  return scored.slice(0, LIMIT).map(({ item }) => item.choice);
}

function wordScore(candidate: string, typed: string): number {
  if (candidate === typed) return 3;
  if (candidate.startsWith(typed)) return 2;
  if (typed.length >= 3 && candidate.includes(typed)) return 1;
  return 0;
}
