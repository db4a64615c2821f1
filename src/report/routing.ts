import type { AuditReport, ReportTo } from '../model/report.js';
import { holdsRecipientRole, type RoleKind, reportToFor } from '../policy/reportTo.js';
import type { TypedPaths } from './Reporter.js';
import { nextSteps } from './wording.js';

/** Runs of numbers named before the rest are only counted: a trust's list would run on for pages. */
const RUNS_NAMED = 12;

/** `[1, 2, 3, 6, 9]` → `Findings 1–3, 6 and 9`; a long list names its first runs and counts the rest. */
export function describeNumbers(numbers: readonly number[]): string {
  const runs: { text: string; count: number }[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) runs.push({ text: `${numbers[i]}–${numbers[j]}`, count: j - i + 1 });
    else for (let k = i; k <= j; k++) runs.push({ text: `${numbers[k]}`, count: 1 });
    i = j + 1;
  }
  const noun = numbers.length === 1 ? 'Finding' : 'Findings';
  if (runs.length > RUNS_NAMED) {
    const named = runs.slice(0, RUNS_NAMED);
    const rest = numbers.length - named.reduce((sum, run) => sum + run.count, 0);
    return `${noun} ${named.map((run) => run.text).join(', ')} and ${rest.toLocaleString('en-GB')} more (${numbers.length.toLocaleString('en-GB')} in all)`;
  }
  const texts = runs.map((run) => run.text);
  return `${noun} ${texts.length === 1 ? texts[0] : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`}`;
}

/**
 * Whom to give each finding to, by number, with the person's name where the staff list has the
 * role (and the report is not the redacted copy, which names nobody): a concern about the
 * Headteacher goes to the Chair of Governors, one about the DSL to the Headteacher, the rest to the DSL.
 */
export function routingSteps(report: AuditReport): string[] {
  const groups = new Map<string, { reportTo: ReportTo; about?: RoleKind; numbers: number[] }>();
  report.findings.forEach((finding, i) => {
    const routed = finding.reportTo
      ? { reportTo: finding.reportTo, about: reportToFor(finding.staff.role).about }
      : reportToFor(finding.staff.role);
    const about = routed.reportTo === 'Designated Safeguarding Lead' ? undefined : routed.about;
    const key = `${routed.reportTo}\u0000${about ?? ''}`;
    const group = groups.get(key) ?? { reportTo: routed.reportTo, ...(about ? { about } : {}), numbers: [] };
    group.numbers.push(finding.number ?? i + 1);
    groups.set(key, group);
  });
  const steps: string[] = [];
  for (const { reportTo, about, numbers } of [...groups.values()].sort((a, b) => a.numbers[0]! - b.numbers[0]!)) {
    const findings = describeNumbers(numbers);
    const person = recipient(report, reportTo);
    const them = numbers.length === 1 ? 'it' : 'them';
    if (about) {
      steps.push(
        `${findings} ${numbers.length === 1 ? 'concerns' : 'concern'} the ${about}: give ${them} to the ${reportTo}${person ? `, ${person}` : ''}.`,
      );
    } else {
      steps.push(
        `${findings} ${numbers.length === 1 ? 'goes' : 'go'} to the ${reportTo}${person ? `, ${person}` : ''}.`,
      );
    }
  }
  return steps;
}

/** Who holds the role on the staff list, by name; nobody in the redacted copy. */
function recipient(report: AuditReport, role: ReportTo): string | undefined {
  if (report.redacted) return undefined;
  const names = report.coverage
    .filter((entry) => holdsRecipientRole(entry.staff.role, role))
    .map((entry) => entry.staff.name);
  return names.length > 0 ? [...new Set(names)].join(' or ') : undefined;
}

/**
 * Findings are numbered by member of staff, so flags are scattered among the numbers: where there are both, the
 * flagged ones are named first, for the DSL to act on.
 */
function flaggedFirst(report: AuditReport): string[] {
  const flagged = report.findings.flatMap((finding, i) => (finding.level === 'flag' ? [finding.number ?? i + 1] : []));
  if (flagged.length === 0 || flagged.length === report.findings.length) return [];
  const one = flagged.length === 1;
  return [
    `${describeNumbers(flagged)} ${one ? 'is' : 'are'} flagged: act on ${one ? 'it' : 'them'} first, as ${one ? 'the' : 'each'} account is, beyond reasonable doubt, the pupil.`,
  ];
}

/** The next steps of a report with findings: the flagged ones first, whom each goes to, then the policy's steps. */
export function reportNextSteps(report: AuditReport, typed?: TypedPaths): string[] {
  return [...flaggedFirst(report), ...routingSteps(report), ...nextSteps(report.summary, typed, report.auditDate)];
}
