import { longDate } from '../audit/display.js';
import { forenameForms } from '../audit/forenameForms.js';
import { UserError } from '../errors.js';
import type { Exemption, Pupil, StaffMember } from '../model/records.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import {
  type AddExemptionGiven,
  type AddExemptionResult,
  addExemptionFlow,
  alreadyRecorded,
  findExemption,
} from '../prompts/addExemptionFlow.js';
import {
  defaultReviewOn,
  type LinkGiven,
  linkSummary,
  parseReviewOn,
  renewed,
  toExemption,
} from '../prompts/linkDetails.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { pupilLabel, staffLabel } from '../prompts/pickers.js';
import { parseRelationship } from '../prompts/relationships.js';
import { optionRefusal, typedDateHint } from '../prompts/typedDate.js';
import { exemptionValues } from '../write/keptFileKinds.js';
import type { CliIO } from './CliIO.js';
import {
  changeTime,
  type ExemptionsChange,
  type FolderOptions,
  loadPeople,
  type OpenExemptions,
  openExemptionsFile,
  rollIds,
  saveExemptionsChange,
  sayWarnings,
  startExemptionsChange,
  withRoll,
} from './exemptionsFolder.js';
import { findPupil, findStaff, linkRecorded } from './linkPeople.js';
import { missingOptions } from './missingOptions.js';
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
  { interactive, opened: asOpened, remembered, recorder, recorderNote, prompts }: ExemptionsChange,
  given: LinkGiven,
  folder: string | undefined,
  options: ExemptionsAddOptions,
  io: CliIO,
): Promise<number> {
  const today = io.today();
  // A link already recorded, given a new review date, is renewed: its relationship is known. The ids are compared
  // as findStaff and findPupil read them (`123` for the file's `00123`), before the roll is read to say whose they are.
  const renewing = given.reviewOn !== undefined && linkRecorded(asOpened.exemptions, options.staffId, options.pupilId);
  if (!interactive) {
    missingOptions('exemptions add', [
      ['--staff-id', options.staffId],
      ['--pupil-id', options.pupilId],
      ['--relationship', renewing || options.relationship],
      ['--recorded-by', recorder],
    ]);
    if (recorderNote) say(io.stderr, recorderNote);
  }
  const people = await loadPeople(io, folder, options, true);
  // A link Excel saved without the pupil id's leading zeros is this pupil's, as the audit takes it: renewed, not recorded twice.
  const roll = rollIds(people);
  const opened = await withRoll(asOpened, roll);
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
        ...(remembered ? { rememberedRecorder: remembered } : {}),
      },
      flowGiven,
    );
  } else {
    const existing = findExemption(opened.exemptions, staff!.id, pupil!.id);
    if (existing && given.reviewOn === undefined) {
      out(`${alreadyRecorded(staffLabel(staff!), pupilLabel(pupil!, today), existing)} Nothing was written.`);
      if (existing.reviewOn && existing.reviewOn <= today)
        out(
          'Its review date has passed: once the member of staff confirms it still applies, give the next one with --review-on DATE.',
        );
      return 0;
    }
    result = existing
      ? {
          kind: 'renew',
          exemption: renewed(existing, given.reviewOn!, recorder!, today),
          by: recorder!,
          staff: staff!,
          pupil: pupil!,
        }
      : recordFromOptions(opened.name, staff!, pupil!, given, recorder!, today, out);
  }
  if (result.kind !== 'record' && result.kind !== 'renew') return 0;

  const { exemption, kind } = result;
  const author = { by: result.kind === 'renew' ? result.by : exemption.recordedBy!, at: changeTime(io) };
  const same = (into: OpenExemptions) => findExemption(into.exemptions, exemption.staffId, exemption.pupilId);
  const asAnswered = same(opened);
  const { written, changedMeanwhile } = await saveExemptionsChange(
    opened,
    () => openExemptionsFile(io, folder, options, roll),
    (into) => {
      // Read afresh: a link the colleague recorded too is not added twice, nor one they removed renewed.
      if (into !== opened && (kind === 'record') === (same(into) !== undefined)) return false;
      if (kind === 'renew') {
        // Renewed as the file holds it now: a colleague's change meanwhile is kept, not written over with the old link.
        const now = same(into)!;
        if (now.reviewOn === exemption.reviewOn && !sameLink(now, asAnswered)) return false;
        const values = exemptionValues(renewed(now, exemption.reviewOn!, author.by, today));
        into.file.replace(into.linkRows(exemption.staffId, exemption.pupilId), values, author);
      } else into.file.add(exemptionValues(exemption), author);
      return true;
    },
    io.writeFs,
  );
  const renewedTheirs = kind === 'renew' && changedMeanwhile && written ? same(changedMeanwhile) : undefined;
  // The colleague's link stands: its recorder, date and review date are said, since yours may differ.
  const theirs = changedMeanwhile && !written ? same(changedMeanwhile) : undefined;
  const already = theirs && alreadyRecorded(staffLabel(result.staff), pupilLabel(result.pupil, today), theirs);
  const replacing = theirs !== undefined && kind === 'record' && interactive && linksDiffer(theirs, exemption);
  if (changedMeanwhile && replacing) {
    // Another relationship or note than yours: which is right is the person's to say, as at review (no, unless they say so).
    out(`${changedMeanwhile.name} changed while you were answering, and this link is recorded there now. ${already}`);
    if (!(await prompts().confirm({ message: 'Replace it with yours?', default: false }))) {
      out('The link stays as it is recorded; yours is not saved. Nothing was written.');
      return 0;
    }
    const replaced = await saveExemptionsChange(
      changedMeanwhile,
      () => openExemptionsFile(io, folder, options, roll),
      (into) => {
        // Removed meanwhile again: there is nothing of theirs left to replace.
        if (same(into) === undefined) return false;
        into.file.replace(into.linkRows(exemption.staffId, exemption.pupilId), exemptionValues(exemption), author);
        return true;
      },
      io.writeFs,
    );
    if (!replaced.written) {
      out(`${opened.name} changed again, and this link was removed from it; nothing was written.`);
      return 0;
    }
  } else if (renewedTheirs && !sameLink(renewedTheirs, asAnswered)) {
    const theirsNow = alreadyRecorded(staffLabel(result.staff), pupilLabel(result.pupil, today), renewedTheirs);
    out(
      `${changedMeanwhile!.name} changed while you were answering, and this link with it. ${theirsNow} Yours renews it as it is now.`,
    );
  } else if (changedMeanwhile)
    out(
      written
        ? `${changedMeanwhile.name} changed while you were answering (another change was saved); yours is added to it as it is now.`
        : theirs
          ? `${changedMeanwhile.name} changed while you were answering, and this link is recorded there now; nothing was written. ${already}`
          : `${changedMeanwhile.name} changed while you were answering, and this link was removed from it; nothing was written.`,
    );
  if (!written && !replacing) return 0;
  out(
    kind === 'renew'
      ? `Kept: ${result.staff.name}’s family link with ${pupilDisplayName(result.pupil)} is to be reviewed again on ${longDate(exemption.reviewOn!)}.`
      : `Recorded. From the next audit on, ${result.staff.name}’s connections with ${pupilDisplayName(result.pupil)} are listed under the family links that exclude them.`,
  );
  return 0;
}

/** Whether a link in the file is as it was when the person began: no colleague changed or renewed it meanwhile. */
function sameLink(now: Exemption, then: Exemption | undefined): boolean {
  const { source: _now, ...fields } = now;
  const { source: _then, ...before } = then ?? {};
  return JSON.stringify(fields) === JSON.stringify(before);
}

/** Whether a colleague's link between the same two people says something else than the one just answered. */
function linksDiffer(theirs: Exemption, mine: Exemption): boolean {
  return theirs.relationship !== mine.relationship || (theirs.note ?? '') !== (mine.note ?? '');
}

/** A new link from options alone, its summary shown as it is recorded. */
function recordFromOptions(
  fileName: string,
  staff: StaffMember,
  pupil: Pupil,
  given: LinkGiven,
  recordedBy: string,
  today: string,
  out: (text: string) => void,
): AddExemptionResult {
  const details = {
    relationship: given.relationship!,
    recordedBy,
    reviewOn: given.reviewOn ?? defaultReviewOn(today),
    ...(given.note ? { note: given.note } : {}),
  };
  const exemption = toExemption(staff.id, pupil.id, details, today);
  out(`Recording this family link in ${fileName}:`);
  out(linkSummary(staffLabel(staff), pupilLabel(pupil, today), exemption).join('\n'));
  return { kind: 'record', exemption, staff, pupil };
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
    if ('problem' in parsed)
      throw new UserError(optionRefusal('--review-on', options.reviewOn, parsed.problem), {
        hint: typedDateHint('--review-on', 'a date after today to review the link on', defaultReviewOn(today)),
      });
    given.reviewOn = parsed.iso;
  }
  if (options.note !== undefined) given.note = options.note.trim();
  return given;
}
