import type { Warning } from '../model/warnings.js';
import type { StaleDecision } from '../policy/applyDecisions.js';

/** A review decision that no longer applies, as a warning: who decided what about which account. */
export function staleDecisionWarning({ decision, changed, finding, pupil }: StaleDecision): Warning {
  const account = finding.connection.username
    ? `@${finding.connection.username.replace(/^@/, '')}`
    : `"${finding.connection.name ?? ''}"`;
  return {
    code: 'DECISION_STALE',
    args: {
      decision: decision.decision,
      ...(decision.decidedBy ? { decidedBy: decision.decidedBy } : {}),
      ...(decision.decidedOn ? { decidedOn: decision.decidedOn } : {}),
      staffName: finding.staff.name,
      account,
      pupilName: pupil.name,
      changed,
      ...(decision.accountName !== undefined ? { accountName: decision.accountName } : {}),
    },
  };
}
