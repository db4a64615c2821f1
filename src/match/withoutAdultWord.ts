import { type AdultWordKind, kindOfListedWord } from './adultWordKind.js';
import { TRADE_ENDINGS } from './data/fillerAndAdultWords.js';

const TRADE_ENDINGS_BY_TAIL = new Map<number, string[]>();
const NO_ENDINGS: readonly string[] = [];
for (const ending of TRADE_ENDINGS)
  TRADE_ENDINGS_BY_TAIL.set(tailOf(ending), [...(TRADE_ENDINGS_BY_TAIL.get(tailOf(ending)) ?? []), ending]);

/** A word's last two letters as one number, to look endings up without cutting the word. */
function tailOf(word: string): number {
  return word.charCodeAt(word.length - 2) * 128 + word.charCodeAt(word.length - 1);
}

/**
 * `chloewalkerphotography` → `chloewalker`, `mrsamyjones` → `amyjones`, `jacksmithsnr` →
 * `jacksmith`: a run-together word with a trade or title on it, without it. (Not Dr: Drew.)
 */
export function withoutAdultWord(word: string): string | undefined {
  if (word.length < 7) return undefined;
  if (word.endsWith('snr')) return word.slice(0, -3);
  const title = /^(?:mrs|mr|miss)(?=[a-z]{4})/.exec(word);
  if (title) return word.slice(title[0].length);
  // Most handles' words go through here: only endings with the word's last two letters are tried.
  for (const ending of TRADE_ENDINGS_BY_TAIL.get(tailOf(word)) ?? NO_ENDINGS)
    if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  return undefined;
}

/** The kind of what `withoutAdultWord` cut off `word` to leave `named`: a title before it, Snr or a trade after. */
export function kindCutOff(word: string, named: string): AdultWordKind {
  return kindOfListedWord(word.endsWith(named) ? word.slice(0, word.length - named.length) : word.slice(named.length));
}
