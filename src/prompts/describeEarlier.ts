import { describePupilStatus, longDate } from '../audit/display.js';
import type { Decision, DecisionKind } from '../model/records.js';
import type { Finding } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';

/** An earlier decision in words, for the person reviewing again. */
const EARLIER: Record<DecisionKind, string> = {
  confirm: 'confirmed: it is the pupil',
  dismiss: 'dismissed: not the pupil',
  family: 'a declared family link',
  adult: 'now 18 or over',
};

/**
 * Who decided a finding earlier, when, and how, in words: " by K. Head on 24 November 2026 (dismissed: not the pupil)".
 * Given the finding, a confirmation of another of its pupils names that pupil: "the pupil" would be the wrong one.
 */
export function describeEarlier(
  earlier: Pick<Decision, 'decision' | 'decidedBy' | 'decidedOn'> & Partial<Pick<Decision, 'key'>>,
  finding?: Pick<Finding, 'staff' | 'connection' | 'otherCandidates'>,
): string {
  const by = earlier.decidedBy ? ` by ${earlier.decidedBy}` : '';
  const other =
    earlier.decision === 'confirm'
      ? finding?.otherCandidates?.find(
          (c) => connectionKey(finding.staff.id, finding.connection, c.pupil.id) === earlier.key,
        )?.pupil
      : undefined;
  const how = other ? `confirmed: it is ${other.name}, ${describePupilStatus(other)}` : EARLIER[earlier.decision];
  return `${by}${earlier.decidedOn ? ` on ${longDate(earlier.decidedOn)}` : ''} (${how})`;
}
