import type { MatchCandidate } from '../match/Matcher.js';
import type { Exemption, Pupil } from '../model/records.js';
import type { JudgedCandidate } from './judgeConnection.js';
import type { PupilScope } from './pupilScope.js';

/**
 * An account is one person: where it reads as somebody the policy never reports, that person's share of the model's
 * probability is known beside every other pupil's. Each largest share, 0 where there is none: the declared child's
 * competes (`explainedByFamily`); the grown former pupil's is only said (`GROWN_FORMER_PUPIL_TOO`).
 */
export interface KnownPeople {
  /** A pupil in scope whose declared family link with this member of staff exempts them (unless dismissed). */
  family: number;
  /** A former pupil now 18 or over (out of scope). */
  grown: number;
  /** The likeliest declared child, as the report lists an exempted connection. */
  declared?: { candidate: JudgedCandidate; exemption: Exemption };
}

/** A known person at least this many times as likely as a pupil explains the account (see `explainedByFamily`). */
export const OUTWEIGHED_BY = 4;

export function knownPeople(
  candidates: readonly MatchCandidate[],
  scopeOf: (pupil: Pupil) => PupilScope,
  declaredLink: (pupil: Pupil, scope: PupilScope) => Exemption | undefined,
): KnownPeople {
  const known: KnownPeople = { family: 0, grown: 0 };
  for (const candidate of candidates) {
    const scope = scopeOf(candidate.pupil);
    if (!scope.inScope) known.grown = Math.max(known.grown, candidate.score);
    else if (scope.rule && candidate.score > known.family) {
      const exemption = declaredLink(candidate.pupil, scope);
      if (!exemption) continue;
      known.family = candidate.score;
      const entry = { candidate, scope, level: 'review' as const, reasons: [...candidate.reasons, scope.rule] };
      known.declared = { candidate: entry, exemption };
    }
  }
  return known;
}

/**
 * Whether the declared child, rather than this pupil, is the account (the shares as `DeclaredLinks` gives them, the
 * link weighed in): unless the pupil is clearly likelier
 * (`OUTWEIGHED_BY` times), since the member of staff told the school of that child, who is far likelier on their
 * list than a namesake the weighing cannot tell apart (an equal reading shares the probability evenly). A pupil
 * whose whole name the account bears with nothing against it, as likely as the declared child or likelier (another
 * Jack Smith beside the declared one), is not explained away: a person looks, as before knownPeople, since a family
 * link to one child says nothing about another of that name. A former pupil now grown never explains a pupil away
 * here, however much likelier: on the final review that rule lost three pupils on a held-out trust (another
 * school's children, trust-wide).
 */
export function explainedByFamily(candidate: MatchCandidate, known: KnownPeople, wholeName: boolean): boolean {
  return known.family > 0 && candidate.score < (wholeName ? 1 : OUTWEIGHED_BY) * known.family;
}
