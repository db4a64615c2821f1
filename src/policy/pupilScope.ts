import type { ReasonCode } from '../model/reasons.js';
import type { Pupil } from '../model/records.js';
import type { PupilRef, PupilStatus } from '../model/report.js';
import type { Warning } from '../model/warnings.js';
import { ageOn } from '../normalise/dates.js';

/** Where a pupil stands under the policy on the audit date. */
export interface PupilScope {
  status: PupilStatus;
  age: number | null;
  /** The connection is forbidden (or may be, when the age is unknown). */
  inScope: boolean;
  /** The policy rule that applies, for findings. */
  rule: Extract<ReasonCode, 'CURRENT_PUPIL' | 'FORMER_PUPIL_UNDER_18' | 'FORMER_PUPIL_DOB_UNKNOWN'> | null;
}

/**
 * A current pupil (no leaving date, or one after the audit date) is in scope at any age. A former
 * pupil is in scope while under 18; one whose age cannot be known stays in scope for a person to
 * check, because dropping them could hide a child.
 */
export function pupilScope(pupil: Pupil, auditDate: string): PupilScope {
  const age = pupil.dob ? ageOn(pupil.dob, auditDate) : null;
  const current = !pupil.leavingDate || pupil.leavingDate > auditDate;
  if (current) return { status: 'current', age, inScope: true, rule: 'CURRENT_PUPIL' };
  if (age === null) return { status: 'former', age, inScope: true, rule: 'FORMER_PUPIL_DOB_UNKNOWN' };
  if (age < 18) return { status: 'former', age, inScope: true, rule: 'FORMER_PUPIL_UNDER_18' };
  return { status: 'former', age, inScope: false, rule: null };
}

/**
 * Why a pupil's date of birth cannot be right, or undefined: one after the audit date, or after
 * the day they left. Such a date is set aside (the age is unknown), never used to drop the pupil:
 * a current pupil is in scope at any age, and a leaver of unknown age stays for a person to check.
 */
export function implausibleDob(pupil: Pupil, auditDate: string): Warning | undefined {
  if (!pupil.dob) return undefined;
  if (pupil.dob > auditDate)
    return {
      code: 'DOB_UNREADABLE',
      args: { why: 'after-audit-date', pupilId: pupil.id, dob: pupil.dob, date: auditDate },
    };
  if (pupil.leavingDate && pupil.dob > pupil.leavingDate) {
    return {
      code: 'DOB_UNREADABLE',
      args: { why: 'after-leaving-date', pupilId: pupil.id, dob: pupil.dob, date: pupil.leavingDate },
    };
  }
  return undefined;
}

export function pupilDisplayName(pupil: Pupil): string {
  const forename =
    pupil.preferredForename && pupil.preferredForename !== pupil.legalForename
      ? `${pupil.legalForename} (${pupil.preferredForename})`
      : pupil.legalForename;
  return [forename, pupil.preferredSurname ?? pupil.legalSurname].filter(Boolean).join(' ');
}

export function toPupilRef(pupil: Pupil, scope: PupilScope): PupilRef {
  const ref: PupilRef = { id: pupil.id, name: pupilDisplayName(pupil), status: scope.status, age: scope.age };
  if (pupil.dob) ref.dob = pupil.dob;
  if (pupil.yearGroup) ref.yearGroup = pupil.yearGroup;
  if (pupil.regGroup) ref.regGroup = pupil.regGroup;
  if (pupil.leavingDate && scope.status === 'former') ref.leavingDate = pupil.leavingDate;
  if (pupil.school) ref.school = pupil.school;
  return ref;
}
