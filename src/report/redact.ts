import type {
  AuditReport,
  AuditWarning,
  Candidate,
  ConnectionRef,
  DecisionRef,
  ExemptionRef,
  PupilRef,
  StaffRef,
} from '../model/report.js';
import { describeWarningCode, REDACTED } from './wording.js';

/**
 * The governors' version of a report, for every format: staff as initials and role, pupils as
 * year group and status, and nothing that names or points to a person (names, usernames,
 * profile links, dates of birth, forms, source paths, free-text notes). Counts are unchanged.
 *
 * Every object is built field by field from an allow-list, so a field added to the model later
 * stays out of the redacted report until someone decides it is safe.
 */
export function redactReport(report: AuditReport): AuditReport {
  const people = new Pseudonyms();
  return {
    tool: { name: report.tool.name, version: report.tool.version },
    auditDate: report.auditDate,
    ...(report.school !== undefined ? { school: report.school } : {}),
    redacted: true,
    // Whose school a copy is, and the school of each member of staff, name nobody: the governors need them.
    ...(report.onlySchool ? { onlySchool: { ...report.onlySchool } } : {}),
    summary: structuredClone(report.summary),
    ...(report.scope ? { scope: { mode: report.scope.mode, schools: [...report.scope.schools] } } : {}),
    ...(report.schoolPupils ? { schoolPupils: structuredClone(report.schoolPupils) } : {}),
    findings: report.findings.map((finding) => ({
      ...(finding.number !== undefined ? { number: finding.number } : {}),
      level: finding.level,
      ...(finding.change !== undefined ? { change: finding.change } : {}),
      // Whom each finding goes to is the governors' business too; the recipient's name is not shown.
      ...(finding.reportTo !== undefined ? { reportTo: finding.reportTo } : {}),
      staff: people.staff(finding.staff),
      pupil: people.pupil(finding.pupil),
      connection: connection(finding.connection),
      score: finding.score,
      reasons: [...finding.reasons],
      // Codes, weights and counts only: nothing in them names anybody.
      ...(finding.contributions ? { contributions: structuredClone(finding.contributions) } : {}),
      ...(finding.otherCandidates
        ? {
            otherCandidates: finding.otherCandidates.map(
              (c): Candidate => ({ pupil: people.pupil(c.pupil), score: c.score, reasons: [...c.reasons] }),
            ),
          }
        : {}),
      // A count only: a school's copy says how many other schools' pupils it does not name.
      ...(finding.otherCandidatesLeftOut ? { otherCandidatesLeftOut: finding.otherCandidatesLeftOut } : {}),
      ...(finding.decision ? { decision: decision(finding.decision) } : {}),
    })),
    exempted: report.exempted.map((item) => {
      const staff = people.staff(item.staff);
      const pupil = people.pupil(item.pupil);
      return {
        staff,
        pupil,
        connection: connection(item.connection),
        exemption: exemption(item.exemption, staff, pupil),
      };
    }),
    dismissed: report.dismissed.map((item) => ({
      staff: people.staff(item.staff),
      pupil: people.pupil(item.pupil),
      connection: connection(item.connection),
      decision: decision(item.decision),
    })),
    ...(report.resolved
      ? {
          resolved: report.resolved.map((item) => ({
            staff: people.staff(item.staff),
            pupil: people.pupil(item.pupil),
            connection: connection(item.connection),
            why: item.why,
            ...(item.previousNumber !== undefined ? { previousNumber: item.previousNumber } : {}),
          })),
        }
      : {}),
    coverage: report.coverage.map((entry) => ({
      staff: people.staff(entry.staff),
      platforms: { ...entry.platforms },
      connections: entry.connections,
    })),
    // Messages quote names and paths; the redacted report says what kind of problem each was.
    warnings: report.warnings.map(
      (warning): AuditWarning => ({ code: warning.code, message: describeWarningCode(warning.code) }),
    ),
  };
}

/** Stable stand-ins, numbered in the order people first appear, so one pupil is one number throughout. */
class Pseudonyms {
  private readonly staffById = new Map<string, StaffRef>();
  private readonly pupilsById = new Map<string, PupilRef>();
  private readonly staffLabels = new Map<string, number>();

  staff(ref: StaffRef): StaffRef {
    let redacted = this.staffById.get(ref.id);
    if (!redacted) {
      const base = initials(ref.name) || `Staff ${this.staffById.size + 1}`;
      // Two people with the same initials and role must still read as two people.
      const key = `${base}\u0000${ref.role ?? ''}`;
      const seen = (this.staffLabels.get(key) ?? 0) + 1;
      this.staffLabels.set(key, seen);
      redacted = {
        id: `staff-${this.staffById.size + 1}`,
        name: seen === 1 ? base : `${base} (${seen})`,
        ...(ref.role !== undefined ? { role: ref.role } : {}),
        ...(ref.school !== undefined ? { school: ref.school } : {}),
      };
      this.staffById.set(ref.id, redacted);
    }
    return redacted;
  }

  pupil(ref: PupilRef): PupilRef {
    let redacted = this.pupilsById.get(ref.id);
    if (!redacted) {
      const n = this.pupilsById.size + 1;
      redacted = {
        id: `pupil-${n}`,
        name: REDACTED.pupil(n),
        status: ref.status,
        age: ref.age,
        ...(ref.yearGroup !== undefined ? { yearGroup: ref.yearGroup } : {}),
      };
      this.pupilsById.set(ref.id, redacted);
    }
    return redacted;
  }
}

function connection(ref: ConnectionRef): ConnectionRef {
  return {
    platform: ref.platform,
    ...(ref.relationship !== undefined ? { relationship: ref.relationship } : {}),
    ...(ref.connectedOn !== undefined ? { connectedOn: ref.connectedOn } : {}),
    source: REDACTED.source,
  };
}

function decision(ref: DecisionRef): DecisionRef {
  return {
    decision: ref.decision,
    ...(ref.decidedBy !== undefined ? { decidedBy: initials(ref.decidedBy) } : {}),
    ...(ref.decidedOn !== undefined ? { decidedOn: ref.decidedOn } : {}),
    ...(ref.overruled !== undefined ? { overruled: ref.overruled } : {}),
  };
}

function exemption(ref: ExemptionRef, staff: StaffRef, pupil: PupilRef): ExemptionRef {
  return {
    staffId: staff.id,
    pupilId: pupil.id,
    relationship: ref.relationship,
    ...(ref.recordedOn !== undefined ? { recordedOn: ref.recordedOn } : {}),
    ...(ref.recordedBy !== undefined ? { recordedBy: initials(ref.recordedBy) } : {}),
    ...(ref.reviewOn !== undefined ? { reviewOn: ref.reviewOn } : {}),
  };
}

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'rev',
  'revd',
  'sir',
  'dame',
  'lady',
  'lord',
]);

/** `Mrs Zoë Anne Łukasik-Brown` → `Z.A.Ł.`: one letter for each part of the name, titles left out. */
export function initials(name: string): string {
  return name
    .split(/[\s,]+/)
    .map((part) => part.replace(/^[^\p{L}]+/u, ''))
    .filter((part) => part && !HONORIFICS.has(part.toLowerCase().replace(/\.$/, '')))
    .map((part) => `${Array.from(part)[0]!.toLocaleUpperCase('en-GB')}.`)
    .join('');
}
