import type { Pupil } from '../model/records.js';
import { FILLER } from './data/fillerAndAdultWords.js';
import type { FeatureLevels } from './features.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { plainWords } from './plainWords.js';
import { tallyKeys } from './tallyKeys.js';

/** A word this long or longer beginning as one of the pupil's surnames is taken for a spelling of it (Kowalski, Kowalska). */
const SURNAME_STEM = 4;

/**
 * Words of the display name that are none of the pupil's names, where the pupil was read from the
 * handle by their forename alone (`14reuben` beside "Reuben Greenfield"): the display name gives that
 * forename with a surname of somebody else. They are words of the account's name the pupil does not
 * explain, as `unexplained` counts them in a reading; a forename shown alone, or with emoji, initials
 * or filler, is none. (calib23's, measured then with the audit's own estimates moved by it.)
 */
export function namesAnother(
  displayName: string | undefined,
  handle: string | undefined,
  pupil: Pick<IndexedPupil, 'words' | 'forenames' | 'surnames'>,
): number {
  if (!displayName) return 0;
  const words = plainWords(displayName).filter((word) => !FILLER.has(word));
  if (words.length < 2) return 0;
  const first = words[0]!;
  const letters = handle ? handle.toLowerCase() : '';
  if (!pupil.forenames.includes(first) && !letters.includes(first)) return 0;
  let others = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (pupil.words.includes(word) || spellsSurname(word, pupil.surnames)) continue;
    others++;
  }
  return others;
}

/**
 * The levels a pair is weighed at once the lists are read: the display name's words of somebody else
 * (`displayOthers`) counted as unexplained where one of them is a surname other accounts on these lists bear
 * (`familyName`, `bearsOthersSurname`): a family name of the lists' adults, not a word of the pupil's own
 * (a nickname, a decoration, a spelling of their surname), which no other account carries. Left out of the
 * audit's own estimates (accounts per pupil, how pupils present): a cut of adults' reviews, not a change to
 * how pupils present, so that every other account is weighed as before (calib23's version moved the
 * estimate and lost a pupil sharing an account with many at the 2 % floor).
 */
export function shownAsAnother(levels: FeatureLevels, familyName: () => boolean): FeatureLevels {
  const { displayOthers, speltOut, ...rest } = levels;
  if (!displayOthers && !speltOut) return levels;
  // The name the handle spells the initial out as (`initialSpeltOut`) is a word of the account's name the pupil does not
  // explain, unless the reading already left words unexplained (the display name's own, `Hussein A. Al-Sayed`): counted there.
  const spelt = speltOut === 'initial' && wordsOfLevel(levels.unexplained) === 0 ? 1 : 0;
  const others = (displayOthers && familyName() ? wordsOfLevel(displayOthers) : 0) + spelt;
  if (others === 0) return rest;
  const count = wordsOfLevel(levels.unexplained) + others;
  // Without `displayOthers`: weighed once, however often the pair is weighed again.
  return { ...rest, unexplained: count === 1 ? '1' : '2+' };
}

/** An `unexplained` level as a count (`2+` as two; words set off from the name, `bio`, as none). */
export function wordsOfLevel(level: string): number {
  return level === '0' || level === 'bio' ? 0 : level === '1' ? 1 : 2;
}

function spellsSurname(word: string, surnames: readonly string[]): boolean {
  return (
    word.length >= SURNAME_STEM &&
    surnames.some((s) => s.length >= SURNAME_STEM && s.slice(0, SURNAME_STEM) === word.slice(0, SURNAME_STEM))
  );
}

/**
 * Whether a word of the display name after its first, none of the pupil's names, ends the display names of
 * other accounts on these lists (`surnameCount`, the account itself counted once).
 */
export function bearsOthersSurname(
  displayName: string | undefined,
  pupil: Pupil,
  surnameCount: (word: string) => number,
): boolean {
  if (!displayName) return false;
  const own = new Set(
    [pupil.legalForename, pupil.legalSurname, pupil.preferredForename, pupil.preferredSurname, pupil.middleNames]
      .filter((name): name is string => name !== undefined)
      .flatMap((name) => plainWords(name)),
  );
  return plainWords(displayName)
    .slice(1)
    .some((word) => !own.has(word) && !FILLER.has(word) && surnameCount(word) >= 2);
}

/**
 * Whether a pair is still read as the pupil once the lists are read: not where the handle's forename initial is
 * the display name's given name of somebody else (`speltOut: 'forename'`, `initialOfAnother`), which leaves the
 * pupil a surname alone, no candidate. Dropped then, not when read, so that the audit's own estimates stay as they were.
 * A word the name tables do not know before the pupil's surname (`givenIfBorne`) is a given name where other
 * accounts' display names begin with it (`forenameCount`, the account itself counted once), as `bearsOthersSurname`
 * asks of a surname.
 */
export function readsAsItself(
  candidate: { levels: FeatureLevels },
  displayName: string | undefined,
  forenameCount: (word: string) => number,
): boolean {
  const spelt = candidate.levels.speltOut;
  if (spelt !== 'givenIfBorne') return spelt !== 'forename';
  const given = displayName === undefined ? undefined : tallyKeys(displayName)?.[0];
  return given === undefined || forenameCount(given) < 2;
}
