/**
 * Names written one letter at a time: `E L L I O T   C L A R K`, `L•a•y•l•a Davies`, `j_a_c_k`,
 * `𝐄 𝐋 𝐋 𝐈 𝐎 𝐓`. A run of three or more single letters is written back as words, on the raw text
 * (so that decorated and look-alike letters are still folded afterwards). Where the run's words
 * end is read from its gaps: a gap wider than the one between letters (more spaces, a space where
 * the letters have dots, an emoji) or a capital after small letters starts a new word.
 */

/** A letter of a name: any script's letter or digit, or an enclosed letter (Ⓙ 🅹 🇯). */
const LETTER = /[\p{L}\p{N}]/u;
// Variation selectors (U+FE0E, U+FE0F) are marks (Mn) already.
const MARK = /[\p{M}\u200c\u200d]/u;
const APOSTROPHE = /['’‘`´ʼ]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
const SYMBOL = /\p{S}/u;
/** Fewer single letters in a row are initials (`J R Smith`), not a name spelt out. */
const MIN_RUN = 3;

const isEnclosed = (code: number): boolean =>
  (code >= 0x1f100 && code <= 0x1f1ff) || (code >= 0x2460 && code <= 0x24ff);

interface Word {
  start: number;
  end: number;
  /** Letters in the word (a letter with its marks is one). */
  letters: number;
  /** The first letter's case: 'u', 'l' or '' (no case). */
  caseOf: string;
  /** The text between the previous word and this one. */
  gap: string;
}

/** Whether folded text (lower-case words separated by single spaces) has a run of single letters. */
export function mayHaveSpacedLetters(words: readonly string[]): boolean {
  let run = 0;
  for (const word of words) {
    run = word.length === 1 && word >= 'a' && word <= 'z' ? run + 1 : 0;
    if (run >= MIN_RUN) return true;
  }
  return false;
}

/**
 * The raw text with each run of single letters written as words: first with the words its gaps
 * show, then, when that differs, the whole run as one word (`E L L I O T C L A R K` has no gaps
 * to show: the name finder cuts `elliotclark` itself). Empty when there is no such run.
 */
export function joinSpacedLetters(raw: string): SpacedLetters {
  const words = wordsOf(raw);
  const runs: [number, number][] = [];
  let longestRun = 0;
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j]!.letters === 1) j++;
    if (j - i >= MIN_RUN) runs.push([i, j]);
    longestRun = Math.max(longestRun, j - i);
    i = Math.max(j, i + 1);
  }
  if (runs.length === 0) return { texts: [], longestRun };
  const split = rewrite(raw, words, runs, true);
  const whole = rewrite(raw, words, runs, false);
  return { texts: split === whole ? [split] : [split, whole], longestRun };
}

export interface SpacedLetters {
  /** The text rewritten (see `joinSpacedLetters`); empty when it has no run of single letters. */
  texts: string[];
  /** The most single letters in a row: four or more are no initials, but a name spelt out. */
  longestRun: number;
}

function rewrite(raw: string, words: readonly Word[], runs: readonly [number, number][], splitAtGaps: boolean): string {
  let out = '';
  let copied = 0;
  for (const [from, to] of runs) {
    const letterGap = commonGap(words.slice(from + 1, to).map((word) => word.gap));
    out += raw.slice(copied, words[from]!.start);
    for (let i = from; i < to; i++) {
      const word = words[i]!;
      if (
        i > from &&
        splitAtGaps &&
        (wider(word.gap, letterGap) || (word.caseOf === 'u' && words[i - 1]!.caseOf === 'l'))
      )
        out += ' ';
      out += raw.slice(word.start, word.end);
    }
    copied = words[to - 1]!.end;
  }
  return out + raw.slice(copied);
}

/** The gap most often between the run's letters; the narrowest of those tied. */
function commonGap(gaps: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  let best = gaps[0]!;
  for (const [gap, count] of counts) {
    const bestCount = counts.get(best)!;
    if (count > bestCount || (count === bestCount && gap.length < best.length)) best = gap;
  }
  return best;
}

/** A gap that parts words rather than letters: more spaces than between letters, or a symbol they lack. */
function wider(gap: string, letterGap: string): boolean {
  const spaces = (text: string): number => [...text].filter((ch) => SPACE.test(ch)).length;
  if (spaces(gap) !== spaces(letterGap)) return spaces(gap) > spaces(letterGap);
  return [...gap].some((ch) => SYMBOL.test(ch)) && ![...letterGap].some((ch) => SYMBOL.test(ch));
}

/** The text's words: letters (with their marks and apostrophes) not parted by anything else. */
function wordsOf(raw: string): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let gapStart = 0;
  for (let at = 0; at < raw.length; ) {
    const code = raw.codePointAt(at)!;
    const ch = String.fromCodePoint(code);
    const next = at + ch.length;
    if (LETTER.test(ch) || isEnclosed(code)) {
      if (current) {
        current.letters++;
        current.end = next;
      } else {
        current = {
          start: at,
          end: next,
          letters: 1,
          caseOf: UPPER.test(ch) ? 'u' : LOWER.test(ch) ? 'l' : '',
          gap: raw.slice(gapStart, at),
        };
        words.push(current);
      }
    } else if (current && (MARK.test(ch) || (APOSTROPHE.test(ch) && LETTER.test(raw[next] ?? '')))) {
      current.end = next;
    } else {
      if (current) gapStart = at;
      current = undefined;
    }
    at = next;
  }
  return words;
}
