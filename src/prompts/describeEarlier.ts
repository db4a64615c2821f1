import { describePupilStatus, longDate } from '../audit/display.js';
import type { Decision, DecisionKind } from '../model/records.js';
import type { Finding, PupilRef } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import type { ReviewAnswer } from './reviewFlow.js';

/** An earlier decision in words, for the person reviewing again. */
const EARLIER: Record<DecisionKind, string> = {
  confirm: 'confirmed: it is the pupil',
  dismiss: 'dismissed: not the pupil',
  family: 'a declared family link',
  adult: 'now 18 or over',
};

/**
 * Who decided a finding earlier, when, and how, in words: " by K. Head on 24 November 2026 (dismissed: not the pupil)".
 * Given a finding of several pupils, a decision saying who the account is names its pupil: "the pupil" may be another.
 */
export function describeEarlier(
  earlier: Pick<Decision, 'decision' | 'decidedBy' | 'decidedOn'> & Partial<Pick<Decision, 'key' | 'pupilDob'>>,
  finding?: Pick<Finding, 'staff' | 'connection' | 'pupil' | 'otherCandidates'>,
): string {
  const by = earlier.decidedBy ? ` by ${earlier.decidedBy}` : '';
  const pupil =
    earlier.decision !== 'dismiss' && finding?.otherCandidates?.length
      ? [finding.pupil, ...finding.otherCandidates.map((c) => c.pupil)].find(
          (p) => connectionKey(finding.staff.id, finding.connection, p.id) === earlier.key,
        )
      : undefined;
  // A grown former pupil's date of birth is the reviewer's (the roll gives none): another one is another decision.
  const born = earlier.decision === 'adult' && earlier.pupilDob ? `, born ${longDate(earlier.pupilDob)}` : '';
  return `${by}${earlier.decidedOn ? ` on ${longDate(earlier.decidedOn)}` : ''} (${pupil ? named(earlier.decision, pupil) : EARLIER[earlier.decision]}${born})`;
}

function named(decision: DecisionKind, pupil: PupilRef): string {
  const who = `${pupil.name}, ${describePupilStatus(pupil)}`;
  if (decision === 'confirm') return `confirmed: it is ${who}`;
  return decision === 'family' ? `a declared family link with ${who}` : `${who}, now 18 or over`;
}

/** A family link decided earlier is a row of exemptions.csv too, which a decision replacing it leaves there. */
export function linkStays(earlier: Pick<Decision, 'decision'>, exemptionsName: string): string {
  return earlier.decision === 'family'
    ? ` The family link recorded with it stays in ${exemptionsName}: \`exemptions remove\` takes it out if it no longer applies.`
    : '';
}

/** Said with a finding at the prompt, before it is answered: a decision about one of its pupils an answer replaces. */
export function describeIdentified(row: Decision, finding: Finding, exemptionsName: string): string {
  return `  ! Decided earlier${describeEarlier(row, finding)}: any answer but a dismissal replaces that decision.${linkStays(row, exemptionsName)}`;
}

/** The decisions besides the finding's `earlier` that an answer replaces (`identified`, less its own as it was). */
export function replacedBy(answer: ReviewAnswer): Decision[] {
  if (answer.decision === 'dismiss') return [];
  const { finding } = answer.item;
  const own = connectionKey(finding.staff.id, finding.connection, answer.pupil.id);
  return (answer.item.identified ?? []).filter((row) => !(row.key === own && row.decision === answer.decision));
}
