import type { Decision, Exemption } from '../model/records.js';
import type { Finding } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import { candidatesOf } from '../prompts/actionChoices.js';
import { describeEarlier, dismissalReplaces, linkStays } from '../prompts/describeEarlier.js';
import type { ReviewAnswer, ReviewItem } from '../prompts/reviewFlow.js';

/**
 * The decision decisions.csv already holds on a finding, as the next audit applies it (applyDecisions): a
 * confirmation of any of its pupils first, the most likely first, then the row about its most likely pupil.
 * A dismissal or family link about another pupil alone leaves the finding about its most likely pupil open.
 */
export function earlierDecision(finding: Finding, byKey: ReadonlyMap<string, Decision>): Decision | undefined {
  const rows = candidatesOf(finding).map((pupil) =>
    byKey.get(connectionKey(finding.staff.id, finding.connection, pupil.id)),
  );
  return rows.find((row) => row?.decision === 'confirm') ?? rows[0];
}

/**
 * The rows besides `earlier` that say who the finding's account is (confirmed, a family link, now 18 or over),
 * about any of its pupils: any answer but a dismissal replaces them, so they are said before it is given.
 */
function identificationsBeside(
  finding: Finding,
  byKey: ReadonlyMap<string, Decision>,
  earlier: Decision | undefined,
): Decision[] {
  return identifications(finding, byKey).filter((row) => row.key !== earlier?.key);
}

/**
 * The rows an answer saying who the account is replaces: another of the finding's pupils said to be it earlier
 * (confirmed, a family link, now 18 or over). One account is one person: left in place, the next audit would
 * set both rows aside as disagreeing, or still flag the earlier pupil where the roll ranks them first.
 */
export function identificationsReplaced(answer: ReviewAnswer, byKey: ReadonlyMap<string, Decision>): Decision[] {
  if (answer.decision === 'dismiss') return [];
  const { finding } = answer.item;
  const own = connectionKey(finding.staff.id, finding.connection, answer.pupil.id);
  return identifications(finding, byKey).filter((row) => row.key !== own);
}

/** The rows of decisions.csv saying who the finding's account is (any decision but a dismissal), one per pupil. */
function identifications(finding: Finding, byKey: ReadonlyMap<string, Decision>): Decision[] {
  return candidatesOf(finding)
    .flatMap((pupil) => byKey.get(connectionKey(finding.staff.id, finding.connection, pupil.id)) ?? [])
    .filter((row) => row.decision !== 'dismiss');
}

/** What decisions.csv and exemptions.csv hold about a finding: its `earlier` decision, the rows beside it, their links. */
export function decidedEarlier(
  finding: Finding,
  byKey: ReadonlyMap<string, Decision>,
  earlier: Decision | undefined,
  exemptions: readonly Exemption[],
): Pick<ReviewItem, 'earlier' | 'identified' | 'links'> {
  const identified = identificationsBeside(finding, byKey, earlier);
  // The family links a review recorded with those rows, which a dismissal takes out with them.
  const links = linksRecordedWith(finding, [earlier ?? [], identified].flat(), exemptions);
  return {
    ...(earlier && { earlier }),
    ...(identified.length > 0 && { identified }),
    ...(links.length > 0 && { links }),
  };
}

/**
 * The family links exemptions.csv holds as recorded with these rows (its member of staff and pupil, the same day and
 * person): what a review's family answer wrote with its decision, not a link declared apart.
 */
function linksRecordedWith(finding: Finding, rows: readonly Decision[], exemptions: readonly Exemption[]): Exemption[] {
  return exemptions.filter(
    (link) =>
      link.staffId === finding.staff.id &&
      rows.some(
        (row) =>
          row.decision === 'family' &&
          row.key === connectionKey(finding.staff.id, finding.connection, link.pupilId) &&
          row.decidedOn === link.recordedOn &&
          row.decidedBy === link.recordedBy,
      ),
  );
}

/** An earlier decision an answer replaces, in words; a family link recorded with it stays in its file but at a dismissal. */
export function describeReplaced(
  number: number,
  earlier: Decision,
  answer: Pick<ReviewAnswer, 'item' | 'decision'>,
  exemptionsName: string,
): string {
  const { item } = answer;
  const what = `Finding no. ${number} was decided${describeEarlier(earlier, item.finding)};`;
  if (answer.decision === 'dismiss') return `${what} ${dismissalReplaces(earlier, item, exemptionsName)}`;
  return `${what} this decision replaces it.${linkStays(earlier, exemptionsName)}`;
}
