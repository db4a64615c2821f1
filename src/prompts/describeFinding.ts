import {
  describeHeldAtReview,
  describePupilStatus,
  describeReasons,
  describeRelationship,
  describeSameAccount,
  describeSameAccountElsewhere,
  describeShownAs,
  describeWeighing,
  LEVEL_TEXT,
  longDate,
  platformName,
} from '../audit/display.js';
import type { Finding } from '../model/report.js';

/** The evidence of a finding in plain words, for a person deciding about it at the terminal. */
export function describeFinding(finding: Finding, heading: string): string {
  const { staff, connection } = finding;
  const facts = [
    `${platformName(connection.platform)}: ${describeShownAs(connection)}`,
    describeRelationship(connection.relationship),
  ];
  if (connection.connectedOn) facts.push(`since ${longDate(connection.connectedOn)}`);
  const lines = [
    '',
    `${heading} — ${LEVEL_TEXT[finding.level]}`,
    `  ${staff.name} (${[staff.id, staff.role].filter(Boolean).join(', ')})`,
    `  ${facts.join(' · ')}`,
    `  ${finding.level === 'flag' ? 'is' : 'may be'} ${finding.pupil.name} — ${describePupilStatus(finding.pupil)}`,
    `  Why: ${describeReasons(finding.reasons)}`,
  ];
  // The DSL decides on the same evidence the report showed, the evidence against included.
  const weighed = describeWeighing(finding);
  if (weighed) lines.push(`  Weighed: ${weighed}`);
  const held = describeHeldAtReview(finding);
  if (held) lines.push(`  ${held}`);
  for (const other of finding.otherCandidates ?? [])
    lines.push(`  or ${other.pupil.name} — ${describePupilStatus(other.pupil)}`);
  // One account, one answer: the person deciding sees which other findings they are deciding too.
  if (finding.sameAccount?.length) lines.push(`  ${describeSameAccount(finding.sameAccount)}`);
  if (finding.sameAccountElsewhere?.length)
    lines.push(`  ${describeSameAccountElsewhere(finding.sameAccountElsewhere)}.`);
  lines.push(`  Source: ${connection.source}`);
  return lines.join('\n');
}

/** A family link with the finding's pupil recorded since the audit: the next audit settles the finding. */
export function describeLinkSince(finding: Finding, exemptionsName: string): string {
  const others = finding.otherCandidates?.length
    ? ' (another pupil it matches as well is still reported for review)'
    : '';
  return `  ${exemptionsName} records a family link between ${finding.staff.name} and ${finding.pupil.name}: from the next audit this connection is excluded as that pupil’s${others}.`;
}
