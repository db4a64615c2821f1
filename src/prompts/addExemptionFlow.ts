import { longDate } from '../audit/display.js';
import type { Exemption, Pupil, StaffMember } from '../model/records.js';
import {
  askLinkDetails,
  askRecordedBy,
  askReviewOn,
  describeExisting,
  type LinkGiven,
  linkSummary,
  renewed,
  toExemption,
} from './linkDetails.js';
import type { PromptKit } from './PromptKit.js';
import { type NameForms, pickPupil, pickStaff, pupilLabel, staffLabel } from './pickers.js';

export interface AddExemptionContext {
  /** Undefined when the folder has no staff list: the staff id is then typed. */
  staff: readonly StaffMember[] | undefined;
  pupils: readonly Pupil[];
  existing: readonly Exemption[];
  today: string;
  rememberedRecorder?: string;
  /** The file as the person knows it, for the summary. */
  fileName: string;
  nameForms?: NameForms;
}

export interface AddExemptionGiven extends LinkGiven {
  staff?: StaffMember;
  pupil?: Pupil;
  /** --yes: no confirmation asked. */
  yes?: boolean;
}

export type AddExemptionResult =
  | { kind: 'record'; exemption: Exemption; staff: StaffMember; pupil: Pupil }
  | { kind: 'duplicate'; existing: Exemption }
  /** An existing link confirmed to still apply, with its next review date. */
  | { kind: 'renew'; exemption: Exemption; by: string; staff: StaffMember; pupil: Pupil }
  | { kind: 'declined' };

/**
 * `exemptions add` at a terminal: pick the member of staff and the pupil, then the relationship,
 * who is recording it, the review date and a note; show a summary and ask before recording.
 * Questions already answered by options are skipped. Nothing is written here.
 */
export async function addExemptionFlow(
  kit: PromptKit,
  context: AddExemptionContext,
  given: AddExemptionGiven = {},
): Promise<AddExemptionResult> {
  const staff = given.staff ?? (context.staff ? await pickStaff(kit, context.staff) : await askStaffId(kit));
  const pupil = given.pupil ?? (await pickPupil(kit, context.pupils, context.today, context.nameForms));
  const existing = findExemption(context.existing, staff.id, pupil.id);
  if (existing) {
    kit.say(alreadyRecorded(staffLabel(staff), pupilLabel(pupil, context.today), existing));
    // A link past its review date is renewed here, once the member of staff says it still applies.
    if (!(existing.reviewOn && existing.reviewOn <= context.today) && given.reviewOn === undefined) {
      kit.say('Nothing was written.');
      return { kind: 'duplicate', existing };
    }
    const message = existing.reviewOn
      ? `Its review date, ${longDate(existing.reviewOn)}, has passed. Has the member of staff confirmed it still applies?`
      : 'Has the member of staff confirmed it still applies?';
    if (!(await kit.confirm({ message, default: false }))) {
      kit.say('Nothing was written.');
      return { kind: 'duplicate', existing };
    }
    const by = given.recordedBy ?? (await askRecordedBy(kit, context.rememberedRecorder));
    const reviewOn = given.reviewOn ?? (await askReviewOn(kit, context));
    return { kind: 'renew', exemption: renewed(existing, reviewOn, by, context.today), by, staff, pupil };
  }
  const details = await askLinkDetails(kit, given, {
    today: context.today,
    ...(context.rememberedRecorder ? { rememberedRecorder: context.rememberedRecorder } : {}),
  });
  const exemption = toExemption(staff.id, pupil.id, details, context.today);
  kit.say(`\nAbout to record this family link in ${context.fileName}:`);
  kit.say(linkSummary(staffLabel(staff), pupilLabel(pupil, context.today), exemption).join('\n'));
  if (!given.yes && !(await kit.confirm({ message: 'Record it?', default: true }))) {
    kit.say('Nothing was recorded.');
    return { kind: 'declined' };
  }
  return { kind: 'record', exemption, staff, pupil };
}

export function findExemption(
  exemptions: readonly Exemption[],
  staffId: string,
  pupilId: string,
): Exemption | undefined {
  return exemptions.find((e) => e.staffId === staffId && e.pupilId === pupilId);
}

export function alreadyRecorded(staff: string, pupil: string, existing: Exemption): string {
  return `Already recorded: ${staff} and ${pupil}: ${describeExisting(existing)}${existing.reviewOn ? `, to be reviewed on ${longDate(existing.reviewOn)}` : ''}.`;
}

async function askStaffId(kit: PromptKit): Promise<StaffMember> {
  const id = (
    await kit.input({ message: 'Staff id (as the connection lists give it; there is no staff.csv)', required: true })
  ).trim();
  return { id, name: id };
}
