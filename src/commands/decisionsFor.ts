import type { Decision } from '../model/records.js';
import { connectionKey } from '../policy/applyDecisions.js';
import { candidatesOf } from '../prompts/actionChoices.js';
import type { ReviewAnswer } from '../prompts/reviewFlow.js';

/**
 * One row per pupil the decision is about: a dismissal covers every pupil the account was taken for, but a former pupil
 * recorded as now 18 or over (their row stays).
 */
export function decisionsFor(answer: ReviewAnswer, decidedBy: string, today: string): Decision[] {
  const { finding } = answer.item;
  const notGrown = candidatesOf(finding).filter((p) => !grown(answer, p.id));
  // Where every pupil is one, the dismissal stands in their place, as it always has.
  const pupils =
    answer.decision !== 'dismiss' ? [answer.pupil] : notGrown.length > 0 ? notGrown : candidatesOf(finding);
  return pupils.map((pupil) => {
    const decision: Decision = {
      key: connectionKey(finding.staff.id, finding.connection, pupil.id),
      staffId: finding.staff.id,
      pupilId: pupil.id,
      decision: answer.decision,
      decidedOn: today,
      decidedBy,
      pupilName: pupil.name,
    };
    if ((answer.decision === 'dismiss' || answer.decision === 'confirm') && answer.reason)
      decision.reason = answer.reason;
    // Only the pupil the audit flagged is overruled; the other candidates were never flagged.
    if (answer.decision === 'dismiss' && answer.overrule && pupil === finding.pupil) decision.overruled = 'flag';
    if (finding.connection.name) decision.accountName = finding.connection.name;
    if (pupil.dob) decision.pupilDob = pupil.dob;
    if (answer.decision === 'adult') {
      decision.reason = 'now 18 or over';
      if (answer.dob) decision.pupilDob = answer.dob;
    }
    return decision;
  });
}

/** A former pupil recorded earlier as now 18 or over on this account: a dismissal leaves that row, which is about their age. */
function grown(answer: ReviewAnswer, pupilId: string): boolean {
  const { finding, earlier, identified = [] } = answer.item;
  const key = connectionKey(finding.staff.id, finding.connection, pupilId);
  return [earlier, ...identified].some((row) => row?.decision === 'adult' && row.key === key);
}
