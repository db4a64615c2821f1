import type { AuditReport, MatchScope, OnlySchool } from '../model/report.js';
import { countOf, figure, longDate, NO_FINDINGS_TEXT } from './wording.js';

/*
 * What a report says of itself as a whole, beside wording.ts's words about each finding: its summary's facts, the
 * outcome in a sentence, the staff it cannot speak for, whose pupils were checked, and whose copy it is.
 */

/** The summary's facts, label and value, in the order reports show them. */
export function summaryFacts(report: AuditReport): [string, string][] {
  const s = report.summary;
  const listsRead = report.coverage.filter((entry) => entry.connections > 0).length;
  const facts: [string, string][] = [
    [
      'Pupils',
      `${s.pupils.current.toLocaleString('en-GB')} current, ${s.pupils.former.toLocaleString('en-GB')} former (${s.pupils.formerInScope.toLocaleString('en-GB')} of them under 18 or of unknown age)`,
    ],
    [
      'Staff covered by the policy',
      `${s.staff.toLocaleString('en-GB')} (${listsRead.toLocaleString('en-GB')} with connection lists read)`,
    ],
    ['Connections read', s.connections.toLocaleString('en-GB')],
    ['Flagged', s.findings.flag.toLocaleString('en-GB')],
    ['For review', s.findings.review.toLocaleString('en-GB')],
    ['Staff with findings', s.staffWithFindings.toLocaleString('en-GB')],
    ['Excluded by declared family links', s.exempted.toLocaleString('en-GB')],
  ];
  if (s.dismissed) facts.push(['Dismissed at an earlier review', s.dismissed.toLocaleString('en-GB')]);
  const overruled = (report.dismissed ?? []).filter((item) => item.decision.overruled).length;
  if (overruled) facts.push(['of which FLAGs overruled', overruled.toLocaleString('en-GB')]);
  if (s.change)
    facts.push([
      `Since ${longDate(s.change.since)}`,
      `${s.change.new.toLocaleString('en-GB')} new, ${s.change.continuing.toLocaleString('en-GB')} continuing, ${s.change.resolved.toLocaleString('en-GB')} resolved`,
    ]);
  // The audit's warnings, the same count in every format; a PDF's notes on its own text come apart.
  const own = report.warnings.length - s.warnings;
  facts.push([
    'Warnings',
    `${s.warnings.toLocaleString('en-GB')}${own > 0 ? ` (and ${countOf(own, 'note')} on drawing this PDF)` : ''}`,
  ]);
  return facts;
}

/**
 * The staff this audit cannot speak for: those who handed in nothing, and those whose lists gave no connection
 * to check (a download cut short or unreadable: `Facebook 0`), who were left out of the count as if checked.
 * `ofAll`: "9 of the 13 members", where the sentence stands beside the whole staff's figures.
 */
export function describeUncovered(coverage: AuditReport['coverage'], ofAll = false): string | undefined {
  const missing = coverage.filter((entry) => Object.keys(entry.platforms).length === 0).length;
  const empty = coverage.filter((entry) => Object.keys(entry.platforms).length > 0 && entry.connections === 0).length;
  if (missing + empty === 0) return undefined;
  const first = missing > 0 ? missing : empty;
  const whom = ofAll
    ? `${figure(first)} of the ${countOf(coverage.length, 'member', 'members')} of staff`
    : `${countOf(first, 'member', 'members')} of staff`;
  const nothing = 'handed in no connection list';
  const gaveNothing = 'handed in lists that gave no connection to check (see the warnings)';
  if (empty === 0) return `${whom} ${nothing}: this audit cannot speak for them.`;
  if (missing === 0) return `${whom} ${gaveNothing}: this audit cannot speak for them.`;
  return `${whom} ${nothing}, and ${figure(empty)} ${gaveNothing}: this audit cannot speak for them.`;
}

/**
 * What was found, in words a governor reads first; where staff handed in nothing, it says so beside it, since
 * a clear result from the few lists read is not a clear school.
 */
export function describeOutcome(report: Pick<AuditReport, 'summary' | 'coverage'>): string {
  const { summary, coverage } = report;
  const { flag, review } = summary.findings;
  const uncovered = describeUncovered(coverage, true);
  const unread = uncovered === undefined ? '' : ` ${uncovered}`;
  if (flag + review === 0)
    return uncovered === undefined
      ? NO_FINDINGS_TEXT
      : `${NO_FINDINGS_TEXT.replace(/\.$/, '')} in the lists read.${unread}`;
  const parts = [
    flag && `${countOf(flag, 'connection')} flagged`,
    review && `${countOf(review, 'connection')} for review`,
  ].filter(Boolean);
  return `${parts.join(' and ')}, involving ${countOf(summary.staffWithFindings, 'member', 'members')} of staff.${unread}`;
}

/** Whose report one school's copy of a trust's audit is (`report.onlySchool`), said plainly at its head. */
export function describeOnlySchool(only: OnlySchool): string {
  const from = only.of
    ? `the audit of ${only.of} (${countOf(only.schools, 'school', 'schools')})`
    : `a trust’s audit (${countOf(only.schools, 'school', 'schools')})`;
  const left =
    only.warningsLeftOut === 0
      ? ''
      : ` ${countOf(only.warningsLeftOut, 'warning', 'warnings')} naming other schools’ staff, or pupils whose school the report does not record, ${only.warningsLeftOut === 1 ? 'is' : 'are'} in the whole audit’s report only.`;
  return `${only.school} only: the findings about its own staff and its own counts, from ${from}.${left}`;
}

/** Whose pupils each member of staff was checked against (`report.scope`). */
export function describeScope(scope: MatchScope): string {
  const schools = countOf(scope.schools.length, 'school', 'schools');
  switch (scope.mode) {
    case 'whole-roll':
      return 'every member of staff against every pupil on the roll';
    case 'own-school':
      return `each member of staff against their own school’s pupils (${schools}; --trust-wide checks every pupil)`;
    case 'trust-wide':
      return `every member of staff against every pupil in the trust (${schools})`;
  }
}
