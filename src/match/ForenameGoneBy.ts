import type { Pupil } from '../model/records.js';
import { EXACT_FORE, EXACT_SUR } from './levelsOf.js';
import type { MatchCandidate } from './Matcher.js';

/** A first weighing at least this likely shows the pupil going by their forename (REVIEW's line, policy/levels.ts). */
const SEEN_AT = 0.1;

/**
 * Pupils the lists show going by their own forename: an account bearing the forename (or the preferred one) and
 * the surname that the first weighing puts at REVIEW or above. A child goes by one given name among their
 * friends, so an account writing such a pupil's middle name where the forename would be is the family's namesake
 * the middle name honours, not the pupil (weak44: those were most of the false reviews it cost).
 */
export class ForenameGoneBy {
  private readonly seen = new Set<Pupil>();

  /** Notes the pupils a connection's first weighing shows by their own forename and surname. */
  note(candidates: readonly MatchCandidate[]): void {
    for (const c of candidates)
      if (c.score >= SEEN_AT && EXACT_FORE.has(c.levels.fore) && EXACT_SUR.has(c.levels.sur)) this.seen.add(c.pupil);
  }

  /** Whether the candidate reads a middle name as the forename of a pupil the lists show going by the forename. */
  hides(candidate: Pick<MatchCandidate, 'pupil' | 'levels'>): boolean {
    return candidate.levels.fore === 'middleName' && this.seen.has(candidate.pupil);
  }
}
