import type { SpeltFacts } from './ListFacts.js';
import { tallyKeys } from './tallyKeys.js';

/**
 * Forename levels at which the account writes a word of its own for the pupil's forename: a slip, a sound-alike, a
 * fuller form (James for Jamie), another spelling of the same name (Mohammed for Muhammad). Adults bear those words
 * as their own, as many as the lists show: another spelling carried by five or more accounts was an adult's on every
 * evaluation (fr46, fr47). Not a short form or another language's counterpart (Sophie for Sophia, Mark for
 * Marcus): a pupil goes by those every day, whatever adults bear them (weighing them lost pupils, fr46).
 */
const FORE_SPELT: ReadonlySet<string> = new Set(['typo', 'soundsLike', 'fullForm', 'variant']);
/** Surname levels at which the account writes a word of its own: a slip or another spelling, half a double-barrelled surname, a pet form. */
const SUR_SPELT: ReadonlySet<string> = new Set(['typo', 'part', 'pet']);

/** The levels `speltShares` reads: the name's agreement, the order it is read in, and where it was read. */
export type SpeltLevels = { fore: string; sur: string; order: string; names: string };

/**
 * The words the display name writes where the pair's levels say the account spells a part of the pupil's name
 * otherwise (`FORE_SPELT`, `SUR_SPELT`), as the lists tally display names (first and last word, `tallyKeys`):
 * `[forename, surname]`, each undefined where the account writes that part as the pupil's (`fore`, `sur`: the
 * pupil's as weighed) or at a level not read here. Undefined where the name was read from the handle or back to front.
 */
export function speltWords(
  displayName: string | undefined,
  levels: SpeltLevels,
  fore: string,
  sur: string,
): [string | undefined, string | undefined] | undefined {
  if (!displayName || levels.names === 'handle' || levels.order !== 'asWritten') return undefined;
  const spelt = [FORE_SPELT.has(levels.fore), SUR_SPELT.has(levels.sur)];
  if (!spelt[0] && !spelt[1]) return undefined;
  const keys = tallyKeys(displayName);
  if (!keys) return undefined;
  const f = spelt[0] && keys[0] !== fore ? keys[0] : undefined;
  const s = spelt[1] && keys[1] !== sur ? keys[1] : undefined;
  return f === undefined && s === undefined ? undefined : [f, s];
}

/**
 * The shares on the lists of the words the account writes for the pupil's names (`speltWords`): an account
 * spelling the pupil's forename as a name many adults on these lists bear is as likely one of them as an
 * account bearing that name (Splink's term-frequency adjustment, on the account's own word). `shares` is the
 * lists' (`NameTerms.shares`, the account itself left out).
 */
export function speltShares(
  displayName: string | undefined,
  levels: SpeltLevels,
  fore: string,
  sur: string,
  shares: (forename: string, surname: string) => { forename: number; surname: number },
): SpeltFacts | undefined {
  const words = speltWords(displayName, levels, fore, sur);
  if (!words) return undefined;
  const [f, s] = words;
  const counted = shares(f ?? fore, s ?? sur);
  return {
    ...(f !== undefined ? { forenameShare: counted.forename } : {}),
    ...(s !== undefined ? { surnameShare: counted.surname } : {}),
  };
}
