import type { MatchCandidate } from '../match/Matcher.js';
import type { Exemption, Pupil } from '../model/records.js';
import type { FindingLevel } from '../model/report.js';
import { declaredOdds, type LinksFound, shareWithDeclared } from './declaredOdds.js';
import { REVIEW_AT } from './levels.js';
import type { PupilScope } from './pupilScope.js';

/**
 * The declared family links as evidence about the accounts on the declaring member of staff's lists: their
 * child's account is far likelier there than the model's prior for a pupil says (`declaredOdds`), so an account
 * reading as the declared child and as another pupil (a namesake, a sibling) shares its probability with the child
 * as the audit's own counts weigh it. Counted while the lists are read (`note`); used once all are (`share`).
 */
export class DeclaredLinks {
  /** Rows read on each declaring member of staff's lists. */
  private readonly rows = new Map<string, number>();
  /**
   * Declared links whose child an account on the member's lists read as, at REVIEW or above at first weighing, with
   * how many such rows: the odds a child's link gives are shared between the accounts that may be theirs.
   */
  private readonly seen = new Map<string, number>();
  /** Counted once every list is read, on the first `share`. */
  private found: LinksFound | undefined;

  constructor(
    private readonly exemptions: readonly Exemption[],
    private readonly exemptionFor: (staffId: string, pupilId: string) => Exemption | undefined,
    private readonly scopeOf: (pupil: Pupil) => PupilScope,
  ) {
    for (const e of exemptions) this.rows.set(e.staffId, 0);
  }

  /** One row read on `staffId`'s lists, with its first weighing's candidates. */
  note(staffId: string, candidates: readonly MatchCandidate[]): void {
    const rows = this.rows.get(staffId);
    if (rows === undefined) return;
    this.rows.set(staffId, rows + 1);
    for (const c of candidates)
      if (c.score >= REVIEW_AT && this.exemptionFor(staffId, c.pupil.id)) {
        const key = keyOf(staffId, c.pupil.id);
        this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
      }
  }

  /**
   * The candidates of one account on `staffId`'s lists, shared again with each declared child in scope among them
   * (not one a review dismissed as the account: `dismissed`); the same array where none is.
   */
  share(
    staffId: string,
    candidates: MatchCandidate[],
    dismissed?: (pupil: Pupil, scope: PupilScope, level: FindingLevel) => boolean,
  ): MatchCandidate[] {
    const listRows = this.rows.get(staffId);
    if (!listRows) return candidates;
    const odds = candidates.map((c) => {
      const scope = this.scopeOf(c.pupil);
      if (!scope.inScope || !scope.rule || !c.prior || !this.exemptionFor(staffId, c.pupil.id)) return 1;
      if (dismissed?.(c.pupil, scope, 'review')) return 1;
      const rows = Math.max(1, this.seen.get(keyOf(staffId, c.pupil.id)) ?? 0);
      return declaredOdds(this.foundShare(), c.prior.accountsPerPupil, c.prior.population, listRows, rows);
    });
    return shareWithDeclared(candidates, odds);
  }

  /** The declared links whose child the lists of a member of staff who handed them in hold, of those links. */
  private foundShare(): LinksFound {
    if (!this.found) {
      const handedIn = this.exemptions.filter((e) => (this.rows.get(e.staffId) ?? 0) > 0);
      const links = new Set(handedIn.map((e) => keyOf(e.staffId, e.pupilId))).size;
      this.found = { found: this.seen.size, links };
    }
    return this.found;
  }
}

function keyOf(staffId: string, pupilId: string): string {
  return `${staffId}\u0000${pupilId}`;
}
