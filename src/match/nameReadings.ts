import { FOLD, foldNameText, leetReadings } from '../normalise/nameText.js';
import { joinSpacedLetters, mayHaveSpacedLetters } from '../normalise/spacedLetters.js';
import { visibleText } from '../normalise/visibleText.js';
import { strongerKind } from './adultWordKind.js';
import { capitalsFirst } from './capitalsFirst.js';
import { plainPieces, plainRuns } from './plainRuns.js';
import { headlineNamesAJob, joinHandlePrefixes, joinNamePrefixes, withoutProfileSuffix } from './platformFurniture.js';
import { type Reading, readingKey } from './Reading.js';
import { type IsName, readingOfPieces } from './readingOfPieces.js';

export { capitalsFirst } from './capitalsFirst.js';
export { type Reading, readingKey } from './Reading.js';
export type { IsName } from './readingOfPieces.js';

/**
 * Platforms allow names of 30 to 75 characters. A cell far longer is something else (a quote left
 * open in a spreadsheet pulls the rest of the file into one cell), and reading every way its
 * words may be names takes time that grows with their square: only its beginning is read.
 */
const MAX_NAME_LENGTH = 120;

function atMost(text: string, length: number): string {
  return text.length <= length
    ? text
    : String.fromCodePoint(...[...text].slice(0, length).map((ch) => ch.codePointAt(0)!));
}

const NO_NAME: IsName = () => false;

/** Pronouns shown after a name (`she/her`, `he/they`); one alone may be a name (He, Her are surnames). */
const PRONOUNS =
  /\b(?:she|he|they)\s*\/\s*(?:her|hers|him|his|them|they|she|he)(?:\s*\/\s*(?:her|hers|him|his|them|they))?\b/gi;

/**
 * The readings of a display name. `Smith, Jack` is surname first; `Jack Smith, Year 9` and
 * `Amy Jones, she/her` are a whole name and then something else, which `isGivenName` tells: when
 * nothing after the comma is a given name, the name is read without the comma too.
 */
export function readDisplayName(
  shown: string,
  isGivenName: (word: string) => boolean = () => true,
  isName: IsName = NO_NAME,
  isRollName: IsName = NO_NAME,
): Reading[] {
  const readings: Reading[] = [];
  // Escapes and invisible characters are read past (`Ellie\x1b[2J Smyth`), as decoration.
  const visible = visibleText(shown);
  const text = atMost(visible, MAX_NAME_LENGTH);
  // Pronouns are written with a slash; most names have none, and are not searched for them.
  const raw = joinNamePrefixes(text.includes('/') ? text.replace(PRONOUNS, ' ') : text);
  const comma = commaAfter(raw);
  addReadings(readings, raw, 'display', comma, isName);
  if (comma >= 2) {
    const after = foldNameText(raw.slice(raw.indexOf(',') + 1))[0]!.text.match(/[a-z]+/g) ?? [];
    if (!after.some(isGivenName)) addReadings(readings, raw, 'display', 0, isName);
  }
  // `CLARK Elliot`: a surname in capitals before the forename, as registers write it, is read as
  // `CLARK, Elliot` too (and as written: `ELLIOT Clark` is a forename in capitals).
  const capitals = comma === 0 ? capitalsFirst(raw) : 0;
  if (capitals > 0) addReadings(readings, raw, 'display', capitals, isName);
  // A job in a headline after the name says the account is an adult's, as a title would.
  if (headlineNamesAJob(raw, isRollName))
    for (const reading of readings) reading.adultWord = strongerKind(reading.adultWord, 'job');
  for (const reading of readings) if (reading.words.length >= 2) reading.written = raw;
  if (visible !== shown) for (const reading of readings) reading.marks |= FOLD.DECORATED;
  return readings;
}

/**
 * A handle (see `handleOf`) as it is read: its beginning only, without platform furniture. Made once
 * a row and given to `handleShape` and `readHandleText`.
 */
export function handleText(handle: string): string {
  return joinHandlePrefixes(withoutProfileSuffix(atMost(visibleText(handle), MAX_NAME_LENGTH)));
}

/** The readings of a handle (see `handleOf`); `text` is its `handleText`. */
export function readHandleText(
  handle: string | undefined,
  isName: IsName = NO_NAME,
  text = handle ? handleText(handle) : '',
): Reading[] {
  const readings: Reading[] = [];
  if (handle) addReadings(readings, text, 'handle', 0, isName);
  return readings;
}

/**
 * How a handle reads with its digits' values left out: `kerry.taylor83` and `kerry.taylor1991`
 * are both `kerry.taylor0`. Handles of one shape read as the same words and are searched under
 * the same key (see `readingKey`), so one that found nobody says another will too. Undefined where
 * the digits' values change the words: wherever the handle is not read as plain (digits that may
 * be letters, other characters), a lone `k` (the k of `2_k_12`, the year 2012), and letters spelt
 * out one at a time, which are read more ways than one.
 */
export function handleShape(handle: string, text = handleText(handle)): string | undefined {
  if (handle.length > MAX_NAME_LENGTH) return undefined;
  const lower = text.toLowerCase();
  const at = SHAPE;
  at.lower = lower;
  at.shape = '';
  at.copied = 0;
  at.loneK = false;
  at.singles = 0;
  at.spelt = false;
  const plain = plainRuns(lower, false, shapeRun);
  const { shape, copied, loneK, spelt } = at;
  at.lower = '';
  at.shape = '';
  // A name spelt out (`j_a_c_k`), or with a year group's word run onto it (`oliviay9`) or its form's
  // letter run on (`emma9b`), has readings of its own besides the plain one.
  if (!plain || loneK || spelt || YEAR_GROUP_ENDING.test(lower) || FORM_ENDING.test(lower)) return undefined;
  return copied === 0 ? lower : shape + lower.slice(copied);
}

/** `handleShape`'s handle under way, read by one function for every handle rather than a closure each. */
const SHAPE = { lower: '', shape: '', copied: 0, loneK: false, singles: 0, spelt: false };
function shapeRun(start: number, end: number, digits: boolean): void {
  const at = SHAPE;
  at.singles = !digits && end - start === 1 ? at.singles + 1 : 0;
  if (at.singles >= 3) at.spelt = true;
  if (digits) {
    at.shape += `${at.lower.slice(at.copied, start)}0`;
    at.copied = end;
  } else if (end - start === 1 && at.lower.charCodeAt(start) === 0x6b) {
    at.loneK = true;
  }
}

function addReadings(readings: Reading[], raw: string, source: Reading['source'], comma: number, isName: IsName): void {
  const first = readings.length;
  const pieces = plainPieces(raw, source === 'display');
  if (pieces) {
    readings.push(readingOfPieces(pieces, 0, source, comma, isName));
    const lower = source === 'handle' ? raw.toLowerCase() : '';
    const yearGroup = source === 'handle' ? withoutYearGroupWord(lower, pieces) : undefined;
    if (yearGroup) readings.push(readingOfPieces(yearGroup, 0, source, comma, isName));
    const form = source === 'handle' ? withoutFormLetter(lower, pieces) : undefined;
    if (form) readings.push(readingOfPieces(form, 0, source, comma, isName));
    if (mayHaveSpacedLetters(pieces)) addSpacedReadings(readings, first, raw, source, comma, isName);
    return;
  }
  let spaced = false;
  for (const folded of foldNameText(raw)) {
    const words = folded.text.replace(/[@$!|]+/g, ' ');
    readings.push(split(words, folded.marks, source, comma, isName));
    const form = source === 'handle' ? withoutFormLetter(words, words.match(/[a-z]+|[0-9]+/g) ?? []) : undefined;
    if (form) readings.push(readingOfPieces(form, folded.marks, source, comma, isName));
    for (const leet of leetReadings(folded.text, source === 'display'))
      readings.push(split(leet.replace(/[@$!|]+/g, ' '), folded.marks | FOLD.LEET, source, comma, isName));
    // Letters between bars are spelt out too (`L|u|n|a`), as between dots.
    spaced ||= mayHaveSpacedLetters(words.split(' '));
  }
  if (spaced) addSpacedReadings(readings, first, raw, source, comma, isName);
}

/**
 * A name spelt out a letter at a time (`E L L I O T`, `j_a_c_k`) read as the words it spells, as
 * decoration. Only names with three single letters in a row come here. Four or more in a row are
 * no initials: the readings from `first` on, which took them for initials, are dropped.
 */
function addSpacedReadings(
  readings: Reading[],
  first: number,
  raw: string,
  source: Reading['source'],
  comma: number,
  isName: IsName,
): void {
  const spaced = joinSpacedLetters(raw);
  if (spaced.texts.length > 0 && spaced.longestRun >= 4) readings.splice(first);
  for (const text of spaced.texts) {
    const more: Reading[] = [];
    const pieces = plainPieces(text, source === 'display');
    const textComma = comma > 0 ? commaAfter(text) : 0;
    if (pieces) more.push(readingOfPieces(pieces, FOLD.DECORATED, source, textComma, isName));
    else
      for (const folded of foldNameText(text))
        more.push(
          split(folded.text.replace(/[@$!|]+/g, ' '), folded.marks | FOLD.DECORATED, source, textComma, isName),
        );
    for (const reading of more)
      if (reading.words.length > 0 && !readings.some((known) => readingKey(known) === readingKey(reading)))
        readings.push(reading);
  }
}

/**
 * A year group's word run onto the name before it: `oliviay9`, `oliviayr9`, `oliviayear9`. Only before a year
 * group (1 to 13): before other digits the y is the name's own (`hunter.kelly53` is no Kell in year 53).
 */
const YEAR_GROUP_ENDING = /[a-z]{3}(y|yr|year)(?=(?:0?[1-9]|1[0-3])(?:\D|$))/;
const YEAR_GROUP = /^(?:0?[1-9]|1[0-3])$/;

/**
 * A handle's pieces with a year group's word cut off the name it is run onto (`oliviay9` →
 * `olivia`, 9), as another reading: the word may be a name ending in y (`amy7`). Undefined for
 * handles without one (see `handleShape`, which gives them no shape).
 */
function withoutYearGroupWord(lower: string, pieces: readonly string[]): string[] | undefined {
  if (!YEAR_GROUP_ENDING.test(lower)) return undefined;
  let changed = false;
  const cut = pieces.map((piece, i) => {
    const next = pieces[i + 1];
    const ending =
      next !== undefined && YEAR_GROUP.test(next) && lower.includes(piece + next)
        ? /(?<=[a-z]{3})(?:year|yr|y)$/.exec(piece)
        : null;
    if (!ending) return piece;
    changed = true;
    return piece.slice(0, ending.index);
  });
  return changed ? cut : undefined;
}

/** A year group (1 to 13) with its form's letter run on, ending the handle: `9b` of `emma9b`, `emma_9b`. */
const FORM_ENDING = /(?:^|[^0-9])(?:[1-9]|1[0-3])[a-wyz]$/;

/**
 * A handle's pieces without the letter of a form run onto its year group (`emma9b` → `emma`, 9), as
 * another reading: the letter may be an initial (`emma9b`, an Emma B in Year 9), which the plain
 * reading keeps. Not after x, a kiss.
 */
function withoutFormLetter(lower: string, pieces: readonly string[]): string[] | undefined {
  if (pieces.length < 3 || !FORM_ENDING.test(lower)) return undefined;
  const letter = pieces[pieces.length - 1]!;
  const number = pieces[pieces.length - 2]!;
  if (letter.length !== 1 || number.charCodeAt(0) > 57 || !lower.endsWith(number + letter)) return undefined;
  return pieces.slice(0, -1);
}

/** Words before the comma of `Smith, Jack` (one comma, names on both sides), else 0. */
function commaAfter(displayName: string): number {
  if (!displayName.includes(',')) return 0;
  const match = /^([^,]+),([^,]+)$/.exec(displayName);
  if (!match || !/\p{L}/u.test(match[2]!)) return 0;
  const before = foldNameText(match[1]!)[0]!.text.match(/[a-z]+/g);
  return before ? before.length : 0;
}

function split(text: string, marks: number, source: Reading['source'], comma: number, isName: IsName): Reading {
  return readingOfPieces(text.match(/[a-z]+|[0-9]+/g) ?? [], marks, source, comma, isName);
}
