import type { AuditReport, AuditWarning, Finding, StaffRef } from '../model/report.js';
import { findingCounts } from './findingCounts.js';
import { schoolKey } from './SchoolMatchers.js';

/**
 * The schools a trust's report holds: those its rolls name and those its staff list gives its staff,
 * each once (`St Mary's` and `ST MARYS` are one, as the audit compares them), named as the roll
 * first wrote it, else as the staff list did.
 */
export function schoolsHeld(report: AuditReport): string[] {
  // One school's report holds that school's alone, though its scope names the trust's every school.
  if (report.onlySchool) return [report.onlySchool.school];
  const names = new Map<string, string>();
  const add = (name: string | undefined): void => {
    const key = name === undefined ? '' : schoolKey(name);
    if (key && !names.has(key)) names.set(key, name!);
  };
  for (const school of report.scope?.schools ?? []) add(school);
  for (const staff of staffOf(report)) add(staff.school);
  return [...names.values()];
}

/**
 * Whether the report records any member of staff's school: one saved before it did, or whose staff list has
 * no school column, cannot be split by school, though its rolls name schools (every school's would be empty).
 */
export function recordsStaffSchools(report: AuditReport): boolean {
  return staffOf(report).some((staff) => staff.school !== undefined && schoolKey(staff.school) !== '');
}

/** The findings of staff the staff list gives no school: in no school's report, so a script must be told. */
export function findingsWithoutSchool(report: AuditReport): number {
  return report.findings.filter((f) => !(f.staff.school && schoolKey(f.staff.school))).length;
}

/**
 * One school's report out of a trust's: only its own staff's findings, family links, dismissals,
 * resolved findings and lists handed in, its own counts, and the warnings that name none of
 * another school's people (nor pupils, whose school the report does not record). Finding numbers
 * stay the trust report's, so that finding 12 is the same finding in every copy. Undefined where
 * the report holds no such school.
 */
export function reportForSchool(report: AuditReport, name: string): AuditReport | undefined {
  const key = schoolKey(name);
  const school = schoolsHeld(report).find((held) => schoolKey(held) === key);
  if (!key || school === undefined) return undefined;
  const ours = (staff: StaffRef): boolean => staff.school !== undefined && schoolKey(staff.school) === key;
  const coverage = report.coverage.filter((c) => ours(c.staff));
  const staffIds = new Set([...coverage, ...report.findings].filter((x) => ours(x.staff)).map((x) => x.staff.id));
  const staffNames = new Set([...coverage, ...report.findings].filter((x) => ours(x.staff)).map((x) => x.staff.name));
  const kept = report.findings.filter((f) => ours(f.staff));
  const numbers = new Set(kept.map((f) => f.number));
  const findings = kept.map((finding) => {
    const { sameAccount, ...rest } = finding;
    const same = sameAccount?.filter((n) => numbers.has(n));
    // Another school's finding of the same account is not in this copy; its number is, so the reviewer knows.
    const elsewhere = sameAccount?.filter((n) => !numbers.has(n));
    return ownCandidates(
      {
        ...rest,
        ...(same?.length ? { sameAccount: same } : {}),
        ...(elsewhere?.length ? { sameAccountElsewhere: elsewhere } : {}),
      },
      key,
    );
  });
  const exempted = report.exempted.filter((e) => ours(e.staff));
  const dismissed = report.dismissed.filter((d) => ours(d.staff));
  const resolved = report.resolved?.filter((r) => ours(r.staff) || staffIds.has(r.staff.id));
  const warnings = report.redacted
    ? report.warnings
    : report.warnings.filter((w) => aboutOurs(w, staffIds, staffNames));
  const pupils = report.schoolPupils?.find((p) => schoolKey(p.school) === key);
  const { change } = report.summary;
  return {
    tool: report.tool,
    auditDate: report.auditDate,
    school,
    ...(report.redacted ? { redacted: true } : {}),
    onlySchool: report.onlySchool
      ? {
          ...report.onlySchool,
          warningsLeftOut: report.onlySchool.warningsLeftOut + report.warnings.length - warnings.length,
        }
      : {
          school,
          ...(report.school !== undefined && schoolKey(report.school) !== key ? { of: report.school } : {}),
          schools: schoolsHeld(report).length,
          warningsLeftOut: report.warnings.length - warnings.length,
        },
    summary: {
      pupils: pupils
        ? { current: pupils.current, former: pupils.former, formerInScope: pupils.formerInScope }
        : { current: 0, former: 0, formerInScope: 0 },
      staff: coverage.length,
      connections: coverage.reduce((sum, c) => sum + c.connections, 0),
      ...findingCounts(findings),
      exempted: exempted.length,
      dismissed: dismissed.length,
      warnings: warnings.length,
      ...(change
        ? {
            change: {
              since: change.since,
              new: findings.filter((f) => f.change === 'new').length,
              continuing: findings.filter((f) => f.change === 'continuing').length,
              resolved: resolved?.length ?? 0,
            },
          }
        : {}),
    },
    ...(report.scope ? { scope: report.scope } : {}),
    // Its own pupils' counts: other schools' are the trust's business, not these governors'.
    ...(pupils ? { schoolPupils: [pupils] } : {}),
    findings,
    exempted,
    dismissed,
    ...(resolved ? { resolved } : {}),
    coverage,
    warnings,
  };
}

/**
 * A finding as one school's copy gives it: the other candidates who are another school's pupils (trust-wide, a
 * child of another school may share the name) are not named there, only counted. Its own pupil stays, whatever
 * their school; so do candidates whose school the report does not record.
 */
function ownCandidates(finding: Finding, key: string): Finding {
  const all = finding.otherCandidates;
  if (!all) return finding;
  const kept = all.filter((c) => !c.pupil.school || [key, ''].includes(schoolKey(c.pupil.school)));
  if (kept.length === all.length) return finding;
  const { otherCandidates, ...rest } = finding;
  return {
    ...rest,
    ...(kept.length ? { otherCandidates: kept } : {}),
    otherCandidatesLeftOut: all.length - kept.length,
  };
}

function staffOf(report: AuditReport): StaffRef[] {
  return [report.coverage, report.findings, report.exempted, report.dismissed].flatMap((list) =>
    list.map((x) => x.staff),
  );
}

/**
 * A warning for one school's governors: about one of its own staff, or about nobody (a file, a count).
 * One that names another school's staff, or a pupil alone (the report does not say whose pupil), is left out.
 */
function aboutOurs(warning: AuditWarning, staffIds: Set<string>, staffNames: Set<string>): boolean {
  const args = warning.args as Record<string, unknown> | undefined;
  if (args === undefined) return !PEOPLE_CODES.has(warning.code);
  const ids: string[] = [];
  if (typeof args.staffId === 'string') ids.push(args.staffId);
  if (Array.isArray(args.staff)) for (const s of args.staff as { id: string }[]) ids.push(s.id);
  if (ids.length > 0) return ids.some((id) => staffIds.has(id));
  if (typeof args.staffName === 'string') return staffNames.has(args.staffName);
  return args.pupilId === undefined && args.pupilName === undefined;
}

/** Warnings whose words name people: without `args` (an older report), left out of one school's report. */
const PEOPLE_CODES = new Set<string>([
  'EXEMPTION_UNKNOWN_STAFF',
  'EXEMPTION_UNKNOWN_PUPIL',
  'EXEMPTION_REVIEW_DUE',
  'EXEMPTION_PUPIL_OUT_OF_SCOPE',
  'CONNECTIONS_UNKNOWN_STAFF',
  'DUPLICATE_PUPIL',
  'DOB_UNREADABLE',
  'LEAVING_DATE_MISSING',
  'DECISION_STALE',
  'DECISIONS_DISAGREE',
  'STAFF_SCHOOL_UNKNOWN',
  'GLYPH_REPLACED',
  'TEXT_SHORTENED',
]);
