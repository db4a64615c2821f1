import type { ReasonCode } from '../model/reasons.js';
import type { Pupil, StaffMember } from '../model/records.js';
import type { PupilRef, StaffRef } from '../model/report.js';
import { type PupilScope, toPupilRef } from '../policy/pupilScope.js';
import { toStaffRef } from './refs.js';

/**
 * The references a report's findings make to pupils and staff, and their lists of reasons, one object for each
 * distinct one: a held-out trust's findings, trust-wide, name pupils 83,000 times (25,000 pupils), 4,000 staff in
 * 19,000 findings and give 83,000 lists of reasons (700 distinct), each made afresh and kept until the report was
 * written. Nothing changes a report's references once made (a redacted or one school's copy makes its own), so the
 * report written is the same.
 */
export class ReportRefs {
  private readonly pupils = new Map<Pupil, { scope: PupilScope; ref: PupilRef }>();
  private readonly staff = new Map<StaffMember, StaffRef>();
  private readonly reasonLists = new Map<string, readonly ReasonCode[]>();

  /** The pupil as the report names them, under `scope` (the audit's one scope a pupil: made again for another). */
  pupil(pupil: Pupil, scope: PupilScope): PupilRef {
    const known = this.pupils.get(pupil);
    if (known?.scope === scope) return known.ref;
    const ref = toPupilRef(pupil, scope);
    this.pupils.set(pupil, { scope, ref });
    return ref;
  }

  staffMember(member: StaffMember): StaffRef {
    let ref = this.staff.get(member);
    if (!ref) {
      ref = toStaffRef(member);
      this.staff.set(member, ref);
    }
    return ref;
  }

  /** The list of reasons equal to `reasons` first met (`reasons` itself, the first time). */
  reasons(reasons: ReasonCode[]): ReasonCode[] {
    const key = reasons.join(' ');
    const known = this.reasonLists.get(key);
    if (known) return known as ReasonCode[];
    this.reasonLists.set(key, reasons);
    return reasons;
  }
}
