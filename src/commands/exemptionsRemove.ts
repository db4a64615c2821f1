import { linksOnce } from '../audit/linksOnce.js';
import { quote, UserError } from '../errors.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { pupilLabel, staffLabel } from '../prompts/pickers.js';
import { type LinkChoice, removeExemptionFlow } from '../prompts/removeExemptionFlow.js';
import { describeLinkRows } from '../report/linkRowsWording.js';
import { shellWord } from '../report/wording.js';
import type { CliIO } from './CliIO.js';
import {
  changeTime,
  type ExemptionsChange,
  type FolderOptions,
  loadPeople,
  openExemptionsFile,
  rollIds,
  saveExemptionsChange,
  sayWarnings,
  startExemptionsChange,
  withRoll,
} from './exemptionsFolder.js';
import { missingOptions } from './missingOptions.js';
import { say } from './say.js';

export interface ExemptionsRemoveOptions extends FolderOptions {
  staffId?: string;
  pupilId?: string;
  recordedBy?: string;
  yes?: boolean;
}

/** Removes a recorded family link: picked at a terminal, or named by --staff-id and --pupil-id with --yes. */
export async function exemptionsRemove(
  folder: string | undefined,
  options: ExemptionsRemoveOptions,
  io: CliIO,
  kit?: PromptKit,
): Promise<number> {
  const change = await startExemptionsChange(io, folder, options, kit, 'exemptions remove');
  try {
    return await removeLink(change, options, folder, io);
  } finally {
    await change.release();
  }
}

async function removeLink(
  { interactive, opened: asOpened, remembered, recorder: removedBy, recorderNote, prompts }: ExemptionsChange,
  options: ExemptionsRemoveOptions,
  folder: string | undefined,
  io: CliIO,
): Promise<number> {
  const today = io.today();
  if (!interactive) {
    missingOptions('exemptions remove', [
      ['--staff-id', options.staffId],
      ['--pupil-id', options.pupilId],
      ['--recorded-by', removedBy],
      ['--yes', options.yes],
    ]);
    if (recorderNote) say(io.stderr, recorderNote);
  }
  const out = (text: string): void => say(io.stdout, text);
  const named = options.staffId !== undefined || options.pupilId !== undefined;
  if (asOpened.exemptions.length === 0) {
    if (named) throw noSuchLink(options, asOpened.name, folder);
    out(`No family links are recorded in ${asOpened.name}; nothing was changed.`);
    return 0;
  }
  const people = await loadPeople(io, folder, options, false);
  // The links as the audit applies them: a pupil id Excel saved without its leading zeros is the roll's.
  const roll = rollIds(people);
  const opened = await withRoll(asOpened, roll);
  const pupilId = options.pupilId === undefined ? undefined : roll.idOnRoll(options.pupilId);
  sayWarnings(io, [...people.warnings, ...opened.warnings]);
  // A link recorded on several rows is one choice: removing it removes them all.
  const links: LinkChoice[] = linksOnce(opened.exemptions).map(({ exemption, rows }) => {
    const staff = people.staff?.find((m) => m.id === exemption.staffId);
    const pupil = people.pupils?.find((p) => p.id === exemption.pupilId);
    return {
      exemption,
      staff: staff ? staffLabel(staff) : exemption.staffId,
      pupil: pupil ? pupilLabel(pupil, today) : exemption.pupilId,
      staffName: staff?.name ?? exemption.staffId,
      pupilName: pupil ? pupilDisplayName(pupil) : exemption.pupilId,
      ...(rows.length > 1
        ? {
            rowsNote: describeLinkRows(
              opened.name,
              rows.map((row) => row.source?.line ?? 0),
            ),
          }
        : {}),
      // Without a roll there is no telling: the link is taken to name a pupil.
      ...(!pupil && people.pupils !== undefined ? { pupilUnknown: true } : {}),
    };
  });
  // One id narrows the list to pick from; both name the link.
  const candidates = links.filter(
    (l) =>
      (options.staffId === undefined || l.exemption.staffId === options.staffId) &&
      (pupilId === undefined || l.exemption.pupilId === pupilId),
  );
  if (candidates.length === 0) throw noSuchLink(options, opened.name, folder);
  const link = options.staffId !== undefined && pupilId !== undefined ? candidates[0] : undefined;
  const result = interactive
    ? await removeExemptionFlow(prompts(), candidates, {
        ...(link ? { link } : {}),
        ...(removedBy ? { removedBy } : {}),
        ...(options.yes ? { yes: true } : {}),
        ...(remembered ? { rememberedRecorder: remembered } : {}),
      })
    : { kind: 'remove' as const, exemption: link!.exemption, removedBy: removedBy! };
  if (result.kind !== 'remove') return 0;

  const { staffId, pupilId: removed } = result.exemption;
  const author = { by: result.removedBy, at: changeTime(io) };
  const { written, changedMeanwhile } = await saveExemptionsChange(
    opened,
    () => openExemptionsFile(io, folder, options, roll),
    (into) => into.file.remove(into.linkRows(staffId, removed), author).length > 0,
    io.writeFs,
  );
  if (!written) {
    out(
      `${changedMeanwhile?.name ?? opened.name} changed while you were answering, and the link is no longer in it; nothing was written.`,
    );
    return 0;
  }
  // Named as people where the staff list and roll know them, not by id.
  const staffName = people.staff?.find((m) => m.id === staffId)?.name ?? `staff ${staffId}`;
  const pupil = people.pupils?.find((p) => p.id === removed);
  out(
    `Removed the family link between ${staffName} and ${pupil ? pupilDisplayName(pupil) : `pupil ${removed}`} from ${opened.name}.`,
  );
  return 0;
}

/** A link named by id that is not recorded: exit 2, so that a script never takes it for removed. */
function noSuchLink(options: ExemptionsRemoveOptions, file: string, folder: string | undefined): UserError {
  const staff = options.staffId === undefined ? 'any member of staff' : `staff ${quote(options.staffId)}`;
  const pupil = options.pupilId === undefined ? 'any pupil' : `pupil ${quote(options.pupilId)}`;
  return new UserError(`no family link between ${staff} and ${pupil} is recorded in ${file}; nothing was changed`, {
    // The folder as typed: the command can be copied as it stands.
    hint: `See the links recorded, with their ids, with \`social-audit exemptions list${folder === undefined ? '' : ` ${shellWord(folder)}`}\`.`,
  });
}
