import type { AuditInputs } from '../model/AuditInputs.js';
import type { StaffMember } from '../model/records.js';
import type { MatchScope } from '../model/report.js';
import type { Warning } from '../model/warnings.js';

/**
 * `--trust-wide` with no school on the staff list or the roll is one school's audit in effect: said,
 * as a trust's data manager scripting many schools would not notice a mistyped header otherwise.
 */
export function trustWideWarning(
  inputs: Pick<AuditInputs, 'staff' | 'rolls'>,
  staff: readonly StaffMember[],
  scope: MatchScope,
): Warning | undefined {
  const staffWithout = inputs.staff !== undefined && staff.length > 0 && staff.every((m) => m.school === undefined);
  const rollWithout = scope.schools.length === 0 && inputs.rolls.length > 0;
  if (!staffWithout && !rollWithout && inputs.staff !== undefined) return undefined;
  return {
    code: 'TRUST_WIDE_WITHOUT_SCHOOLS',
    args: {
      ...(staffWithout ? { staffList: inputs.staff!.name } : {}),
      ...(inputs.staff === undefined ? { noStaffList: true as const } : {}),
      ...(rollWithout ? { rolls: inputs.rolls.map((roll) => roll.name) } : {}),
    },
  };
}
