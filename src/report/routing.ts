import type { AuditReport, ReportTo } from '../model/report.js';
import { holdsRecipientRole, reportToFor, type RoleKind } from '../policy/reportTo.js';
import { nextSteps } from './wording.js';

/** `[1, 2, 3, 6, 9]` → `Findings 1–3, 6 and 9`. */
export function describeNumbers(numbers: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : j > i ? `${numbers[i]}, ${numbers[j]}` : `${numbers[i]}`);
    i = j + 1;
  }
  const list = runs.join(', ');
  const last = list.lastIndexOf(', ');
  const joined = last < 0 ? list : `${list.slice(0, last)} and ${list.slice(last + 2)}`;
  return `${numbers.length === 1 ? 'Finding' : 'Findings'} ${joined}`;
}

/**
 * Whom to give each finding to, by number, with the person's name where the staff list has the
 * role (and the report is not the redacted copy, which names nobody): a concern about the
 * Headteacher goes to the Chair of Governors, one about the DSL to the Headteacher, the rest to the DSL.
 */
export function routingSteps(report: AuditReport): string[] {
  const groups = new Map<string, { reportTo: ReportTo; about?: RoleKind; numbers: number[] }>();
  report.findings.forEach((finding, i) => {
    const routed = finding.reportTo ? { reportTo: finding.reportTo, about: reportToFor(finding.staff.role).about } : reportToFor(finding.staff.role);
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
      steps.push(`${findings} ${numbers.length === 1 ? 'concerns' : 'concern'} the ${about}: give ${them} to the ${reportTo}${person ? `, ${person}` : ''}.`);
    } else {
      steps.push(`${findings} ${numbers.length === 1 ? 'goes' : 'go'} to the ${reportTo}${person ? `, ${person}` : ''}.`);
    }
  }
  return steps;
}

/** Who holds the role on the staff list, by name; nobody in the redacted copy. */
function recipient(report: AuditReport, role: ReportTo): string | undefined {
  if (report.redacted) return undefined;
  const names = report.coverage.filter((entry) => holdsRecipientRole(entry.staff.role, role)).map((entry) => entry.staff.name);
  return names.length > 0 ? [...new Set(names)].join(' or ') : undefined;
}

/** The next steps of a report with findings: whom each goes to, then the policy's steps. */
export function reportNextSteps(report: AuditReport): string[] {
  return [...routingSteps(report), ...nextSteps(report.summary)];
}
