import { type AdultWordKind, kindOfListedWord, strongerKind } from './adultWordKind.js';
import { ADULT_WORDS, FILLER, TRADE_SET } from './data/fillerAndAdultWords.js';
import type { Reading } from './Reading.js';
import { WordShapes } from './WordShapes.js';
import { kindCutOff, withoutAdultWord } from './withoutAdultWord.js';
import { earliestYear } from './yearEvidence.js';

/** Whether a word, as written, is somebody's name (a pupil's name form, a known given name or surname). */
export type IsName = (word: string) => boolean;

/** A run of x's and o's with an x in it: a sign-off, never a name. */
const HUGS_AND_KISSES = /^[xo]*x[xo]*$/;
/** Words that say the number after them is a year group (`sam.taylor.yr12`, `amy_y8`). */
const YEAR_WORDS = new Set(['y', 'yr', 'year']);
/**
 * A quick no for the word lists above (see WordShapes): nearly every piece of a name is in none of
 * them, and a fresh piece looked up in a Set must be hashed first.
 */
const LISTED_SHAPES = new WordShapes();
for (const list of [YEAR_WORDS, ADULT_WORDS, TRADE_SET, FILLER]) for (const word of list) LISTED_SHAPES.add(word);

/**
 * One reading of a name cut into pieces (runs of letters or of digits, lower case): its words and numbers, a
 * title, trade or family word taken out and noted, a year group's word and `2k12` read as numbers.
 */
export function readingOfPieces(
  pieces: readonly string[],
  marks: number,
  source: Reading['source'],
  comma: number,
  isName: IsName,
): Reading {
  // Gathered in the scratch arrays and copied out at their length: a trust reads a million names, and arrays grown
  // a piece at a time took room for sixteen each (docs/performance.md, perf41). `isName` reads no name.
  let w = 0;
  let n = 0;
  let adultWord: AdultWordKind = 'no';
  let yearWord = false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const code = piece.charCodeAt(0);
    const listed = code > 57 && LISTED_SHAPES.mayHold(piece);
    if (code <= 57) NUMBERS[n++] = piece;
    else if (listed && YEAR_WORDS.has(piece) && (pieces[i + 1]?.charCodeAt(0) ?? 99) <= 57) {
      // After `y`, `yr` or `year` a number is a year group, written `y09` or `y9` alike.
      yearWord = true;
      const next = pieces[i + 1]!;
      if (next.length === 2 && next.charCodeAt(0) === 0x30) {
        NUMBERS[n++] = next.slice(1);
        i++;
      }
    } else if (piece === 'k' && pieces[i - 1] === '2' && /^\d\d$/.test(pieces[i + 1] ?? '')) {
      // 2k12: the year 2012 (the 2 before it was taken as a number).
      if (n > 0) n--;
      NUMBERS[n++] = `20${pieces[++i]}`;
    } else if ((code === 0x78 || code === 0x6f) && piece.length > 3 && HUGS_AND_KISSES.test(piece)) {
      // A sign-off (`xoxo`, `xxxx`): neither a name nor a word against the account.
    } else if (listed && (ADULT_WORDS.has(piece) || TRADE_SET.has(piece))) {
      adultWord = strongerKind(adultWord, kindOfListedWord(piece));
    } else if (!listed || !FILLER.has(piece)) {
      // A name as written is no title or trade run onto one (Mrozowska, Mridula: not Mr Ozowska).
      const named = withoutAdultWord(piece);
      if (named && isName(piece)) {
        WORDS[w++] = piece;
        continue;
      }
      if (named) adultWord = strongerKind(adultWord, kindCutOff(piece, named));
      WORDS[w++] = named ?? piece;
    }
  }
  const numbers = n === 0 ? [] : NUMBERS.slice(0, n);
  return {
    source,
    words: w === 0 ? [] : WORDS.slice(0, w),
    numbers,
    marks,
    adultWord,
    commaAfter: comma,
    yearWord,
    earliestYear: earliestYear(numbers),
    written: undefined,
  };
}

const WORDS: string[] = [];
const NUMBERS: string[] = [];
