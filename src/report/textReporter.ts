import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport, FindingLevel } from '../model/report.js';
import { inertDeep } from './inert.js';
import type { Reporter } from './Reporter.js';
import { reportNextSteps } from './routing.js';
import { shortenedNames } from './shortenedNames.js';
import { staffGroups } from './staffGroups.js';
import { describeOnlySchool, describeOutcome, describeScope, describeUncovered } from './summaryWording.js';
import { findingLines, legend } from './textFinding.js';
import { warningInFolder } from './warningWording.js';
import {
  describeAccount,
  describeDecidedBy,
  describeLevelCounts,
  describePupilStatus,
  describeResolvedWhy,
  figure,
  longDate,
  NO_FINDINGS_TEXT,
  POLICY_RULE,
  platformName,
} from './wording.js';
import { visibleLength, wrapWords as wrap, wrapLine } from './wrapLine.js';

/** The terminal report a Headteacher reads: summary first, then findings by member of staff, the flagged first. */
export const textReporter: Reporter = (input, context) => {
  // Every field from the input (names, roles, groups, usernames, file names) shown inert, names past any
  // platform's length shortened: a report stays readable whatever a list holds.
  const report = shortenedNames(inertDeep(input));
  const c = new Chalk({ level: context.color ? 1 : 0 });
  // Any width the terminal has; very narrow ones still get whole words.
  const width = Math.max(20, Math.min(context.width, 120));
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };

  line(c.bold(`Social networking audit${report.school ? ` — ${report.school}` : ''} — ${longDate(report.auditDate)}`));
  if (report.onlySchool)
    wrap(describeOnlySchool(report.onlySchool), width).forEach((row) => {
      line(c.bold(row));
    });
  line(c.dim(`Policy: ${POLICY_RULE}`));
  line();
  summary(report, c, width).forEach((row) => {
    line(row);
  });
  line();
  coverage(report, c, width).forEach((row) => {
    line(row);
  });

  line();
  if (report.findings.length === 0) {
    const outcome = describeOutcome(report);
    // Green only where every member of staff's lists were read: otherwise the clear result is partial.
    wrap(outcome, width).forEach((row) => {
      line(outcome === NO_FINDINGS_TEXT ? c.green(row) : c.yellow(row));
    });
  } else {
    // As the PDF's summary says it: findings from the lists read say nothing of the staff whose lists were not.
    const uncovered = describeUncovered(report.coverage, true);
    if (uncovered !== undefined) {
      wrap(uncovered, width).forEach((row) => {
        line(c.yellow(row));
      });
      line();
    }
    line(c.bold('Findings'));
    for (const entry of legend(report))
      wrap(entry, width).forEach((row) => {
        line(c.dim(row));
      });
    const numberWidth = String(report.findings.length).length;
    const numbers = new Map(report.findings.map((f, i) => [f, f.number ?? i + 1]));
    for (const findings of staffGroups(report.findings)) {
      const staff = findings[0]!.staff;
      const staffKey = staff.id;
      const counts = describeLevelCounts(findings);
      line();
      line(`${c.bold(staff.name)} ${c.dim(`(${[staffKey, staff.role].filter(Boolean).join(', ')})`)} — ${counts}`);
      for (const finding of findings)
        findingLines(finding, numbers.get(finding)!, c, width, numberWidth).forEach((row) => {
          line(row);
        });
    }
  }

  if (report.resolved && report.summary.change) {
    line();
    line(c.bold(`Resolved since ${longDate(report.summary.change.since)}`));
    if (report.resolved.length === 0) line('  None: every finding of that audit is still reported.');
    for (const item of report.resolved) {
      line(
        `  ${item.staff.name} — ${item.pupil.name} (${describePupilStatus(item.pupil)}, on ${longDate(report.summary.change.since)}): ${describeResolvedWhy(item.why)}`,
      );
      line(
        c.dim(
          `      ${describeAccount(item.connection)}${item.previousNumber ? ` · was finding ${item.previousNumber}` : ''}`,
        ),
      );
    }
  }

  if (report.exempted.length > 0) {
    line();
    line(c.bold('Excluded by declared family links'));
    for (const item of report.exempted) {
      const who = item.exemption.recordedBy
        ? `, recorded by ${item.exemption.recordedBy}${item.exemption.recordedOn ? ` on ${longDate(item.exemption.recordedOn)}` : ''}`
        : '';
      line(`  ${item.staff.name} — ${item.pupil.name} (${item.exemption.relationship}${who})`);
      line(c.dim(`      ${describeAccount(item.connection)} · ${item.connection.source}`));
    }
  }

  if (report.dismissed.length > 0) {
    line();
    line(c.bold('Dismissed at an earlier review'));
    for (const item of report.dismissed) {
      const by = describeDecidedBy(item.decision);
      line(
        `  ${item.staff.name} — ${describeAccount(item.connection)} is not ${item.pupil.name} (${describePupilStatus(item.pupil)})`,
      );
      const decided = `${by ? ` ${by}` : ''}${item.decision.reason ? `: ${item.decision.reason}` : ''} · ${item.connection.source}`;
      // An overruled FLAG stays in plain sight: the audit said it was the pupil and a person said not.
      line(
        item.decision.overruled ? `      ${c.bold('FLAG OVERRULED')}${decided}` : c.dim(`      dismissed${decided}`),
      );
    }
  }

  if (report.warnings.length > 0) {
    line();
    line(c.bold('Warnings'));
    // The folder the person typed, where the report knows it: a command to copy names it (not for a report saved apart).
    const folder = context.typed?.savedApart ? undefined : context.typed?.folder;
    for (const warning of report.warnings) {
      const words = warningInFolder(warning, folder);
      wrap(`${warning.source ? `${warning.source}: ` : ''}${words}`, width - 4).forEach((row, i) => {
        line(`${i === 0 ? c.yellow('  ! ') : '    '}${row}`);
      });
    }
  }

  if (report.findings.length > 0) {
    line();
    line(c.bold('Next steps'));
    reportNextSteps(report, context.typed).forEach((step, i) => {
      const label = `  ${i + 1}. `;
      wrap(step, width - label.length).forEach((row, k) => {
        line(`${k === 0 ? label : ' '.repeat(label.length)}${row}`);
      });
    });
  }
  // Whatever a section did not fold itself still fits the width, broken at words, a long path after a `/`.
  return `${out.flatMap((row) => wrapLine(row, width, true)).join('\n')}\n`;
};

function summary(report: AuditReport, c: ChalkInstance, width: number): string[] {
  const s = report.summary;
  const handedIn = report.coverage.filter((entry) => entry.connections > 0).length;
  const rows: [string, string][] = [
    [
      'Pupils',
      `${figure(s.pupils.current)} current, ${figure(s.pupils.former)} former (${figure(s.pupils.formerInScope)} of them under 18 or of unknown age)`,
    ],
    ['Staff', `${figure(s.staff)} (${figure(handedIn)} with connection lists read)`],
    ['Connections read', figure(s.connections)],
    [
      'Findings',
      `${levelCount(c, 'flag', s.findings.flag)}, ${levelCount(c, 'review', s.findings.review)}${s.staffWithFindings ? ` (${figure(s.staffWithFindings)} staff)` : ''}`,
    ],
    ['Excluded (family)', figure(s.exempted)],
  ];
  const overruled = report.dismissed.filter((item) => item.decision.overruled).length;
  if (s.dismissed)
    rows.push([
      'Dismissed earlier',
      `${figure(s.dismissed)}${overruled ? ` (${figure(overruled)} FLAG${overruled === 1 ? '' : 's'} overruled)` : ''}`,
    ]);
  if (report.scope && report.scope.mode !== 'whole-roll') rows.push(['Checked', describeScope(report.scope)]);
  if (s.change)
    rows.push([
      'Changes',
      `${figure(s.change.new)} new, ${figure(s.change.continuing)} continuing, ${figure(s.change.resolved)} resolved since ${longDate(s.change.since)}`,
    ]);
  rows.push(['Warnings', figure(s.warnings)]);
  return [c.bold('Summary'), ...rows.flatMap(([label, value]) => twoColumns(label, value, 21, width))];
}

/** Up to this many staff, each gets a line; a trust-wide run shows totals and who is missing. */
const COVERAGE_LINES = 60;

/** A no-break space, which `wrapWords` does not fold at, between a platform and its count. */
const KEPT = '\u00a0';
const spaced = (row: string): string => row.replaceAll(KEPT, ' ');

/** Who handed in what, so the Headteacher sees whose lists are missing. */
function coverage(report: AuditReport, c: ChalkInstance, width: number): string[] {
  const rows = [c.bold('Connection lists read')];
  const missing = report.coverage.filter((entry) => Object.keys(entry.platforms).length === 0);
  const platformsOf = (platforms: Record<string, number>): string =>
    Object.entries(platforms)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      // Held together while folding (a platform apart from its count reads as another figure), a space once folded.
      .map(([platform, count]) => `${platformName(platform)}${KEPT}${figure(count)}`)
      .join(', ');
  if (report.coverage.length <= COVERAGE_LINES) {
    const labelWidth = Math.min(30, Math.max(...report.coverage.map((entry) => entry.staff.name.length), 0)) + 2;
    for (const entry of report.coverage) {
      const read =
        Object.keys(entry.platforms).length > 0 ? platformsOf(entry.platforms) : c.yellow('nothing handed in');
      rows.push(...twoColumns(entry.staff.name, read, 2 + labelWidth, width).map(spaced));
    }
    return rows;
  }
  const totals: Record<string, number> = {};
  for (const entry of report.coverage)
    for (const [platform, count] of Object.entries(entry.platforms)) totals[platform] = (totals[platform] ?? 0) + count;
  rows.push(
    spaced(
      `  ${figure(report.coverage.length - missing.length)} of ${figure(report.coverage.length)} staff: ${platformsOf(totals)}`,
    ),
  );
  if (missing.length > 0) {
    wrap(
      `Nothing handed in by ${figure(missing.length)}: ${missing.map((entry) => staffLabel(entry.staff)).join(', ')}`,
      width - 4,
    ).forEach((row) => {
      rows.push(`  ${c.yellow(row)}`);
    });
  }
  return rows;
}

/**
 * A label and its value in two columns, the value folded under its own column (`at`); where a narrow terminal leaves
 * that column too little room, or the label reaches it, the value goes on the rows below, under the label.
 */
function twoColumns(label: string, value: string, at: number, width: number): string[] {
  const room = width - at;
  if (room < 16) return [`  ${label}`, ...wrap(value, width - 4).map((row) => `    ${row}`)];
  const first = visibleLength(label) <= at - 3 ? [] : [`  ${label}`];
  return [
    ...first,
    ...wrap(value, room).map((row, i) =>
      i === 0 && first.length === 0
        ? `  ${label}${' '.repeat(at - 2 - visibleLength(label))}${row}`
        : `${' '.repeat(at)}${row}`,
    ),
  ];
}

function staffLabel(staff: { id: string; name: string; role?: string }): string {
  return staff.role ? `${staff.name} (${staff.role})` : staff.name;
}

function levelCount(c: ChalkInstance, level: FindingLevel, count: number): string {
  const text = `${figure(count)} ${level === 'flag' ? 'flagged' : 'for review'}`;
  if (count === 0) return text;
  return level === 'flag' ? c.red.bold(text) : c.yellow(text);
}
