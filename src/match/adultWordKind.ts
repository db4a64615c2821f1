import { ADULT_WORDS, HOBBY_WORDS, LETTERS_WORDS } from './data/fillerAndAdultWords.js';

/**
 * What a word beside the name says of whose the account is, by kind (the model's `adultWords` level): none; a word
 * a child writes of a hobby or of herself as well as an adult of a business (`hobby`: nails, photos, artist); a
 * firm's trade (`trade`: plumbing, solicitors); a job after a separator (`job`: `| Nurse`); a firm's suffix or
 * a degree (`letters`: Ltd, MBA); a title or family word (`title`: Mrs, Dr, Mum, Snr). Each weighs as fitted.
 */
export type AdultWordKind = 'no' | 'hobby' | 'trade' | 'job' | 'letters' | 'title';

/** The kinds in the order one outweighs another where a name carries two: the more an adult's first. */
const RANK: Readonly<Record<AdultWordKind, number>> = { no: 0, hobby: 1, trade: 2, job: 3, letters: 4, title: 5 };

/** Of two kinds, the one that says more surely the account is an adult's. */
export function strongerKind(a: AdultWordKind, b: AdultWordKind): AdultWordKind {
  return RANK[b] > RANK[a] ? b : a;
}

/** The kind of a word on the title, family or trade lists (a word on none of them is a firm's trade's). */
export function kindOfListedWord(word: string): AdultWordKind {
  if (ADULT_WORDS.has(word)) return 'title';
  if (LETTERS_WORDS.has(word)) return 'letters';
  return HOBBY_WORDS.has(word) ? 'hobby' : 'trade';
}
