import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AuditReport } from '../../model/report.js';
import { describeUncovered } from '../summaryWording.js';
import { describePupilStatus, describeResolvedWhy, longDate, platformName } from '../wording.js';
import { header, lines, text, withCommands } from './cells.js';
import { shownAs } from './findingsTable.js';
import { registerLayout } from './theme.js';

/** Connections a declared family link excluded, with who recorded the link and when. */
export function exemptedTable(report: AuditReport): Content {
  if (report.exempted.length === 0)
    return { text: 'No connection was excluded by a declared family link.', style: 'note' };
  const body: TableCell[][] = [
    header('Member of staff', 'Pupil', 'Family link', 'Account', 'Recorded', 'Review due'),
    ...report.exempted.map(({ staff, pupil, connection, exemption }) => [
      lines(text(staff.name, 'bold'), staff.role && text(staff.role, 'muted')),
      lines(text(pupil.name, 'bold'), text(describePupilStatus(pupil), 'muted')),
      text(exemption.relationship),
      lines(text(platformName(connection.platform), 'muted'), shownAs(connection)),
      exemption.recordedBy || exemption.recordedOn
        ? lines(
            exemption.recordedBy && text(`by ${exemption.recordedBy}`),
            exemption.recordedOn && text(`on ${longDate(exemption.recordedOn)}`),
          )
        : text('not recorded', 'muted'),
      exemption.reviewOn ? text(longDate(exemption.reviewOn)) : text('—', 'muted'),
    ]),
  ];
  // "on 30 September 2026" (83 pt at the table's 8 pt) on one line under Recorded.
  return table(body, [80, 90, 48, 84, 84, '*']);
}

/** Findings a person decided at an earlier review were not the pupil. */
export function dismissedTable(report: AuditReport): Content {
  const body: TableCell[][] = [
    header('Member of staff', 'Account', 'Is not', 'Decided', 'Reason'),
    ...report.dismissed.map(({ staff, pupil, connection, decision }) => [
      lines(text(staff.name, 'bold'), staff.role && text(staff.role, 'muted')),
      lines(text(platformName(connection.platform), 'muted'), shownAs(connection)),
      lines(text(pupil.name, 'bold'), text(describePupilStatus(pupil), 'muted')),
      lines(
        decision.overruled && text('FLAG overruled', 'bold'),
        decision.decidedBy && text(`by ${decision.decidedBy}`),
        decision.decidedOn && text(`on ${longDate(decision.decidedOn)}`),
      ),
      decision.reason ? text(decision.reason) : text('—', 'muted'),
    ]),
  ];
  // "on 30 September 2026" on one line under Decided, as under Recorded.
  return table(body, [90, 95, 96, 84, '*']);
}

/** The earlier audit's findings that this one no longer reports (`--compare`), and why. */
export function resolvedTable(report: AuditReport): Content {
  const resolved = report.resolved ?? [];
  // The pupil as the earlier audit saw them: their age then, not now.
  const since = report.summary.change?.since;
  if (resolved.length === 0) return { text: 'None: every finding of that audit is still reported.', style: 'note' };
  const body: TableCell[][] = [
    header('Was', 'Member of staff', 'Pupil', 'Account', 'Why it is no longer reported'),
    ...resolved.map(({ staff, pupil, connection, why, previousNumber }) => [
      previousNumber !== undefined ? text(`Finding ${previousNumber}`, 'muted') : text('—', 'muted'),
      lines(text(staff.name, 'bold'), staff.role && text(staff.role, 'muted')),
      lines(
        text(pupil.name, 'bold'),
        text(`${describePupilStatus(pupil)}${since ? `, on ${longDate(since)}` : ''}`, 'muted'),
      ),
      lines(text(platformName(connection.platform), 'muted'), shownAs(connection)),
      text(describeResolvedWhy(why)),
    ]),
  ];
  return table(body, [44, 90, 100, 90, '*']);
}

/** What each member of staff handed in, so that a missing list is seen rather than read as "nothing found". */
export function coverageTable(report: AuditReport): Content {
  if (report.coverage.length === 0) return { text: 'No staff list or connection list was read.', style: 'note' };
  const body: TableCell[][] = [
    header('Member of staff', 'Role', 'Connection lists read', 'Connections'),
    ...report.coverage.map(({ staff, platforms, connections }) => [
      text(staff.name, 'bold'),
      staff.role ? text(staff.role) : text('—', 'muted'),
      Object.keys(platforms).length === 0
        ? text('none received', 'review')
        : text(
            Object.entries(platforms)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([platform, count]) => `${platformName(platform)} ${count.toLocaleString('en-GB')}`)
              .join(', '),
          ),
      { text: connections.toLocaleString('en-GB'), alignment: 'right' as const },
    ]),
  ];
  const uncovered = describeUncovered(report.coverage);
  return lines(uncovered !== undefined && { text: uncovered, style: 'note' }, table(body, [130, 110, '*', 60]));
}

export function warningsTable(report: AuditReport): Content {
  if (report.warnings.length === 0) return { text: 'None.', style: 'note' };
  const body: TableCell[][] = [
    header('No.', 'Where', 'Warning'),
    ...report.warnings.map((warning, i) => [
      text(String(i + 1), 'muted'),
      warning.source ? text(warning.source) : text('—', 'muted'),
      withCommands(warning.message),
    ]),
  ];
  return table(body, [22, 140, '*']);
}

function table(body: TableCell[][], widths: (number | string)[]): Content {
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: registerLayout(1),
    style: 'table',
    margin: [0, 0, 0, 8],
  };
}
