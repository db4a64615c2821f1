import type { Decision } from '../model/records.js';
import type { Finding } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import { candidatesOf, type ReviewAnswer } from '../prompts/reviewFlow.js';

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
 * The rows a confirmation replaces: another of the finding's pupils confirmed earlier. Left in place, the
 * next audit would still flag the earlier pupil where the roll ranks them first.
 */
export function confirmationsReplaced(answer: ReviewAnswer, byKey: ReadonlyMap<string, Decision>): string[] {
  if (answer.decision !== 'confirm') return [];
  const { finding } = answer.item;
  return candidatesOf(finding)
    .filter((pupil) => pupil.id !== answer.pupil.id)
    .map((pupil) => connectionKey(finding.staff.id, finding.connection, pupil.id))
    .filter((key) => byKey.get(key)?.decision === 'confirm');
}
