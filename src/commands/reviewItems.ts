import type { Decision, Exemption } from '../model/records.js';
import type { AuditReport, Finding } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import type { ReviewItem } from '../prompts/reviewFlow.js';
import type { ConflictingDecisions } from './conflictingDecisions.js';
import { decidedEarlier, earlierDecision } from './earlierDecision.js';

/** What review needs to know of the kept files beside a report to ask about its findings. */
interface KeptDecisions {
  /** decisions.csv's rows, by key. */
  byKey: ReadonlyMap<string, Decision>;
  conflicting: ConflictingDecisions;
  decisionsName: string;
  exemptions: readonly Exemption[];
}

/**
 * A finding as review asks about it: what decisions.csv and exemptions.csv already hold about it, the rows about it
 * that disagree, and the same account's findings as the same pupil on colleagues' lists with what was decided there.
 */
export function reviewItems(
  report: AuditReport,
  { byKey, conflicting, decisionsName, exemptions }: KeptDecisions,
): (finding: Finding, number: number) => ReviewItem {
  const byNumber = new Map(report.findings.map((f, i) => [f.number ?? i + 1, f]));
  const item = (finding: Finding, number: number, withElsewhere = true): ReviewItem => {
    // A colleague's finding is there for what was decided about this same pupil (one account, one answer).
    const earlier = withElsewhere
      ? earlierDecision(finding, byKey)
      : byKey.get(connectionKey(finding.staff.id, finding.connection, finding.pupil.id));
    const disputed = conflicting.disputed(finding, decisionsName);
    // An account whose rows disagree is asked again, even where a row about one of its pupils still holds.
    const own: ReviewItem = disputed
      ? { number, finding, disputed }
      : { number, finding, ...decidedEarlier(finding, byKey, earlier, exemptions) };
    // The same account as this pupil on colleagues' lists, with what was decided there (one account, one answer).
    const elsewhere = withElsewhere
      ? (finding.sameAccount ?? []).flatMap((n) => {
          const other = byNumber.get(n);
          return other && other.pupil.id === finding.pupil.id ? [item(other, n, false)] : [];
        })
      : [];
    return elsewhere.length > 0 ? { ...own, elsewhere } : own;
  };
  return (finding, number) => item(finding, number);
}
