import { quote, UserError } from '../errors.js';
import type { Exemption, Pupil, StaffMember } from '../model/records.js';
import { pupilDisplayName, pupilScope } from '../policy/pupilScope.js';
import { typedPupilId } from './typedPupilId.js';

/** Whether the file holds a link between the ids as typed, each read as the roll's and staff list's are. */
export function linkRecorded(exemptions: readonly Exemption[], staffId?: string, pupilId?: string): boolean {
  if (staffId === undefined || pupilId === undefined) return false;
  const staff = staffId.toLowerCase();
  const pupils = exemptions.filter((e) => e.staffId.toLowerCase() === staff).map((e) => ({ id: e.pupilId }));
  const typed = typedPupilId(pupilId, pupils);
  return typed !== undefined && 'pupil' in typed;
}

/** A member of staff by id as typed, else in any case; without a staff list, the id alone. */
export function findStaff(staff: readonly StaffMember[] | undefined, id: string): StaffMember {
  if (!staff) return { id, name: id };
  const found = staff.find((m) => m.id === id) ?? staff.find((m) => m.id.toLowerCase() === id.toLowerCase());
  if (found) return found;
  const known = staff
    .slice(0, 8)
    .map((m) => `${m.id} (${m.name})`)
    .join(', ');
  throw new UserError(`--staff-id ${quote(id)}: no one on the staff list has that id`, {
    hint: `Staff ids look like: ${known}${staff.length > 8 ? ', …' : ''}. Run without --staff-id at a terminal to search by name.`,
  });
}

/** A pupil by the id audits use (UPN, or admission number where there is none), or by either. */
export function findPupil(pupils: readonly Pupil[], id: string, today: string): Pupil {
  // As typed, then by UPN or admission number, then as the roll's reader compares ids (`42` for `0042`).
  const typed = typedPupilId(id, pupils);
  const found =
    pupils.find((p) => p.id === id) ??
    pupils.find((p) => p.upn === id || p.admissionNumber === id) ??
    (typed && 'pupil' in typed ? typed.pupil : undefined);
  if (!found && typed && 'several' in typed)
    throw new UserError(
      `--pupil-id ${quote(id)} fits several pupils (${typed.several.map((p) => `${p.id} ${pupilDisplayName(p)}`).join('; ')})`,
      { hint: `Give one id as the roll has it, e.g. --pupil-id ${typed.several[0]!.id}.` },
    );
  if (!found)
    throw new UserError(
      `--pupil-id ${quote(id)}: no pupil on the roll or leavers list has that UPN or admission number`,
      { hint: 'Run without --pupil-id at a terminal to search by name.' },
    );
  if (!pupilScope(found, today).inScope) {
    throw new UserError(
      `--pupil-id ${quote(id)}: ${pupilDisplayName(found)} is a former pupil aged 18 or over, whom the policy no longer covers, so no family link is needed`,
      {
        hint: 'Nothing needs recording: audits leave former pupils aged 18 or over out. Check the id if you meant another pupil.',
      },
    );
  }
  return found;
}
