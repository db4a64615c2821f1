import { forenameForms } from '../audit/forenameForms.js';
import { FileChangedError, quote, UserError } from '../errors.js';
import type { Pupil, StaffMember } from '../model/records.js';
import { pupilDisplayName, pupilScope } from '../policy/pupilScope.js';
import {
  type AddExemptionGiven,
  type AddExemptionResult,
  addExemptionFlow,
  alreadyRecorded,
  findExemption,
} from '../prompts/addExemptionFlow.js';
import { defaultReviewOn, type LinkGiven, linkSummary, parseReviewOn, toExemption } from '../prompts/linkDetails.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { pupilLabel, staffLabel } from '../prompts/pickers.js';
import { parseRelationship } from '../prompts/relationships.js';
import { exemptionValues } from '../write/keptFileKinds.js';
import { saveEdits } from '../write/saveEdits.js';
import type { CliIO } from './CliIO.js';
import {
  changeTime,
  type ExemptionsChange,
  type FolderOptions,
  loadPeople,
  type OpenExemptions,
  openExemptionsFile,
  sayWarnings,
  startExemptionsChange,
} from './exemptionsFolder.js';
import { missingOptions, recorderFallback } from './missingOptions.js';
import { say } from './say.js';

export interface ExemptionsAddOptions extends FolderOptions {
  staffId?: string;
  pupilId?: string;
  relationship?: string;
  recordedBy?: string;
  reviewOn?: string;
  note?: string;
  yes?: boolean;
}

/**
 * Records a declared family link. At a terminal, whatever the options leave open is asked; in a
 * script every value comes from options, and a missing one is an error, never a wait for input.
 */
export async function exemptionsAdd(
  folder: string | undefined,
  options: ExemptionsAddOptions,
  io: CliIO,
  kit?: PromptKit,
): Promise<number> {
  const today = io.today();
  const given = linkGiven(options, today);
  const change = await startExemptionsChange(io, folder, options, kit, 'exemptions add');
  try {
    return await addLink(change, given, folder, options, io);
  } finally {
    await change.release();
  }
}

async function addLink(
  { interactive, opened, remembered, recorder, prompts }: ExemptionsChange,
  given: LinkGiven,
  folder: string | undefined,
  options: ExemptionsAddOptions,
  io: CliIO,
): Promise<number> {
  const today = io.today();
  if (!interactive) {
    missingOptions('exemptions add', [
      ['--staff-id', options.staffId],
      ['--pupil-id', options.pupilId],
      ['--relationship', options.relationship],
      ['--recorded-by', recorder],
    ]);
  }
  const people = await loadPeople(io, folder, options, true);
  // Before anything is asked: a roll read with the wrong letters would show wrong names to pick from.
  sayWarnings(io, [...people.warnings, ...opened.warnings]);
  const pupils = people.pupils ?? [];
  const staff = options.staffId === undefined ? undefined : findStaff(people.staff, options.staffId);
  const pupil = options.pupilId === undefined ? undefined : findPupil(pupils, options.pupilId, today);
  const flowGiven: AddExemptionGiven = {
    ...given,
    ...(recorder ? { recordedBy: recorder } : {}),
    ...(staff ? { staff } : {}),
    ...(pupil ? { pupil } : {}),
    ...(options.yes ? { yes: true } : {}),
  };

  const out = (text: string): void => say(io.stdout, text);
  let result: AddExemptionResult;
  if (interactive) {
    const fallback = remembered ?? recorderFallback(undefined, io);
    result = await addExemptionFlow(
      prompts(),
      {
        staff: people.staff,
        pupils,
        existing: opened.exemptions,
        today,
        fileName: opened.name,
        // Typing "Alfie" finds Alfred: the matcher's own nickname table, in both directions.
        nameForms: forenameForms(),
        ...(fallback ? { rememberedRecorder: fallback } : {}),
      },
      flowGiven,
    );
  } else {
    const existing = findExemption(opened.exemptions, staff!.id, pupil!.id);
    if (existing) {
      out(alreadyRecorded(staffLabel(staff!), pupilLabel(pupil!, today), existing));
      return 0;
    }
    const exemption = toExemption(
      staff!.id,
      pupil!.id,
      {
        relationship: given.relationship!,
        recordedBy: recorder!,
        reviewOn: given.reviewOn ?? defaultReviewOn(today),
        ...(given.note ? { note: given.note } : {}),
      },
      today,
    );
    out(`Recording this family link in ${opened.name}:`);
    out(linkSummary(staffLabel(staff!), pupilLabel(pupil!, today), exemption).join('\n'));
    result = { kind: 'record' as const, exemption, staff: staff!, pupil: pupil! };
  }
  if (result.kind !== 'record') return 0;

  const { exemption } = result;
  const record = async (into: OpenExemptions): Promise<void> => {
    into.file.add(exemptionValues(exemption), { by: exemption.recordedBy!, at: changeTime(io) });
    await saveEdits([into.file.toEdit()], io.writeFs);
  };
  try {
    await record(opened);
  } catch (error) {
    if (!(error instanceof FileChangedError)) throw error;
    // Someone else saved a change while this person answered: the link goes into the file as it is now.
    const now = await openExemptionsFile(io, folder, options);
    const existing = findExemption(now.exemptions, exemption.staffId, exemption.pupilId);
    if (existing) {
      out(`${now.name} changed while you were answering.`);
      out(alreadyRecorded(staffLabel(result.staff), pupilLabel(result.pupil, today), existing));
      return 0;
    }
    await record(now);
    out(
      `${now.name} changed while you were answering (another change was saved); your link is added to it as it is now.`,
    );
  }
  out(
    `Recorded. From the next audit on, ${result.staff.name}'s connections with ${pupilDisplayName(result.pupil)} are listed under the family links that exclude them.`,
  );
  return 0;
}

/** The answers options give, checked before anything is asked. */
export function linkGiven(
  options: { relationship?: string; reviewOn?: string; note?: string; recordedBy?: string },
  today: string,
): LinkGiven {
  const given: LinkGiven = {};
  if (options.relationship !== undefined) given.relationship = parseRelationship(options.relationship);
  if (options.reviewOn !== undefined) {
    const parsed = parseReviewOn(options.reviewOn, today);
    if ('problem' in parsed) throw new UserError(`--review-on: ${parsed.problem}`);
    given.reviewOn = parsed.iso;
  }
  if (options.note !== undefined) given.note = options.note.trim();
  return given;
}

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
  const found = pupils.find((p) => p.id === id) ?? pupils.find((p) => p.upn === id || p.admissionNumber === id);
  if (!found)
    throw new UserError(
      `--pupil-id ${quote(id)}: no pupil on the roll or leavers list has that UPN or admission number`,
      { hint: 'Run without --pupil-id at a terminal to search by name.' },
    );
  if (!pupilScope(found, today).inScope) {
    throw new UserError(
      `--pupil-id ${quote(id)}: ${pupilDisplayName(found)} is a former pupil aged 18 or over, whom the policy no longer covers, so no family link is needed`,
    );
  }
  return found;
}
