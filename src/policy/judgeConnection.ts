import type { MatchCandidate } from '../match/Matcher.js';
import type { ReasonCode } from '../model/reasons.js';
import type { Exemption, Pupil } from '../model/records.js';
import type { FindingLevel } from '../model/report.js';
import { explainedByFamily, knownPeople, OUTWEIGHED_BY } from './knownPeople.js';
import { levelFor, REVIEW_AT, SHARE_FLOOR } from './levels.js';
import type { PupilScope } from './pupilScope.js';
import { bearsWholeName, nothingAgainst } from './wholeName.js';

export interface JudgedCandidate {
  candidate: MatchCandidate;
  scope: PupilScope;
  level: FindingLevel;
  reasons: ReasonCode[];
}

/** What the policy makes of one connection and the pupils it may be. */
export type Judgement =
  | { kind: 'none' }
  | { kind: 'exempt'; candidate: JudgedCandidate; exemption: Exemption }
  | {
      kind: 'finding';
      level: FindingLevel;
      candidates: JudgedCandidate[];
      exempt?: { candidate: JudgedCandidate; exemption: Exemption };
    };

export interface PolicyLookup {
  scopeOf(pupil: Pupil): PupilScope;
  exemptionFor(staffId: string, pupilId: string): Exemption | undefined;
  /**
   * Trust-wide: whether the pupil is at this member of staff's own school (every pupil is, in a
   * school's audit or scoped): only then is a whole name with nothing against it always reviewed.
   */
  ownSchool?(staffId: string, pupil: Pupil): boolean;
  /**
   * Whether a review's dismissal of this connection's account as the pupil holds at this level (`dismissalHolds`):
   * then no family link exempts them, and the dismissal lists the account (decisions before links).
   */
  dismissed?(pupil: Pupil, scope: PupilScope, level: FindingLevel): boolean;
}

/**
 * Applies the policy to a connection's candidate pupils (best first). The match model's
 * probability sets the level (`levels.ts`); below REVIEW a candidate is dropped. Out-of-scope
 * pupils are dropped whatever the name evidence. A declared family link exempts its pupil on every
 * platform, unless a review dismissed this account as them. The account is one person: another pupil whom the
 * declared child explains is not reported (`explainedByFamily`); a namesake clearly likelier than the declared child still
 * is, for review, because a family link to one child says nothing about them.
 */
export function judgeConnection(
  staffId: string,
  candidates: readonly MatchCandidate[],
  lookup: PolicyLookup,
): Judgement {
  const judged: JudgedCandidate[] = [];
  let exempt: { candidate: JudgedCandidate; exemption: Exemption } | undefined;
  const grown = grownOwnNumber(candidates, lookup);
  const whole = wholeNamePupils(staffId, candidates, lookup, grown);
  const shared = sharedLevel(candidates, lookup) ?? (whole.size > 0 ? 'review' : undefined);
  const earnedBy = candidates.map((candidate) => {
    const level =
      levelFor(candidate.score) ?? (candidate.score >= SHARE_FLOOR || whole.has(candidate) ? shared : undefined);
    return level === 'flag' && nameAloneElsewhere(staffId, candidate, lookup) ? 'review' : level;
  });
  const alike = namedAlike(candidates, earnedBy, lookup, grown);
  for (const [at, candidate] of candidates.entries()) {
    const scope = lookup.scopeOf(candidate.pupil);
    if (!scope.inScope || !scope.rule) continue;
    const earned = earnedBy[at] ?? (alike.has(candidate) ? 'review' : undefined);
    if (!earned) continue;
    const level: FindingLevel = scope.rule === 'FORMER_PUPIL_DOB_UNKNOWN' ? 'review' : earned;
    const entry: JudgedCandidate = { candidate, scope, level, reasons: [...candidate.reasons, scope.rule] };
    const exemption = lookup.dismissed?.(candidate.pupil, scope, level)
      ? undefined
      : lookup.exemptionFor(staffId, candidate.pupil.id);
    if (exemption) {
      if (!exempt || candidate.score > exempt.candidate.candidate.score) exempt = { candidate: entry, exemption };
      continue;
    }
    judged.push(entry);
  }
  // The account is one person: the declared child, as likely, explains it (`explainedByFamily`).
  const known = knownPeople(
    candidates,
    (pupil) => lookup.scopeOf(pupil),
    (pupil, scope) => {
      if (lookup.dismissed?.(pupil, scope, 'review')) return undefined;
      return lookup.exemptionFor(staffId, pupil.id);
    },
  );
  if (exempt) known.family = Math.max(known.family, exempt.candidate.candidate.score);
  let byFamily = false;
  const reported = judged.filter((j) => {
    if (explainedByFamily(j.candidate, known, whole.has(j.candidate))) {
      byFamily = true;
      return false;
    }
    // Reviewed, not explained away: the one who looks is told who else the account may be.
    if (known.grown >= j.candidate.score) j.reasons.push('GROWN_FORMER_PUPIL_TOO');
    return true;
  });
  if (byFamily && !exempt && known.declared) exempt = known.declared;
  if (reported.length === 0) return exempt ? { kind: 'exempt', ...exempt } : { kind: 'none' };
  reported.sort(byStrength);
  const level: FindingLevel = exempt ? 'review' : reported[0]!.level;
  return exempt
    ? { kind: 'finding', level, candidates: reported, exempt }
    : { kind: 'finding', level, candidates: reported };
}

/**
 * One look finds a pupil with the probability the account is any of its candidates: where several
 * pupils share an account none of whom reaches REVIEW alone (six Ellies born in 2012, and
 * `ellie2012`), their shares together may; then each with a share worth naming is reviewed.
 */
function sharedLevel(candidates: readonly MatchCandidate[], lookup: PolicyLookup): FindingLevel | undefined {
  let total = 0;
  for (const candidate of candidates) {
    const scope = lookup.scopeOf(candidate.pupil);
    if (scope.inScope && scope.rule && candidate.score >= SHARE_FLOOR) total += candidate.score;
  }
  return total >= REVIEW_AT ? 'review' : undefined;
}

/**
 * The pupils whose whole name the account bears with nothing against it (`bearsWholeName`): worth a
 * look however common the name, when their shares together are worth naming; then each is named,
 * so that a name several pupils bear, split between them, hides none of them. Not a pupil whom a
 * person the policy never reports (a former pupil now grown) bearing the whole name too outweighs on
 * the handle's number, which reads as that person's birth year or year group and not the pupil's
 * (`grownOwnNumber`): the name is then explained by somebody known. Trust-wide, the member of staff's
 * own school's only: for another school's child, whether this adult would know them is doubt the
 * name cannot settle; unless the name is disguised as children write theirs (`DISGUISES`), which the
 * adults bearing it plainly do not.
 */
function wholeNamePupils(
  staffId: string,
  candidates: readonly MatchCandidate[],
  lookup: PolicyLookup,
  grown: number,
): ReadonlySet<MatchCandidate> {
  const bearing = candidates.filter((candidate) => {
    const scope = lookup.scopeOf(candidate.pupil);
    return (
      scope.inScope &&
      scope.rule !== null &&
      !explainedByGrown(candidate, grown) &&
      bearsWholeName(candidate.levels, candidate.prior?.presentation) &&
      ((lookup.ownSchool?.(staffId, candidate.pupil) ?? true) || candidate.reasons.some((r) => DISGUISES.has(r)))
    );
  });
  const share = bearing.reduce((sum, candidate) => sum + candidate.score, 0);
  return share >= SHARE_FLOOR ? new Set(bearing) : NOBODY;
}

/**
 * The pupils an account reviewed for a pupil's name reads as just as well (the same forename and surname
 * agreement: another child of that name, `Ollie Smith` for Oliver and for Olivia), with nothing against
 * them, however small their share: whoever looks at the account for one of them looks at it for all, and a
 * name several children bear (trust-wide, at several schools) hides none of them. No new finding: only
 * where one is reviewed, never beside a FLAG, and only a reading of the whole name or its usual short form.
 */
function namedAlike(
  candidates: readonly MatchCandidate[],
  earnedBy: readonly (FindingLevel | undefined)[],
  lookup: PolicyLookup,
  grown: number,
): ReadonlySet<MatchCandidate> {
  if (earnedBy.includes('flag')) return NOBODY;
  const readings = new Set<string>();
  candidates.forEach((candidate, at) => {
    if (earnedBy[at] === 'review' && lookup.scopeOf(candidate.pupil).inScope) {
      const reading = alikeReading(candidate);
      if (reading) readings.add(reading);
    }
  });
  if (readings.size === 0) return NOBODY;
  const alike = new Set<MatchCandidate>();
  candidates.forEach((candidate, at) => {
    if (earnedBy[at] || candidate.score <= 0 || explainedByGrown(candidate, grown)) return;
    const reading = alikeReading(candidate);
    if (reading && readings.has(reading) && nothingAgainst(candidate.levels, candidate.prior?.presentation))
      alike.add(candidate);
  });
  return alike;
}

/** The forename's and surname's agreement, where it names the pupil as well as another child of that name would be. */
function alikeReading(candidate: MatchCandidate): string | undefined {
  const { fore, sur } = candidate.levels;
  return ALIKE_FORE.has(fore) && (sur === 'full' || sur === 'preferred') ? `${fore} ${sur}` : undefined;
}

/** The forename as on the roll, preferred, or its usual short form (Ollie, Lizzie). */
const ALIKE_FORE: ReadonlySet<string | undefined> = new Set(['legal', 'preferred', 'nickname']);

/**
 * Trust-wide, another school's child whom nothing but the name points to: no middle name, birth year, year
 * group or age of theirs, not on several staff lists, the name not disguised as children write theirs. Never
 * FLAG: the other schools' prior is counted on accounts that are mostly adults bearing their names (the EM
 * credits them 3.6 times the children's accounts, docs/match-model-figures.md, trust8), so a rare name's
 * odds against 50,000 children promise more than they hold; and whether this adult knows them the name
 * cannot settle (as for the whole-name rule). Reviewed instead.
 */
function nameAloneElsewhere(staffId: string, candidate: MatchCandidate, lookup: PolicyLookup): boolean {
  const { middle, digits, lists } = candidate.levels;
  return (
    lookup.ownSchool?.(staffId, candidate.pupil) === false &&
    middle !== 'yes' &&
    !OWN_NUMBER.has(digits) &&
    lists !== 'several' &&
    !candidate.reasons.some((r) => DISGUISES.has(r))
  );
}

/** A grown former pupil (`grownOwnNumber`'s share) explains the name: far likelier, the handle's number theirs and not the pupil's. */
function explainedByGrown(candidate: MatchCandidate, grown: number): boolean {
  return grown >= OUTWEIGHED_BY * candidate.score && !OWN_NUMBER.has(candidate.levels.digits);
}

/** `digits` levels at which the handle's number is the person's own: their birth year, year group or age. */
const OWN_NUMBER: ReadonlySet<string | undefined> = new Set(['dob', 'yearGroup', 'yearGroupMarked', 'age']);

/**
 * The largest share of a person on the roll whom the policy never reports (a former pupil now grown)
 * bearing the whole name, with the handle's number their own (their birth year or the year group they
 * left from); 0 when there is none. Not the date: a junior's own account connected at 6 or 7 and a
 * leaver's met at 10 differ by nothing else (the bench's junior_connected_6_7).
 */
function grownOwnNumber(candidates: readonly MatchCandidate[], lookup: PolicyLookup): number {
  let grown = 0;
  for (const candidate of candidates)
    if (
      !lookup.scopeOf(candidate.pupil).inScope &&
      OWN_NUMBER.has(candidate.levels.digits) &&
      bearsWholeName(candidate.levels)
    )
      grown = Math.max(grown, candidate.score);
  return grown;
}

const NOBODY: ReadonlySet<MatchCandidate> = new Set();

/** Letters of another alphabet's shapes (mathematical, fullwidth, circled), look-alike letters, leetspeak. */
const DISGUISES: ReadonlySet<ReasonCode> = new Set(['DECORATED', 'CONFUSABLE', 'LEETSPEAK']);

function byStrength(a: JudgedCandidate, b: JudgedCandidate): number {
  if (a.level !== b.level) return a.level === 'flag' ? -1 : 1;
  return b.candidate.score - a.candidate.score || (a.candidate.pupil.id < b.candidate.pupil.id ? -1 : 1);
}
