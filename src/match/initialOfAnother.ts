import { soundKey } from '../normalise/soundKey.js';
import { FILLER } from './data/fillerAndAdultWords.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { plainWords } from './plainWords.js';

/**
 * Whether a handle's initial is another person's: the display name begins with a given name of its own
 * of that letter, which is no form of the pupil's forename nor sounds like one. `beforeSurname`: before the
 * pupil's surname ("Anita Robinson", `arobinson73`, is no Alexander Robinson): the account names its owner
 * outright, the handle repeats it. `namedFurther` (fr43): with other words, a surname, an initial or a trade
 * ("Amy | Baker" beside `aalderwick`, "Keisha F" beside `k.forbes`, are no Ava Alderwick or Kyrie Forbes). A given
 * name alone beside emoji (`Lauren 🍷`) is left to the handle: children write their display names so.
 * `beforeSurnameIfBorne` (fr50): before the pupil's surname, a word the name tables do not know ("Sangeeta Patel"
 * beside `spatel`, "Halimo Ali" beside `hali`): a given name where the lists show other accounts' display names
 * beginning with it, which only they can tell (`readsAsItself`).
 */
export function initialOfAnother(
  displayName: string | undefined,
  pupil: IndexedPupil,
  isGivenName: (word: string) => boolean,
  soundsLikeForename: (key: string) => boolean,
): 'beforeSurname' | 'beforeSurnameIfBorne' | 'namedFurther' | undefined {
  if (!displayName) return undefined;
  const words = plainWords(displayName);
  const first = words.find((word) => !FILLER.has(word));
  if (first === undefined || pupil.words.includes(first)) return undefined;
  if (!pupil.forenames.some((name) => name[0] === first[0])) return undefined;
  const beforeSurname = words.length >= 2 && words[0] === first && pupil.surnames.includes(words[words.length - 1]!);
  if (!beforeSurname && letterRuns(displayName) < 2) return undefined;
  if (soundsLikeForename(soundKey(first))) return undefined;
  if (!isGivenName(first)) return beforeSurname ? 'beforeSurnameIfBorne' : undefined;
  return beforeSurname ? 'beforeSurname' : 'namedFurther';
}

/** Runs of letters in a display name, a lone initial among them, filler left out. */
function letterRuns(displayName: string): number {
  const runs = displayName
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  let count = 0;
  for (const run of runs) if (run.length > 0 && !FILLER.has(run)) count++;
  return count;
}
