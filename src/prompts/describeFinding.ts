import { connectionLine, findingWords, shortenedNames } from '../audit/display.js';
import type { Finding } from '../model/report.js';
import { staffLabel } from './pickers.js';

/** The evidence of a finding in plain words, for a person deciding about it at the terminal. */
export function describeFinding(whole: Finding, heading: string): string {
  // A name past any platform's length is shortened, as the text report shortens it: the question stays in sight.
  const finding = shortenedNames(whole);
  const words = findingWords(finding);
  const lines = [
    '',
    `${heading} — ${words.level}`,
    `  ${staffLabel(finding.staff)}`,
    `  ${connectionLine(words)}`,
    // A REVIEW asks the person deciding to look at the account: the link the list gave finds it.
    ...(words.link ? [`  ${words.link}`] : []),
    `  ${words.verb} ${words.pupil.name} — ${words.pupil.status}`,
    `  Why: ${words.why}`,
  ];
  // The DSL decides on the same evidence the report showed, the evidence against included.
  if (words.weighed) lines.push(`  Weighed: ${words.weighed}`);
  if (words.held) lines.push(`  ${words.held}`);
  for (const other of words.others) lines.push(`  or ${other.name} — ${other.status}`);
  // A school's copy: another school's child it may be too, whom the person deciding cannot see named.
  if (words.leftOut) lines.push(`  ${words.leftOut}`);
  // One account, one answer: the person deciding sees which other findings they are deciding too.
  if (words.sameAccount) lines.push(`  ${words.sameAccount}`);
  if (words.sameAccountElsewhere) lines.push(`  ${words.sameAccountElsewhere}`);
  // Confirmed at an earlier review (asked again where decisions.csv's rows now disagree): who said so, and when.
  if (words.confirmed) lines.push(`  ${words.confirmed}`);
  lines.push(`  Source: ${words.source}`);
  return lines.join('\n');
}

/** A family link with the finding's pupil recorded since the audit: the next audit settles the finding. */
export function describeLinkSince(finding: Finding, exemptionsName: string): string {
  const others = finding.otherCandidates?.length
    ? ' (another pupil it matches as well is still reported for review)'
    : '';
  return `  ${exemptionsName} records a family link between ${finding.staff.name} and ${finding.pupil.name}: from the next audit this connection is excluded as that pupil’s${others}.`;
}
