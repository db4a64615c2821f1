import type { AuditReport, Finding } from '../model/report.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A stable order, so that the same input always gives the same report (and the same PDF bytes):
 * staff by name, then flags before reviews, then pupil and source.
 */
export function sortReport(report: AuditReport): AuditReport {
  const byFinding = (a: Finding, b: Finding): number =>
    compare(a.staff.name, b.staff.name) ||
    compare(a.staff.id, b.staff.id) ||
    (a.level === b.level ? 0 : a.level === 'flag' ? -1 : 1) ||
    compare(a.pupil.name, b.pupil.name) ||
    compare(a.connection.source, b.connection.source);
  return {
    ...report,
    findings: [...report.findings].sort(byFinding),
    exempted: [...report.exempted].sort(
      (a, b) =>
        compare(a.staff.name, b.staff.name) ||
        compare(a.pupil.name, b.pupil.name) ||
        compare(a.connection.source, b.connection.source),
    ),
    coverage: [...report.coverage].sort(
      (a, b) => compare(a.staff.name, b.staff.name) || compare(a.staff.id, b.staff.id),
    ),
  };
}
