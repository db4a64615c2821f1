import { joinSpacedLetters } from '../normalise/spacedLetters.js';
import type { MatchCandidate } from './Matcher.js';

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

/**
 * The candidates as the audit's own estimates (accounts per pupil, how pupils present) count them: two digits beside a
 * name written as a child writes it as the adult's year they were read as before, so that every other pair weighs as
 * before (counted as the child's, one more pupil beyond doubt moved the prior and put an adult over REVIEW on a spent
 * seed). The candidates themselves where none has any.
 */
export function digitsAsBefore(candidates: MatchCandidate[]): MatchCandidate[] {
  if (!candidates.some((c) => c.levels.digitsAsBefore)) return candidates;
  return candidates.map((c) => {
    const { digitsAsBefore: before, ...levels } = c.levels;
    return before ? { ...c, levels: { ...levels, digits: before } } : c;
  });
}
