import { FILLER } from './data/fillerAndAdultWords.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { plainWords } from './plainWords.js';

/** A word this long or longer beginning as one of the pupil's surnames is taken for a spelling of it (Kowalski, Kowalska). */
const SURNAME_STEM = 4;

/**
 * Words of the display name that are none of the pupil's names, where the pupil was read from the
 * handle alone (`14reuben` beside "Reuben Greenfield"; `13violet`, read as "Le Violet", beside "Violet
 * Quenwick"): the display name gives that forename with a surname of somebody else. They are words of the account's name the pupil does not
 * explain, as `unexplained` counts them in a reading (weighed as fitted); a forename shown alone, or
 * with emoji or filler, is none.
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

function spellsSurname(word: string, surnames: readonly string[]): boolean {
  return (
    word.length >= SURNAME_STEM &&
    surnames.some((s) => s.length >= SURNAME_STEM && s.slice(0, SURNAME_STEM) === word.slice(0, SURNAME_STEM))
  );
}
