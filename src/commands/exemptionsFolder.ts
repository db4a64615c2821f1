import path from 'node:path';
import { formatISO } from 'date-fns/formatISO';
import { readPupils } from '../audit/readPupils.js';
import { WarningSink } from '../audit/WarningSink.js';
import { UserError } from '../errors.js';
import { nodeFileSystem } from '../io/FileSystem.js';
import { FOLDER_FILES, FOLDER_WORKBOOKS, folderHasRoll, loadAuditFolder } from '../io/loadAuditFolder.js';
import { readIfExists } from '../io/readIfExists.js';
import { textSourceFromBytes } from '../io/TextSource.js';
import type { WriteFileSystem } from '../io/WriteFileSystem.js';
import type { Exemption, Pupil, StaffMember } from '../model/records.js';
import type { AuditWarning } from '../model/report.js';
import type { TextSource } from '../model/sources.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { encodingAssumption } from '../read/encodingAssumption.js';
import { PupilIdsOnRoll } from '../read/pupilIdsOnRoll.js';
import type { ExemptionField } from '../read/readExemptions.js';
import { readExemptions } from '../read/readExemptions.js';
import { readStaff } from '../read/readStaff.js';
import { changeLogPath, lastChangeAuthor } from '../write/changeLog.js';
import { KeptFile } from '../write/KeptFile.js';
import { EXEMPTIONS_FILE } from '../write/keptFileKinds.js';
import { lockKeptFiles } from '../write/lockKeptFiles.js';
import { checkCanSave, saveEdits, saveOrRedo } from '../write/saveEdits.js';
import { type CliIO, isInteractive, resolvePath } from './CliIO.js';
import { inFolderTerms } from './inFolderTerms.js';
import { inOptionTerms } from './inOptionTerms.js';
import { recorderOf } from './missingOptions.js';
import { promptsWhenAsked } from './promptsWhenAsked.js';
import { say } from './say.js';

/** Options the exemptions commands share with `audit`: where the roll, staff and exemptions are. */
export interface FolderOptions {
  exemptions?: string;
  decisions?: string;
  roll?: string[];
  staff?: string;
}

/** Now, as the change logs record it: local time with its offset. */
export function changeTime(io: CliIO): string {
  return io.now?.() ?? formatISO(new Date());
}

/** The pupils on the roll and leavers lists, and the staff list if there is one. */
export interface People {
  pupils: Pupil[] | undefined;
  staff: StaffMember[] | undefined;
  /** How the files were read where the person should hear of it (a roll not in UTF-8), as `audit` says it. */
  warnings: AuditWarning[];
}

/** A file read as Mac Roman (or Windows-1252 with a Mac's line ends): the warning `audit` gives for it. */
function warnOfEncoding(sink: WarningSink, source: TextSource | undefined): void {
  const assumed = source && encodingAssumption(source);
  if (assumed) sink.add({ code: 'FILE_READ_WITH_ASSUMPTION', args: assumed }, source.name);
}

/** The warnings on standard error, one a line, as the text report marks them; the person acts on the output. */
export function sayWarnings(io: CliIO, warnings: readonly AuditWarning[]): void {
  // A Mac Excel folder has every file read the same way: said once, naming them all.
  const sources = new Map<string, string[]>();
  for (const w of warnings)
    sources.set(w.message, [...(sources.get(w.message) ?? []), ...(w.source ? [w.source] : [])]);
  for (const [message, files] of sources) {
    const named =
      files.length > 1
        ? `${files.slice(0, -1).join(', ')} and ${files.at(-1)}: each `
        : files[0]
          ? `${files[0]}: `
          : '';
    say(io.stderr, `! ${named}${message}`);
  }
}

/** A folder named that is not there (most often a slip of its name): said before anything is read or locked. */
async function checkFolderThere(io: CliIO, folder: string | undefined): Promise<void> {
  if (folder === undefined || (await nodeFileSystem.kind(resolvePath(io, folder))) !== null) return;
  throw new UserError(`${folder}: no such folder`, {
    hint: 'Give the audit folder, the one that holds the roll and the staff list, or check its name.',
  });
}

export async function loadPeople(
  io: CliIO,
  folder: string | undefined,
  options: FolderOptions,
  needRoll: boolean,
): Promise<People> {
  await checkFolderThere(io, folder);
  const hasRoll =
    !!options.roll?.length || (folder !== undefined && (await folderHasRoll(nodeFileSystem, resolvePath(io, folder))));
  if (!hasRoll && !needRoll) {
    const staff =
      options.staff ?? (folder !== undefined ? path.join(resolvePath(io, folder), FOLDER_FILES.staff) : undefined);
    const staffKind = staff === undefined ? null : await nodeFileSystem.kind(resolvePath(io, staff));
    const source = staff && staffKind === 'file' ? nodeFileSystem.source(resolvePath(io, staff), staff) : undefined;
    const sink = new WarningSink();
    const read = source ? await readStaff(source) : undefined;
    warnOfEncoding(sink, source);
    return { pupils: undefined, staff: read, warnings: sink.list };
  }
  const paths = {
    ...(folder !== undefined ? { folder: resolvePath(io, folder) } : {}),
    ...(options.roll?.length ? { rolls: options.roll.map((p) => resolvePath(io, p)) } : {}),
    ...(options.staff ? { staff: resolvePath(io, options.staff) } : {}),
  };
  // A file of the folder is named in errors from where the folder was typed, as the report does not.
  const asTyped = (error: unknown): never => {
    throw inFolderTerms(error, folder, Object.values(paths).flat());
  };
  const inputs = await loadAuditFolder(nodeFileSystem, paths).catch((error: unknown) => asTyped(inOptionTerms(error)));
  const sink = new WarningSink();
  // Two-digit years are read near today, the day the link is recorded.
  const pupils = await readPupils(inputs.rolls, sink, io.today()).catch(asTyped);
  const staff = inputs.staff ? await readStaff(inputs.staff).catch(asTyped) : undefined;
  warnOfEncoding(sink, inputs.staff);
  // Only how the files were read: the roll's other warnings are the audit's to give.
  return { pupils, staff, warnings: sink.list.filter((w) => w.code === 'FILE_READ_WITH_ASSUMPTION') };
}

/** The roll's pupil ids, as the audit takes the kept files' ids (none where no roll was read: ids as given). */
export function rollIds(people: Pick<People, 'pupils'> | undefined): PupilIdsOnRoll {
  return new PupilIdsOnRoll((people?.pupils ?? []).map((pupil) => pupil.id));
}

/** exemptions.csv (or --exemptions FILE), opened for editing, with the links it holds. */
export interface OpenExemptions {
  file: KeptFile<ExemptionField>;
  /** As the person typed it or knows it. */
  name: string;
  /** Their pupil ids as the audit takes them: one Excel saved without its leading zeros is the roll's. */
  exemptions: Exemption[];
  /** The day it was read, by which two-digit years are read when it is read again. */
  today: string;
  /** exemptions.csv read as Mac Roman, or Windows-1252 with a Mac's line ends; ids taken as the roll's. */
  warnings: AuditWarning[];
  /** The file's rows for a link, matched as the audit reads them (`123` is the roll's `00123`). */
  linkRows(staffId: string, pupilId: string): (get: (field: ExemptionField) => string | undefined) => boolean;
}

/** `roll`: the pupils' ids, where the command read a roll, so that its links are the ones the audit applies. */
export async function openExemptionsFile(
  io: CliIO,
  folder: string | undefined,
  options: FolderOptions,
  roll: PupilIdsOnRoll = rollIds(undefined),
): Promise<OpenExemptions> {
  const name = keptFilePath(folder, options.exemptions, FOLDER_FILES.exemptions, '--exemptions');
  await refuseWorkbookOnly(io, folder, options.exemptions);
  const file = await KeptFile.open(resolvePath(io, name), name, EXEMPTIONS_FILE);
  return readOpened(file, name, roll, io.today());
}

/** The links of a file opened before the roll was read, read again with it (the file as opened, not as it is now). */
export function withRoll(opened: OpenExemptions, roll: PupilIdsOnRoll): Promise<OpenExemptions> {
  return readOpened(opened.file, opened.name, roll, opened.today);
}

/** `today`: by which a date Excel saved with a two-digit year (`1/9/26`) is read. */
async function readOpened(
  file: KeptFile<ExemptionField>,
  name: string,
  roll: PupilIdsOnRoll,
  today: string,
): Promise<OpenExemptions> {
  const source = file.original ? textSourceFromBytes(name, file.original) : undefined;
  const sink = new WarningSink();
  const exemptions = source
    ? await readExemptions(source, { roll, warn: (w, where) => sink.add(w, where) }, today)
    : [];
  warnOfEncoding(sink, source);
  return {
    file,
    name,
    today,
    exemptions,
    warnings: sink.list,
    linkRows: (staffId, pupilId) => (get) =>
      get('staffId') === staffId && roll.idOnRoll(get('pupilId') ?? '') === pupilId,
  };
}

/**
 * The audit reads exemptions.xlsx, but the tool keeps (writes) only exemptions.csv: recording
 * beside the workbook would start a second file the audit then refuses, so it is refused here.
 */
async function refuseWorkbookOnly(io: CliIO, folder: string | undefined, given: string | undefined): Promise<void> {
  if (given !== undefined || folder === undefined) return;
  const at = (name: string) => nodeFileSystem.kind(path.join(resolvePath(io, folder), name));
  if ((await at(FOLDER_WORKBOOKS.exemptions)) !== 'file' || (await at(FOLDER_FILES.exemptions)) !== null) return;
  throw new UserError(
    `${path.join(folder, FOLDER_WORKBOOKS.exemptions)}: the audit reads this workbook, but the tool records family links only in exemptions.csv`,
    {
      hint: 'Open it in Excel and save it as exemptions.csv ("CSV UTF-8"), then remove or rename the workbook, and record the link again. Nothing was changed.',
    },
  );
}

/** Where a file the tool keeps lives: the option, else the folder's file of that name. */
export function keptFilePath(
  folder: string | undefined,
  given: string | undefined,
  inFolder: string,
  option: string,
): string {
  if (given !== undefined) return given;
  if (folder !== undefined) return path.join(folder, inFolder);
  throw new UserError(`no audit folder or ${option} file given`, {
    hint: `Give the audit folder (it holds ${inFolder}), or name the file with ${option} FILE.`,
  });
}

/** The name last used to record a change beside these files, offered as the default. */
export async function rememberedRecorder(filePaths: readonly string[]): Promise<string | undefined> {
  return lastChangeAuthor(await Promise.all(filePaths.map((p) => readIfExists(changeLogPath(p)))));
}

/** How a command that changes exemptions.csv begins: the file, who is changing it, and whether anyone can be asked. */
export interface ExemptionsChange {
  interactive: boolean;
  opened: OpenExemptions;
  /** The name used for the last change beside the file. */
  remembered: string | undefined;
  /** --recorded-by, or where nothing can be asked, the remembered or login name. */
  recorder: string | undefined;
  /** Where the name is one fallen back on: the line saying whose, once every other option is there. */
  recorderNote: string | undefined;
  /** The prompts, on the terminal unless a test gave its own. */
  prompts(): PromptKit;
  /** Lets go of the file's lock: a script holds it from reading to saving; a person at a terminal only while saving. */
  release(): Promise<void>;
}

/**
 * Opens exemptions.csv for a change. A read-only file or log is refused before anything is asked.
 * Without a terminal the file stays locked until `release()`, so that runs at once queue up rather
 * than lose each other's rows; a person answering questions does not keep others waiting, and
 * their save is refused if the file changed meanwhile (saveEdits.ts).
 */
export async function startExemptionsChange(
  io: CliIO,
  folder: string | undefined,
  options: FolderOptions & { recordedBy?: string },
  kit?: PromptKit,
  purpose = 'exemptions',
): Promise<ExemptionsChange> {
  await checkFolderThere(io, folder);
  const interactive = kit !== undefined || isInteractive(io);
  const name = keptFilePath(folder, options.exemptions, FOLDER_FILES.exemptions, '--exemptions');
  await checkCanSave(resolvePath(io, name), name, io.writeFs);
  const release = interactive
    ? async () => undefined
    : await lockKeptFiles([{ path: resolvePath(io, name), name }], purpose);
  try {
    const opened = await openExemptionsFile(io, folder, options);
    // The name a review just used in this folder is as much the person's as one a link was recorded under.
    const decisions =
      folder !== undefined || options.decisions !== undefined
        ? [resolvePath(io, keptFilePath(folder, options.decisions, FOLDER_FILES.decisions, '--decisions'))]
        : [];
    const remembered = await rememberedRecorder([opened.file.path, ...decisions]);
    const { recorder, recorderNote } = recorderOf(options.recordedBy, interactive, remembered, io);
    const prompts = promptsWhenAsked(io, kit);
    return { interactive, opened, remembered, recorder, recorderNote, prompts, release };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Saves a person's change to exemptions.csv. Where someone else saved the file while they
 * answered, the change is made again on the file as it is now, rather than lost; `apply` says
 * whether there is still anything to write (false: the colleague's change made it moot).
 */
export async function saveExemptionsChange(
  opened: OpenExemptions,
  reopen: () => Promise<OpenExemptions>,
  apply: (into: OpenExemptions) => boolean,
  fs?: WriteFileSystem,
): Promise<{ written: boolean; changedMeanwhile: OpenExemptions | undefined }> {
  const { result, reopened } = await saveOrRedo(opened, reopen, async (into) => {
    if (!apply(into)) return false;
    await saveEdits([into.file.toEdit()], fs);
    return true;
  });
  return { written: result, changedMeanwhile: reopened };
}
