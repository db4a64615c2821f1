import { joinSpacedLetters } from '../normalise/spacedLetters.js';

/** Four single letters in a row are a name spelt out, not initials (as `joinSpacedLetters` reads them). */
const SPELT_OUT = 4;
/** A letter three times in a row: a name stretched for effect (`joshuaaa`), not a spelling. */
const STRETCHED = /(\p{L})\1\1/u;

/**
 * Whether a display name is written as children write theirs: spelt out a letter at a time (`W_i_l_l_i_a_m
 * H•u•n•t•e•r`) or stretched (`joshuaaa alderdaleeee`). Adults bearing a pupil's name write it plainly, so two digits
 * in the handle beside such a name are no grown-up's birth year (`billy_60`): a child chose them.
 */
export function writtenAsAChild(displayName: string | undefined): boolean {
  if (displayName === undefined) return false;
  return STRETCHED.test(displayName.toLowerCase()) || joinSpacedLetters(displayName).longestRun >= SPELT_OUT;
}
