import { describeDecidedBy, describePupilStatus, longDate } from '../audit/display.js';
import type { Decision, DecisionKind, Exemption } from '../model/records.js';
import type { Finding, PupilRef } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import type { ReviewAnswer, ReviewItem } from './reviewFlow.js';

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
  const when = describeDecidedBy(earlier);
  const pupil =
    earlier.decision !== 'dismiss' && finding?.otherCandidates?.length
      ? [finding.pupil, ...finding.otherCandidates.map((c) => c.pupil)].find(
          (p) => connectionKey(finding.staff.id, finding.connection, p.id) === earlier.key,
        )
      : undefined;
  // A grown former pupil's date of birth is the reviewer's (the roll gives none): another one is another decision.
  const born = earlier.decision === 'adult' && earlier.pupilDob ? `, born ${longDate(earlier.pupilDob)}` : '';
  return `${when && ` ${when}`} (${pupil ? named(earlier.decision, pupil) : EARLIER[earlier.decision]}${born})`;
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

/**
 * The family link of exemptions.csv a review recorded with `row` (`ReviewItem.links`): a dismissal takes it out with
 * the row, since left there the next audit would list the account the reviewer said is nobody's under that link.
 */
export function linkWith(item: Pick<ReviewItem, 'finding' | 'links'>, row: Decision): Exemption | undefined {
  if (row.decision !== 'family') return undefined;
  return item.links?.find(
    (link) => connectionKey(item.finding.staff.id, item.finding.connection, link.pupilId) === row.key,
  );
}

/** An earlier decision about the account that a dismissal answers, in words: replaced (a family link too), or kept. */
export function dismissalReplaces(
  row: Decision,
  item: Pick<ReviewItem, 'finding' | 'links'>,
  exemptionsName: string,
): string {
  if (row.decision === 'adult') return 'a dismissal keeps it: it is about the former pupil’s age, not this account.';
  if (!linkWith(item, row)) return `this decision replaces it.${linkStays(row, exemptionsName)}`;
  return `this decision replaces it, and takes the family link recorded with it out of ${exemptionsName}: ${LINK_GOES}`;
}

const LINK_GOES =
  'left there, the next audit would list this account under that link (if it holds all the same, `exemptions add` records it again).';

/** Said with a finding at the prompt, before it is answered: a decision about one of its pupils an answer replaces. */
export function describeIdentified(row: Decision, item: ReviewItem, exemptionsName: string): string {
  const said = `  ! Decided earlier${describeEarlier(row, item.finding)}:`;
  if (row.decision === 'adult')
    return `${said} saying the account is one of its pupils replaces that decision; a dismissal keeps it, since it is about the former pupil’s age, not this account.`;
  if (!linkWith(item, row)) return `${said} any other answer replaces that decision.${linkStays(row, exemptionsName)}`;
  return `${said} any other answer replaces that decision. A dismissal also takes the family link recorded with it out of ${exemptionsName}: ${LINK_GOES} Any other answer leaves the link there: \`exemptions remove\` takes it out if it no longer applies.`;
}

/** The decisions besides the finding's `earlier` that an answer replaces (`identified`, less its own as it was). */
export function replacedBy(answer: ReviewAnswer): Decision[] {
  const identified = answer.item.identified ?? [];
  // The account is none of its pupils; a former pupil's age, said of one of them, still holds.
  if (answer.decision === 'dismiss') return identified.filter((row) => row.decision !== 'adult');
  const { finding } = answer.item;
  const own = connectionKey(finding.staff.id, finding.connection, answer.pupil.id);
  return identified.filter((row) => !(row.key === own && row.decision === answer.decision));
}
