import type { AdultWordKind } from './adultWordKind.js';

/** One way of reading one of a connection's names: its words and numbers, and what folding did. */
export interface Reading {
  source: 'display' | 'handle';
  words: string[];
  numbers: string[];
  /** FOLD bits. */
  marks: number;
  /** A title, family, trade or job word in the name (Mrs, Grandad, Plumbing, Ltd, nails…), by kind; `no` where none. */
  adultWord: AdultWordKind;
  /** Written `Surname, Forename`: the words before the comma are the surname. */
  commaAfter: number;
  /** A number followed `y`, `yr` or `year` as a word of its own (`tamsin.yr9`): a year group, as a child writes it. */
  yearWord: boolean;
  /** The earliest four-digit year among the numbers: pupils born well after it are not this account. */
  earliestYear: number | undefined;
  /**
   * The display name as written, where the reading has two words or more: what its writing says of
   * the words (a word of its own) is asked of it (see `wordsAsWritten`).
   */
  written: string | undefined;
}

/**
 * Everything the name search depends on in a reading, as one string: readings of one key find the
 * same pupils. Made only when asked (a million readings are made, few compared).
 */
export function readingKey(reading: Reading): string {
  return searchKey(reading.source, reading.marks, reading.commaAfter, reading.numbers.length > 0, reading.words);
}

/**
 * The reading's words with what else the search depends on. Nearly always one character of
 * flags before the words (Node keeps such characters as ready-made strings): a million readings
 * are keyed so.
 */
function searchKey(
  source: Reading['source'],
  marks: number,
  comma: number,
  hasNumbers: boolean,
  words: readonly string[],
): string {
  const text = words.join(' ');
  if (comma > 0 || marks > 31) return `${source}${marks}|${comma}|${hasNumbers ? 1 : 0}|${text}`;
  return String.fromCharCode(0x80 | (source === 'display' ? 64 : 0) | (hasNumbers ? 32 : 0) | marks) + text;
}
