import { soundKey } from '../normalise/soundKey.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { plainWords } from './plainWords.js';

/**
 * Whether a handle's initial is another person's: the display name gives a given name of its own
 * beginning with that letter, which is no form of the pupil's forename nor sounds like one, before
 * the pupil's surname ("Anita Robinson", `arobinson73`, is no Alexander Robinson). The account
 * names its owner outright; the handle repeats it.
 */
export function initialOfAnother(
  displayName: string | undefined,
  pupil: IndexedPupil,
  isGivenName: (word: string) => boolean,
  soundsLikeForename: (key: string) => boolean,
): boolean {
  if (!displayName) return false;
  const words = plainWords(displayName);
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!pupil.surnames.includes(last) || pupil.words.includes(first)) return false;
  if (!pupil.forenames.some((name) => name[0] === first[0])) return false;
  return isGivenName(first) && !soundsLikeForename(soundKey(first));
}
