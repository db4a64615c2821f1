import type { Warning } from '../model/warnings.js';
import type { StaleDecision } from '../policy/applyDecisions.js';
import { describeHandle } from '../report/wording.js';

/** A review decision that no longer applies, as a warning: who decided what about which account. */
export function staleDecisionWarning({ decision, changed, finding, pupil }: StaleDecision): Warning {
  const { username, name } = finding.connection;
  const account = username ? describeHandle(username) : `"${name ?? ''}"`;
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
