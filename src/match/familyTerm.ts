import type { ReasonCode } from '../model/reasons.js';
import { WEAK_CEILING_BITS } from './evidence.js';
import type { FamilyFacts } from './ListFacts.js';
import type { Presentation } from './ModelParameters.js';

/**
 * Another of the family on this list (family41): beside an account bearing a pupil's whole name, the
 * member of staff's list holds the surname with another forename, neither a form of the pupil's nor a
 * forename the roll's children of that surname bear (a sibling's account is no relative's). A relative
 * the pupil is named after comes with the family's other accounts; the pupil's own account less often.
 *
 * Weighed as Splink weighs a level, with a term-frequency adjustment for the surname: an account of that
 * surname is on a list of n names by chance with expectation λ = (n − 1) × the surname's share, so
 * P(none | class) = (1 − a) e^−λ, where a is how often the family's own accounts are there beyond chance:
 * a_m for the pupils' own accounts (counted on the audit's pairs beyond doubt), a_u for the other accounts
 * bearing a pupil's whole name (counted on each by how likely it is to be nobody's on the roll). Both are
 * the audit's own (`estimatePresentation`), never the bench's: its relatives' share is its generator's choice.
 */

/** The rates a and their bounds: an estimate on a few hundred accounts is rough beyond them. */
const LEAST_RATE = 0.001;
const MOST_RATE = 0.95;

/** a bounded to [LEAST_RATE, MOST_RATE]. */
export function boundedRate(a: number): number {
  return Math.min(MOST_RATE, Math.max(LEAST_RATE, a));
}

/**
 * m and u of a level: `beside` or not, `none` = e^−λ (how likely no account of the surname is on the list
 * by chance), under the estimated rates: P(none | class) = (1 − a) e^−λ.
 */
export function levelMU(beside: boolean, none: number, rates: { m: number; u: number }): [number, number] {
  const m = (1 - boundedRate(rates.m)) * none;
  const u = (1 - boundedRate(rates.u)) * none;
  return beside ? [1 - m, 1 - u] : [m, u];
}

/** m and u of the pair's level (beside or not), or undefined: not weighed (no whole name, or no estimate). */
export function familyMU(
  family: FamilyFacts | undefined,
  presentation: Pick<Presentation, 'family'>,
): [number, number] | undefined {
  const rates = presentation.family;
  if (!family || !rates) return undefined;
  return levelMU(family.others > 0, Math.exp(-family.chance), rates);
}

/** Disguises children write their names in and adults bearing the name do not (as `judgeConnection`'s, trust33). */
const CHILDRENS_DISGUISES: ReadonlySet<ReasonCode> = new Set(['DECORATED', 'CONFUSABLE', 'LEETSPEAK']);

/** Handle digits that are the pupil's own (birth year, year group, age): the account tells itself from a relative's. */
const PUPILS_OWN_DIGITS: ReadonlySet<string> = new Set(['dob', 'yearGroup', 'age']);

/**
 * Whether a whole-name pair is held below FLAG for another of the family on the list: nothing on the account
 * is the pupil's own beyond the name (no birth year, year group or age in the handle, no middle name, not on
 * several members of staff's lists, the name not disguised as children write theirs), and the family's other account is more likely there than not for
 * another of the family bearing the name, by the audit's own estimate: P(beside | the pupil's own account)
 * below one half. Beside the family's accounts, a bare whole name may as well be the relative the pupil is
 * named after (family39: 4 of 4 wrong relative flags on the bench had one).
 */
export function familyHolds(
  candidate: { readonly levels: Readonly<Record<string, string | undefined>>; readonly reasons: readonly ReasonCode[] },
  family: FamilyFacts | undefined,
  presentation: Pick<Presentation, 'family'>,
): boolean {
  if (!family || family.others === 0 || !presentation.family) return false;
  const { digits, middle, lists } = candidate.levels;
  if (PUPILS_OWN_DIGITS.has(digits ?? '') || middle === 'yes' || lists === 'several') return false;
  // A name disguised as children write theirs (look-alike or styled letters, leetspeak): adults bearing it write it plainly.
  if (candidate.reasons.some((r) => CHILDRENS_DISGUISES.has(r))) return false;
  const [m] = levelMU(true, Math.exp(-family.chance), presentation.family);
  return m < 0.5;
}

/** A pair's log2 odds, held below FLAG (`familyHolds`), and the reason said, only where that holds it there. */
export function withinFamily(
  candidate: { readonly levels: Readonly<Record<string, string | undefined>>; readonly reasons: ReasonCode[] },
  bits: number,
  family: FamilyFacts | undefined,
  presentation: Pick<Presentation, 'family'>,
): number {
  if (bits <= WEAK_CEILING_BITS || !familyHolds(candidate, family, presentation)) return bits;
  candidate.reasons.push('FAMILY_ON_LIST');
  return WEAK_CEILING_BITS;
}
