import type { IndexedPupil } from './IndexedPupil.js';
import type { PupilIndex } from './PupilIndex.js';
import { plainWords } from './plainWords.js';

/**
 * Whether a handle's forename alone is another person's: the display name gives that forename and,
 * last, a surname of its own that is none of the pupil's words ("Simon Wilkinson", `simon_2`, is no
 * Szymon Wood in Year 2). The account names its owner outright; the handle repeats the forename. A
 * pupil writing their forename alone writes no surname (`ellie2012` beside "Ellie" or nothing). A surname is
 * a pupil's or another common one (`realSurname`).
 */
export function surnameOfAnother(
  displayName: string | undefined,
  handleLetters: string,
  pupil: IndexedPupil,
  index: PupilIndex,
): boolean {
  if (!displayName) return false;
  const words = plainWords(displayName);
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return handleLetters.includes(first) && !pupil.words.includes(last) && index.facts(last).realSurname;
}
