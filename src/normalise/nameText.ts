import anyAscii from 'any-ascii';
import { CONFUSABLE_LETTERS } from './data/confusables.js';

/**
 * Turns a name as a social network shows it into plain lower-case ASCII, remembering what had to
 * be set aside to get there. Unicode's own data does the work: NFKC for mathematical, fullwidth,
 * circled and squared letters; UTS #39 confusables (data/confusables.ts) for look-alike letters
 * from other alphabets; any-ascii for transliteration (accents, Ł, ß, small capitals, Cyrillic …).
 */

/** What folding had to do, as bits. */
export const FOLD = {
  ACCENTS: 1,
  DECORATED: 2,
  CONFUSABLE: 4,
  TRANSLITERATED: 8,
  LEET: 16,
} as const;

export interface FoldedText {
  /** Lower-case ASCII letters and digits, words separated by single spaces; `@ $ ! |` kept for leetspeak. */
  text: string;
  /** FOLD bits. */
  marks: number;
}

const APOSTROPHES = /['’‘`´ʼʹ′]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, controls included.
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const SEPARATOR = /[\p{P}\p{Z}\p{Cc}]/u;
const LATIN = /\p{Script=Latin}/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
/** IPA, phonetic and modifier letters: small capitals and the like are decoration, not spelling. */
const STYLISED_LATIN = /[\u0250-\u02ff\u1d00-\u1dbf\ua720-\ua7ff\uab30-\uab6f]/u;

/**
 * Cyrillic small letters shaped like Latin small capitals, which UTS #39 maps to those capitals
 * rather than to ASCII (в → ʙ): as look-alikes they are the Latin letter (`Ruвy` is Ruby, not the
 * transliterated Ruvy, a slip away).
 */
const SMALL_CAPITAL_LOOKALIKES: Readonly<Record<string, string>> = { в: 'b', н: 'h', т: 't', к: 'k', м: 'm' };

/** Enclosed alphanumerics (🄹 🅹 🇯 ⓙ): the only symbols that stand for letters. */
const ENCLOSED_LETTERS = (code: number): boolean =>
  (code >= 0x1f100 && code <= 0x1f1ff) || (code >= 0x2460 && code <= 0x24ff);

/**
 * One or two readings of the text: look-alike letters read as Latin, and transliterated.
 * `lookAlikes` is Unicode's table unless a test compares another.
 */
export function foldNameText(raw: string, lookAlikes: ReadonlyMap<string, string> = CONFUSABLE_LETTERS): FoldedText[] {
  if (ASCII_ONLY.test(raw)) return [{ text: tidy(raw.replace(APOSTROPHES, '').toLowerCase()), marks: 0 }];
  const nfc = raw.normalize('NFC');
  const nfkc = raw.normalize('NFKC');
  let marks = nfkc === nfc ? 0 : FOLD.DECORATED;
  let skeleton = '';
  let translit = '';
  let differ = false;
  let confusableMarks = 0;
  let translitMarks = 0;
  const text = nfkc.replace(APOSTROPHES, '');
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at)!;
    const ch = String.fromCodePoint(code);
    at += ch.length;
    if (code < 0x80) {
      skeleton += ch;
      translit += ch;
      continue;
    }
    // Variation selectors (️ after ⚽) and joiners dress emoji, not letters.
    if ((code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d) {
      marks |= FOLD.DECORATED;
      continue;
    }
    if (MARK.test(ch) || code === 0x200c || code === 0x200b || code === 0xfeff) {
      marks |= FOLD.ACCENTS;
      continue;
    }
    if (LETTER.test(ch)) {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      if (bare !== ch && ASCII_LETTERS.test(bare)) {
        marks |= FOLD.ACCENTS;
        skeleton += bare;
        translit += bare;
        continue;
      }
      const ascii = anyAscii(ch);
      const letters = ASCII_LETTERS.test(ascii) ? ascii : '';
      if (LATIN.test(ch)) {
        marks |= STYLISED_LATIN.test(ch) ? FOLD.DECORATED : FOLD.ACCENTS;
        skeleton += letters;
        translit += letters;
        continue;
      }
      const confusable = lookAlikes.get(ch) ?? SMALL_CAPITAL_LOOKALIKES[ch] ?? '';
      skeleton += confusable || letters;
      translit += letters || confusable;
      if (confusable) confusableMarks |= FOLD.CONFUSABLE;
      else if (letters) confusableMarks |= FOLD.TRANSLITERATED;
      if (letters) translitMarks |= FOLD.TRANSLITERATED;
      else if (confusable) translitMarks |= FOLD.CONFUSABLE;
      if ((confusable || letters) !== (letters || confusable)) differ = true;
      continue;
    }
    if (SEPARATOR.test(ch)) {
      skeleton += ' ';
      translit += ' ';
      continue;
    }
    if (/\p{N}/u.test(ch)) {
      const digits = anyAscii(ch);
      skeleton += digits;
      translit += digits;
      continue;
    }
    // Symbols and emoji. A few stand for a letter (🅰, regional indicators 🇯); the rest are
    // decoration and vanish without splitting the word they sit in (Ja✨ck), unless a capital
    // follows them: then they stood between two words (Giorgia👑De Luca).
    marks |= FOLD.DECORATED;
    const ascii = ENCLOSED_LETTERS(code) && !isCountryFlag(text, at - ch.length) ? anyAscii(ch) : '';
    if (/^[A-Za-z]$/.test(ascii)) {
      skeleton += ascii;
      translit += ascii;
    } else if (capitalFollows(text, at)) {
      skeleton += ' ';
      translit += ' ';
    }
  }
  const first: FoldedText = { text: tidy(skeleton.toLowerCase()), marks: marks | confusableMarks };
  if (!differ) return [first];
  return [first, { text: tidy(translit.toLowerCase()), marks: marks | translitMarks }];
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Whether the regional indicator at `at` is part of country flags (🇬🇧, 🇵🇹🇬🇧): decoration. A run
 * that does not pair up into regions CLDR knows spells a name (🇯🇦🇨🇰 is JACK: JA is no region).
 */
function isCountryFlag(text: string, at: number): boolean {
  const letter = (i: number): string | undefined => {
    const code = text.codePointAt(i);
    return code !== undefined && code >= 0x1f1e6 && code <= 0x1f1ff
      ? String.fromCharCode(code - 0x1f1e6 + 65)
      : undefined;
  };
  let start = at;
  while (start >= 2 && letter(start - 2)) start -= 2;
  let run = '';
  for (let i = start, l = letter(i); l; i += 2, l = letter(i)) run += l;
  if (run.length === 0 || run.length % 2 !== 0) return false;
  for (let i = 0; i < run.length; i += 2) {
    const region = run.slice(i, i + 2);
    if (REGIONS.of(region) === region) return false;
  }
  return true;
}

/** Whether the first letter after `at`, past more symbols, joiners and marks, is a capital. */
function capitalFollows(text: string, at: number): boolean {
  for (const ch of text.slice(at, at + 16)) {
    if (/[\p{S}\p{M}\u200b-\u200d\ufeff]/u.test(ch)) continue;
    return /\p{Lu}/u.test(ch);
  }
  return false;
}

/** Punctuation and spaces become single spaces; leetspeak symbols stay for `leetReadings`. */
function tidy(text: string): string {
  return text.replace(/[^a-z0-9@$!|]+/g, ' ').trim();
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'b',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
/** A digit or symbol before a letter (`j4ck`, `5mith`), or after a letter or two (`l30`); in a handle `jack09` is a year. */
const HAS_LEET = /[0-9@$!|][a-z]|(^|[^a-z0-9])[a-z]{1,2}[0-9@$!|]+($|[^a-z0-9])/;
/** In a display name any digit or symbol touching a letter may be one (`Harr15`). */
const HAS_LEET_LOOSE = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/;

/** More 1s read as letters than this are read as all i or all l only (2 ** 5 − 2 mixes at most). */
const MAX_MIXED_ONES = 5;

/**
 * Readings of folded text with digits and symbols that stand for letters (`J4ck 5m1th`) turned
 * back into letters, in words that have letters. A run of two or four digits ending a word may be
 * a year (`jack09`) or letters (`Ch4rl13`), so both readings are given; `1` may be i or l.
 */
export function leetReadings(text: string, loose = false): string[] {
  if (!(loose ? HAS_LEET_LOOSE : HAS_LEET).test(text)) return [];
  const words = text.match(/[a-z0-9@$!|]+/g) ?? [];
  const lastWord = words.length - 1;
  // keepYears: which words' ending digits may be a year rather than letters.
  const decode = (
    one: string | ((at: number) => string),
    keepYears: 'none' | 'all' | 'last',
    digitWords = false,
  ): string => {
    let index = -1;
    let ones = 0;
    const oneAt = typeof one === 'string' ? () => one : () => one(ones++);
    return text.replace(/[a-z0-9@$!|]+/g, (word) => {
      index++;
      if (!digitWords && !/[a-z]/.test(word)) return word;
      const yearHere = keepYears === 'all' || (keepYears === 'last' && index === lastWord);
      const oneRun = !/[0-9@$!|][a-z]+[0-9@$!|]/.test(word);
      return word.replace(/[0-9@$!|]+/g, (run, at: number) => {
        const ending = at + run.length === word.length;
        if (yearHere && ending && /^(\d\d|\d{4})$/.test(run) && at >= 3) return ` ${run}`;
        // In a handle, two or more digits beginning a later word, and none among its letters
        // (`jamie_84kir`), are a number, not letters; a first word's (`70mmy`) may be letters.
        if (!loose && index > 0 && at === 0 && oneRun && run.length < word.length && /^\d{2,}$/.test(run))
          return `${run} `;
        return [...run].map((c) => (c === '1' ? oneAt() : (LEET[c] ?? c))).join('');
      });
    });
  };
  // Two or four digits ending a word after a letter (`z4m4n10`, `gr33nw00d12`) may be a year.
  const years = /[a-z]([0-9]{2}|[0-9]{4})($|[^a-z0-9@$!|])/.test(text);
  const readings = [decode('i', 'none')];
  // Most often only the last word ends in a year (`4m3l14_j0n3s13`).
  if (years) readings.push(decode('i', 'all'), decode('i', 'last'));
  if (text.includes('1'))
    readings.push(decode('l', 'none'), ...(years ? [decode('l', 'all'), decode('l', 'last')] : []));
  // A 1 may be an i in one place and an l in another (`M1ll1e`, `W1150n`): every mix, for a few.
  let ones = 0;
  if (text.indexOf('1') !== text.lastIndexOf('1'))
    decode(() => {
      ones++;
      return 'i';
    }, 'none');
  if (ones >= 2 && ones <= MAX_MIXED_ONES)
    for (let mask = 1; mask < (1 << ones) - 1; mask++)
      readings.push(decode((at) => (mask & (1 << at) ? 'l' : 'i'), 'none'));
  // A word all in digits beside leetspeak words may be a name too (`H3nry 0531`).
  if (/(^| )[0-9]{3,}( |$)/.test(text)) readings.push(decode('i', 'none', true));
  // A reading that only spaces digits off from letters says nothing the text does not.
  const bare = text.replace(/ /g, '');
  return readings.filter((reading, i) => reading.replace(/ /g, '') !== bare && readings.indexOf(reading) === i);
}
