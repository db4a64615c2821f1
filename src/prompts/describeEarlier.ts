import { describePupilStatus, longDate } from '../audit/display.js';
import type { Decision, DecisionKind } from '../model/records.js';
import type { Finding, PupilRef } from '../model/report.js';
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
