import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AuditReport, ConnectionRef, Finding, StaffRef } from '../../model/report.js';
import { STAFF_ORDER, staffGroups } from '../staffGroups.js';
import {
  countOf,
  describeCandidatesLeftOut,
  describeHeldAtReview,
  describePupilStatus,
  describeReason,
  describeRelationship,
  describeSameAccount,
  describeWeighing,
  LEVEL_TEXT,
  longDate,
  NO_FINDINGS_TEXT,
  platformName,
  REDACTED,
} from '../wording.js';
import { header, lines, spanRow, text } from './cells.js';
import { registerLayout } from './theme.js';

const COLUMNS = ['Level', 'Pupil', 'Platform', 'Name as shown', 'Relationship, connected on', 'Why it was found'];
const WIDTHS = [34, 96, 44, 92, 74, '*'];
/** The governors' copy withholds every name as shown: without that column, its room goes to why, and rows are shorter. */
const SHOWN_AS = COLUMNS.indexOf('Name as shown');
const withoutShownAs = <T>(cells: readonly T[]): T[] => cells.filter((_, i) => i !== SHOWN_AS);

/**
 * One table per member of staff. The staff row and the column headings are header rows, so both
 * repeat at the top of every page the table runs onto, and no finding is ever split between pages.
 */
export function findingsByStaff(report: AuditReport): Content[] {
  if (report.findings.length === 0) return [{ text: NO_FINDINGS_TEXT, style: 'lead' }];
  const numbers = new Map(report.findings.map((f, i) => [f, f.number ?? i + 1]));
  const redacted = report.redacted === true;
  const columns = redacted ? withoutShownAs(COLUMNS) : COLUMNS;
  return staffGroups(report.findings).map((findings) => ({
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: redacted ? withoutShownAs(WIDTHS) : WIDTHS,
      body: [
        spanRow(columns.length, staffHeading(findings[0]!.staff, findings, redacted)),
        header(...columns),
        ...findings.map((f) => {
          const row = findingRow(f, numbers.get(f)!);
          return redacted ? withoutShownAs(row) : row;
        }),
      ],
    },
    layout: registerLayout(2),
    style: 'table',
    margin: [0, 0, 0, 12],
  }));
}

function staffHeading(staff: StaffRef, findings: Finding[], redacted: boolean): Content {
  const flags = findings.filter((f) => f.level === 'flag').length;
  const counts = [flags && `${flags} flagged`, findings.length - flags && `${findings.length - flags} for review`]
    .filter(Boolean)
    .join(', ');
  return {
    text: [
      { text: staff.name, bold: true, fontSize: 9.5 },
      staff.role ? `  ·  ${staff.role}` : '',
      redacted ? '' : { text: `  ·  ${staff.id}`, style: 'muted' },
      { text: `  —  ${counts}`, style: 'muted' },
    ],
    fillColor: '#ffffff',
    margin: [0, 2, 0, 1],
  };
}

function findingRow(finding: Finding, number: number): TableCell[] {
  const { connection } = finding;
  return [
    lines(
      text(`${number}.`, 'bold'),
      text(LEVEL_TEXT[finding.level], finding.level),
      finding.change === 'new' && text('NEW', 'bold'),
    ),
    lines(text(finding.pupil.name, 'bold'), text(describePupilStatus(finding.pupil), 'muted')),
    text(platformName(connection.platform)),
    shownAs(connection),
    lines(
      text(describeRelationship(connection.relationship)),
      text(connection.connectedOn ? `since ${longDate(connection.connectedOn)}` : 'date not given', 'muted'),
    ),
    why(finding),
  ];
}

export function shownAs(connection: ConnectionRef): Content {
  if (!connection.name && !connection.username) return text(REDACTED.source, 'muted');
  return lines(
    connection.name && text(connection.name),
    connection.username && text(`@${connection.username.replace(/^@/, '')}`, 'muted'),
  );
}

function why(finding: Finding): Content {
  const others = finding.otherCandidates ?? [];
  const decision = finding.decision?.decision === 'confirm' ? finding.decision : undefined;
  return lines(
    { ul: finding.reasons.map(describeReason), markerColor: '#5b6675' },
    describeWeighing(finding) !== undefined && text(`Weighed: ${describeWeighing(finding)!}`, 'muted'),
    describeHeldAtReview(finding) !== undefined && text(describeHeldAtReview(finding)!, 'review'),
    others.length > 0 &&
      text(
        `Could also be: ${others.map((other) => `${other.pupil.name} (${describePupilStatus(other.pupil)})`).join('; ')}`,
        'muted',
      ),
    !!finding.otherCandidatesLeftOut && text(describeCandidatesLeftOut(finding.otherCandidatesLeftOut), 'muted'),
    finding.sameAccount?.length && text(describeSameAccount(finding.sameAccount)),
    decision &&
      text(
        `Confirmed${decision.decidedBy ? ` by ${decision.decidedBy}` : ''}${decision.decidedOn ? ` on ${longDate(decision.decidedOn)}` : ''}`,
        'muted',
      ),
    finding.connection.source !== REDACTED.source && text(`Source: ${finding.connection.source}`, 'small'),
  );
}

export function findingsIntro(report: AuditReport): Content {
  const staff = new Set(report.findings.map((f) => f.staff.id)).size;
  const since =
    report.summary.change && report.findings.some((f) => f.change === 'new')
      ? ` NEW marks a finding that was not in the audit of ${longDate(report.summary.change.since)}.`
      : '';
  return {
    text: `${countOf(report.findings.length, 'finding')} for ${countOf(staff, 'member', 'members')} of staff, grouped by member of staff, ${STAFF_ORDER}, and numbered as review --finding N takes them.${since}`,
    style: 'note',
  };
}

/** Characters of the table's condensed 8 pt face a "Why it was found" line holds, rounded down. */
const WHY_LINE_CHARS = 30;
/** A table line's height, and the room the lead-in, the staff row and the column headings take above the first finding. */
const LINE = 10.5;
const ABOVE_FIRST_ROW = 90;

/**
 * About how much room the findings need below their heading before the first finding is whole on
 * the page (pdfmake says where a kept-whole row went only after the fact): over-estimated, so the
 * heading goes to the next page rather than sit above an empty half.
 */
export function roomBeforeFirstFinding(report: AuditReport): number {
  const first = staffGroups(report.findings)[0]?.[0];
  if (!first) return 0;
  const texts = [
    ...first.reasons.map(describeReason),
    describeWeighing(first) && `Weighed: ${describeWeighing(first)}`,
    describeHeldAtReview(first),
    first.otherCandidates?.length && 'Could also be: '.padEnd(60 * first.otherCandidates.length),
    first.otherCandidatesLeftOut && describeCandidatesLeftOut(first.otherCandidatesLeftOut),
    first.sameAccount?.length && describeSameAccount(first.sameAccount),
    first.decision && 'Confirmed',
    `Source: ${first.connection.source}`,
  ].filter((t): t is string => typeof t === 'string');
  const lines = texts.reduce((sum, t) => sum + Math.ceil(t.length / WHY_LINE_CHARS), 0);
  return ABOVE_FIRST_ROW + lines * LINE;
}
