import type { Decision } from '../model/records.js';
import type { Candidate, ConnectionRef, DecisionRef, DismissedConnection, Finding, PupilRef } from '../model/report.js';
import { foldName } from '../normalise/names.js';
import type { PolicyLookup } from './judgeConnection.js';
import { toPupilRef } from './pupilScope.js';

/**
 * The stable name of "this account in this staff member's list, taken to be this pupil", used to
 * carry a review decision from one audit to the next: staff id, platform, the username (`@…`)
 * or else the folded display name, and the pupil id. Source files and lines change every term,
 * so they are not part of it.
 */
export function connectionKey(
  staffId: string,
  connection: Pick<ConnectionRef, 'platform' | 'username' | 'name'>,
  pupilId: string,
): string {
  const username = connection.username?.trim().replace(/^@/, '').toLowerCase().replace(/\|/g, '');
  const account = username ? `@${username}` : foldName(connection.name ?? '');
  return [staffId, connection.platform.trim().toLowerCase(), account, pupilId].join('|');
}

/**
 * A decision that matched a connection but no longer applies: the account or the pupil has
 * changed, or (`level`) a plain dismissal now meets a FLAG, which only an overrule dismisses.
 */
export interface StaleDecision {
  decision: Decision;
  changed: 'account' | 'pupil' | 'level';
  finding: Finding;
  pupil: PupilRef;
}

export interface DecidedFindings {
  findings: Finding[];
  dismissed: DismissedConnection[];
  stale: StaleDecision[];
}

/**
 * Applies earlier review decisions to an audit's findings. A pupil a reviewer said the account
 * is not drops out of the finding (the next candidate, if any, takes their place, for review)
 * and is listed as dismissed with who and when; a confirmed pupil makes the finding a flag. A
 * decision only holds while the account's name and the pupil's name and date of birth are as
 * they were when it was taken: otherwise the finding stands and the decision is reported stale,
 * because "not this pupil" about a different name says nothing. Family decisions act through
 * exemptions.csv, not here.
 */
export function applyDecisions(findings: readonly Finding[], decisions: readonly Decision[]): DecidedFindings {
  const byKey = decidedByKey(decisions);
  const result: DecidedFindings = { findings: [], dismissed: [], stale: [] };
  if (byKey.size === 0) return { ...result, findings: [...findings] };

  for (const finding of findings) {
    const candidates: Candidate[] = [
      { pupil: finding.pupil, score: finding.score, reasons: finding.reasons },
      ...(finding.otherCandidates ?? []),
    ];
    const remaining: Candidate[] = [];
    let confirmed: { candidate: Candidate; decision: Decision } | undefined;
    for (const candidate of candidates) {
      const decision = byKey.get(connectionKey(finding.staff.id, finding.connection, candidate.pupil.id));
      const changed =
        decision &&
        (whatChanged(decision, finding.connection, candidate.pupil) ??
          overruleMissing(decision, finding, candidate === candidates[0]));
      if (decision && changed) result.stale.push({ decision, changed, finding, pupil: candidate.pupil });
      if (!decision || changed) {
        remaining.push(candidate);
      } else if (decision.decision === 'dismiss') {
        result.dismissed.push({
          staff: finding.staff,
          pupil: candidate.pupil,
          connection: finding.connection,
          decision: toDecisionRef(decision),
        });
      } else if (!confirmed) {
        confirmed = { candidate, decision };
      }
    }
    if (confirmed) {
      const { candidate, decision } = confirmed;
      const { otherCandidates: _others, ...rest } = finding;
      result.findings.push({
        ...rest,
        level: 'flag',
        pupil: candidate.pupil,
        score: candidate.score,
        reasons: candidate.reasons.includes('CONFIRMED_EARLIER')
          ? candidate.reasons
          : [...candidate.reasons, 'CONFIRMED_EARLIER'],
        decision: toDecisionRef(decision),
      });
      continue;
    }
    const [best, ...others] = remaining;
    if (!best) continue;
    if (best === candidates[0] && others.length === candidates.length - 1) {
      result.findings.push(finding);
      continue;
    }
    const { otherCandidates: _others, ...rest } = finding;
    const narrowed: Finding = { ...rest, pupil: best.pupil, score: best.score, reasons: best.reasons };
    // The matcher's level was for the pupil it ranked first; anyone else is a question for a person.
    if (best !== candidates[0]) narrowed.level = 'review';
    if (others.length > 0) narrowed.otherCandidates = others;
    result.findings.push(narrowed);
  }
  return result;
}

/**
 * Whether a dismissal holds for an account and pupil (`applyDecisions` would apply it), asked before the family
 * links are: "not this pupil" is about the account, a link about the pupil, so a link declared to the pupil does not
 * list the account as theirs. A plain dismissal does not hold at FLAG, which only an overrule dismisses. Undefined
 * where no dismissal is recorded.
 */
export function dismissalHolds(
  decisions: readonly Decision[],
): ((staffId: string, connection: ConnectionRef) => NonNullable<PolicyLookup['dismissed']>) | undefined {
  const byKey = decidedByKey(decisions);
  if (![...byKey.values()].some((d) => d.decision === 'dismiss')) return undefined;
  return (staffId, connection) => (pupil, scope, level) => {
    const decision = byKey.get(connectionKey(staffId, connection, pupil.id));
    return (
      decision?.decision === 'dismiss' &&
      whatChanged(decision, connection, toPupilRef(pupil, scope)) === undefined &&
      (level !== 'flag' || decision.overruled !== undefined)
    );
  };
}

/** The decisions about an account: family links act through exemptions.csv, "now 18 or over" through the pupil's scope. */
function decidedByKey(decisions: readonly Decision[]): Map<string, Decision> {
  return new Map(decisions.filter((d) => d.decision === 'confirm' || d.decision === 'dismiss').map((d) => [d.key, d]));
}

/** A dismissal taken on a REVIEW does not silently drop the FLAG the same account has become. */
function overruleMissing(decision: Decision, finding: Finding, flagged: boolean): StaleDecision['changed'] | undefined {
  return flagged && finding.level === 'flag' && decision.decision === 'dismiss' && !decision.overruled
    ? 'level'
    : undefined;
}

function whatChanged(
  decision: Decision,
  connection: ConnectionRef,
  pupil: PupilRef,
): StaleDecision['changed'] | undefined {
  if (decision.accountName !== undefined && foldName(decision.accountName) !== foldName(connection.name ?? ''))
    return 'account';
  if (decision.pupilName !== undefined && foldName(decision.pupilName) !== foldName(pupil.name)) return 'pupil';
  if (decision.pupilDob !== undefined && decision.pupilDob !== pupil.dob) return 'pupil';
  return undefined;
}

function toDecisionRef(decision: Decision): DecisionRef {
  const ref: DecisionRef = { decision: decision.decision };
  if (decision.decidedBy) ref.decidedBy = decision.decidedBy;
  if (decision.decidedOn) ref.decidedOn = decision.decidedOn;
  if (decision.reason) ref.reason = decision.reason;
  if (decision.overruled) ref.overruled = decision.overruled;
  return ref;
}
