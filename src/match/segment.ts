import type { PupilIndex } from './PupilIndex.js';
import type { WordFacts } from './WordFacts.js';

export interface Segmentation {
  parts: string[];
  /** 3: forename + surname; 2: two names of one kind; 1: initial + surname. */
  rank: number;
}

/**
 * Splits a word with no name of its own into names: forename + surname either way round,
 * initial + surname, with a few trailing letters of decoration (`jacksmithx`, `amyjonesxo`).
 * Not remembered: nearly every word it is asked is new (most are handles'). `asWritten`: every letter is kept, none taken for decoration.
 */
export function segment(word: string, index: PupilIndex, asWritten = false): Segmentation | null {
  if (word.length < 4) return null;
  if (asWritten) return cut(word, index);
  for (const plain of withoutDecoration(word)) {
    const best = cut(plain, index);
    if (best) return best;
  }
  // Two names joined by a bare x (`lunaxhall`), as people sign off with one: only a forename and a
  // surname either side make it a join, not a letter of a word.
  for (const joined of withoutJoiningX(word)) {
    const best = cut(joined, index);
    if (best && best.rank >= 3) return best;
  }
  return null;
}

/** The word with one x between two runs of two letters or more taken out (`lunaxhall` → `lunahall`). */
function withoutJoiningX(word: string): string[] {
  const forms: string[] = [];
  for (let at = word.indexOf('x', 2); at >= 2 && at <= word.length - 3; at = word.indexOf('x', at + 1))
    forms.push(word.slice(0, at) + word.slice(at + 1));
  return forms;
}

/** The best cut of a run-together word into two names, with a few trailing letters of decoration. */
function cut(word: string, index: PupilIndex): Segmentation | null {
  let best: Segmentation | null = null;
  for (let trail = 0; trail <= 4 && word.length - trail >= 4; trail++) {
    // Only letters people decorate handles with may trail the names (jacksmithx, amyjonesxo, amyjonesxoxo);
    // a longer trail holds the shorter one's letters, so once one fails all do.
    if (trail > 0 && !isDecorationLetter(word.charCodeAt(word.length - trail))) break;
    const body = trail === 0 ? word : word.slice(0, word.length - trail);
    for (let cut = 1; cut <= body.length - 2; cut++) {
      // Most tails and heads name nobody: neither is cut out before both shapes say they may.
      if (!index.mayNameSlice(body, cut, body.length) || (cut > 1 && !index.mayNameSlice(body, 0, cut))) continue;
      const tail = body.slice(cut);
      if (!index.mayName(tail)) continue;
      const head = body.slice(0, cut);
      if (cut > 1 && !index.mayName(head)) continue;
      const tailFacts = index.facts(tail);
      if (tailFacts.fore.length === 0 && tailFacts.sur.length === 0) continue;
      const headFacts = index.facts(head);
      // A name of two letters (Li, Jo, Yu, Ng) is cut off only as a forename beside a surname of four
      // letters or more (`lizhang`, `zihanli`): two letters begin too many words, and two short names
      // together (`yuli`, `anle`) are as likely a word as a name.
      if ((cut === 2 || tail.length === 2) && (body.length < 6 || !wholeNames(headFacts, tailFacts))) continue;
      let rank = 0;
      if (cut === 1 && tailFacts.sur.length > 0) rank = 1;
      else if (
        (headFacts.fore.length > 0 && tailFacts.sur.length > 0) ||
        (headFacts.sur.length > 0 && tailFacts.fore.length > 0)
      )
        rank = 3;
      else if (headFacts.fore.length > 0 || headFacts.sur.length > 0) rank = 2;
      if (rank > (best?.rank ?? 0)) best = { parts: [head, tail], rank };
    }
    if (best) break;
  }
  return best;
}

/** x, o or z. */
function isDecorationLetter(code: number): boolean {
  return code === 0x78 || code === 0x6f || code === 0x7a;
}

function wholeNames(head: WordFacts, tail: WordFacts): boolean {
  return (head.fore.length > 0 && tail.sur.length > 0) || (head.sur.length > 0 && tail.fore.length > 0);
}

/** Words run onto a handle's names (`imkiarathompson`, `lilysykesofficial`, `scarlettturneryr`). */
const HANDLE_PREFIXES = /^(?:its|itz|im|iam|the|real|official)(?=[a-z]{4})/;
const HANDLE_SUFFIXES = /(?<=[a-z]{4})(?:official|real|private|priv|backup|spam|alt|yr|y)$/;

/** The x's and words wrapped round one name run together (`itspoppy`, `xxpoppyxx`, `realpoppyxo`), as they are. */
const WRAPPED_BEFORE = /^(?:x+|its|itz|iam|im|the|real|official)(?=[a-z]{3})/;
const WRAPPED_AFTER = /(?<=[a-z]{3})(?:(?:x|xo|ox)+|official|real)$/;

/**
 * A handle's word without the x's and words children wrap one name in (`itspoppy` → `poppy`,
 * `xxellax` → `ella`), or the word itself where there are none. `segment` cuts such words into two names.
 */
export function withoutWrapping(word: string): string {
  return word.replace(WRAPPED_BEFORE, '').replace(WRAPPED_AFTER, '');
}

/**
 * A run-together word as written, then without the words people run onto their names, then with
 * one doubled letter made single (`florencemorriss`, `lilysykkes`): the first that cuts into names
 * is read.
 */
function withoutDecoration(word: string): string[] {
  const bare = word.replace(HANDLE_PREFIXES, '').replace(HANDLE_SUFFIXES, '');
  // Wrapped in x's (`xxellieclarkxx`): the trailing ones are cut below, the leading ones here.
  const unwrapped = word.replace(/^x+/, '');
  const forms = unwrapped !== word && unwrapped.length >= 4 ? [word, bare, unwrapped] : [word, bare];
  for (const form of [word, bare]) {
    for (let at = 1; at < form.length; at++)
      if (form[at] === form[at - 1] && form.length > 5) forms.push(form.slice(0, at) + form.slice(at + 1));
  }
  return forms.filter((form, i) => forms.indexOf(form) === i);
}

/**
 * A forename with the surname's initial run onto it (`ariaw11`: Aria W), or null. Asked only of
 * handles with digits beside (a year says whose): `sarahj` alone is as likely anybody's. An x
 * after a name is decoration (`ariax`), not an initial.
 */
export function forenameAndInitial(word: string, index: PupilIndex): [string, string] | null {
  if (word.length < 4 || word.endsWith('x')) return null;
  const head = word.slice(0, -1);
  if (!index.mayName(head) || index.facts(head).fore.length === 0) return null;
  return [head, word.slice(-1)];
}
