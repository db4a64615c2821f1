import path from 'node:path';
import { UserError } from '../errors.js';
import type { AuditInputs, ConnectionSource } from '../model/AuditInputs.js';
import { type FileRole, recogniseFile } from '../read/rolls/recogniseFile.js';
import type { FileSource } from '../read/rolls/TableImporter.js';
import { connectionFiles } from './connectionFiles.js';
import { displayPath, type FileSystem } from './FileSystem.js';
import { unreadSpreadsheets } from './unreadSpreadsheets.js';

/** The files of an audit as given on the command line; each replaces the folder's file of that kind. */
export interface AuditPaths {
  folder?: string;
  rolls?: string[];
  staff?: string;
  exemptions?: string;
  decisions?: string;
  connections?: string[];
}

/** Where the audit folder's convention (README, "Input files") puts each file. */
export const FOLDER_FILES = {
  rolls: ['roll.csv', 'leavers.csv', 'roll.xlsx', 'leavers.xlsx'],
  staff: 'staff.csv',
  exemptions: 'exemptions.csv',
  decisions: 'decisions.csv',
  connections: ['connections.csv', 'connections', 'connections.zip'],
} as const;

/** How messages name each input of `AuditPaths`; a command adds its option's name (errors' `input`). */
export const INPUT_NAMES = {
  folder: 'audit folder',
  rolls: 'roll',
  staff: 'staff list',
  exemptions: 'exemptions file',
  decisions: 'decisions file',
  connections: 'connection list',
} as const satisfies Record<keyof AuditPaths, string>;

/** A file given that is not there: most often a slip of the name, or a path from another folder. */
const NOT_THERE =
  'Check its name and the folder it is in: a name without a folder is looked for in the folder the command is run in.';

/** Workbooks read in place of the CSV file of the same name (the tool writes only CSV). */
export const FOLDER_WORKBOOKS = { staff: 'staff.xlsx', exemptions: 'exemptions.xlsx' } as const;

/** Files of the folder looked at for what they hold, whatever their name (a CTF, `Pupils export (3).xlsx`). */
const RECOGNISABLE = /\.(csv|tsv|txt|xlsx|xml)$/i;
/** Files the tool writes or keeps, never inputs to recognise. */
const KEPT = /^(exemptions|decisions)(-log)?\.csv$|-log\.csv$/i;

/**
 * Resolves an audit folder and options to lazily read inputs; a roll is required. No connection
 * list is the audit command's to refuse, once the roll has been read (its errors come first).
 */
export async function loadAuditFolder(
  fs: FileSystem,
  paths: AuditPaths,
): Promise<AuditInputs & { folder?: string; files: string[] }> {
  const folder = paths.folder;
  if (folder !== undefined) {
    const kind = await fs.kind(folder);
    if (kind === null)
      throw new UserError(`${folder}: no such folder`, {
        hint: 'Give the audit folder that holds roll.csv, staff.csv and the connection lists.',
        input: 'folder',
      });
    // Not read as the folder it holds: review and exemptions keep decisions.csv and exemptions.csv in the audit
    // folder, and a ZIP cannot be written in place.
    if (kind !== 'directory' && /\.zip$/i.test(folder))
      throw new UserError(`${folder}: is a ZIP file, not an audit folder`, {
        hint: 'Unzip it and give the folder it holds: the audit folder is where review and exemptions keep their decisions and family links. Staff’s connection lists may stay zipped, as connections.zip in the folder.',
        input: 'folder',
      });
    if (kind !== 'directory')
      throw new UserError(`${folder}: is a file, not an audit folder`, {
        hint: 'Give the folder, or give the file as a roll or a connection list.',
        input: 'folder',
      });
  }
  const inFolder = async (name: string): Promise<string | undefined> => {
    if (folder === undefined) return undefined;
    const full = path.join(folder, name);
    return (await fs.kind(full)) === null ? undefined : full;
  };
  const requireFile = async (file: string, input: keyof typeof INPUT_NAMES): Promise<string> => {
    const kind = await fs.kind(file);
    if (kind === null) throw new UserError(`${INPUT_NAMES[input]} ${file}: no such file`, { hint: NOT_THERE, input });
    if (kind !== 'file')
      throw new UserError(`${INPUT_NAMES[input]} ${file}: is a folder, not a file`, {
        hint: 'Give a file (CSV, Excel workbook or MIS XML).',
        input,
      });
    return file;
  };
  // Bytes as well as text: a workbook is read from its bytes.
  const source = (file: string): FileSource => ({
    ...fs.source(file, displayPath(file, folder)),
    bytes: () => fs.readBytes(file),
  });
  const recognised = folder !== undefined ? await recogniseFolder(fs, folder, source) : new Map<FileRole, string[]>();

  const rollPaths = paths.rolls?.length
    ? await Promise.all(paths.rolls.map((file) => requireFile(file, 'rolls')))
    : await folderRolls(fs, folder, inFolder, recognised);

  const optional = async (
    given: string | undefined,
    name: string,
    input: keyof typeof INPUT_NAMES,
  ): Promise<string | undefined> => (given !== undefined ? requireFile(given, input) : inFolder(name));
  const staffPath =
    paths.staff !== undefined
      ? await requireFile(paths.staff, 'staff')
      : await oneOf(
          folder,
          'staff',
          [await inFolder(FOLDER_FILES.staff), await inFolder(FOLDER_WORKBOOKS.staff)],
          recognised.get('staff') ?? [],
        );
  const exemptionsPath =
    paths.exemptions !== undefined
      ? await requireFile(paths.exemptions, 'exemptions')
      : await oneOf(
          folder,
          'exemptions',
          [await inFolder(FOLDER_FILES.exemptions), await inFolder(FOLDER_WORKBOOKS.exemptions)],
          [],
        );
  const decisionsPath = await optional(paths.decisions, FOLDER_FILES.decisions, 'decisions');

  const connectionTargets = paths.connections?.length
    ? await Promise.all(
        paths.connections.map(async (target) => {
          if ((await fs.kind(target)) === null)
            throw new UserError(`${INPUT_NAMES.connections} ${target}: no such file or folder`, {
              hint: NOT_THERE,
              input: 'connections',
            });
          return target;
        }),
      )
    : oneConnectionsFolder(
        folder,
        (await Promise.all(FOLDER_FILES.connections.map(inFolder))).filter((p): p is string => p !== undefined),
      );
  async function* connections(): AsyncGenerator<ConnectionSource> {
    for (const target of connectionTargets) yield* connectionFiles(fs, target, folder);
  }

  // Every file read, found by name or by content: a report must not be written over one.
  const files = [...rollPaths, staffPath, exemptionsPath, decisionsPath].filter((p): p is string => p !== undefined);
  const inputs: AuditInputs & { folder?: string; files: string[] } = {
    rolls: rollPaths.map(source),
    connections: connections(),
    files,
  };
  if (folder !== undefined) inputs.folder = folder;
  if (staffPath) inputs.staff = source(staffPath);
  if (exemptionsPath) inputs.exemptions = source(exemptionsPath);
  if (decisionsPath) inputs.decisions = source(decisionsPath);
  return inputs;
}

/** Whether a folder holds any roll or leavers list, by name or by content (for commands that can do without one). */
export async function folderHasRoll(fs: FileSystem, folder: string): Promise<boolean> {
  const named = await Promise.all(FOLDER_FILES.rolls.map((name) => fs.kind(path.join(folder, name))));
  if (named.includes('file')) return true;
  const found = await recogniseFolder(fs, folder, (file) => ({
    ...fs.source(file, displayPath(file, folder)),
    bytes: () => fs.readBytes(file),
  }));
  return found.has('roll') || found.has('leavers');
}

/**
 * The folder's rolls: roll.csv, leavers.csv (or .xlsx), and every other file that is a roll by its
 * content (rolls may be several: a trust's schools, a CTF of leavers). Leavers alone are no roll:
 * an audit against them would miss every current pupil.
 */
async function folderRolls(
  fs: FileSystem,
  folder: string | undefined,
  inFolder: (name: string) => Promise<string | undefined>,
  recognised: Map<FileRole, string[]>,
): Promise<string[]> {
  const named = (
    await Promise.all(FOLDER_FILES.rolls.map(async (name) => ({ name, at: await inFolder(name) })))
  ).filter((f): f is { name: (typeof FOLDER_FILES.rolls)[number]; at: string } => f.at !== undefined);
  const byContent = recognised.get('roll') ?? [];
  const leavers = recognised.get('leavers') ?? [];
  const current = named.filter((f) => f.name.startsWith('roll.')).length + byContent.length;
  if (current === 0) {
    const found = [...named.map((f) => f.name), ...leavers.map((f) => path.basename(f))];
    const unread = folder === undefined || found.length > 0 ? undefined : await unreadSpreadsheets(fs, folder);
    if (unread)
      throw new UserError(`${folder}: has no pupil roll it can read: ${unread.problem}`, {
        hint: unread.hint,
        input: 'rolls',
      });
    throw new UserError(
      folder === undefined
        ? 'no pupil roll given'
        : found.length > 0
          ? `${folder}: has no roll of current pupils, only leavers (${found.join(', ')}); an audit against leavers alone would miss every current pupil`
          : `${folder}: has no pupil roll (no roll.csv or roll.xlsx, and no file whose columns are a roll's)`,
      {
        hint: 'Put the MIS export of the roll in the audit folder (roll.csv, roll.xlsx, or the export as your MIS names it, CSV, Excel or iSAMS XML), or give the roll file itself.',
        input: 'rolls',
      },
    );
  }
  return [...named.map((f) => f.at), ...byContent, ...leavers];
}

/**
 * `connections/` beside `connections.zip` is refused, as two staff lists are: most often the ZIP is the folder
 * zipped to carry it (read twice, every connection counted twice), but it may hold lists the folder lacks.
 */
function oneConnectionsFolder(folder: string | undefined, found: string[]): string[] {
  const [, unzipped, zipped] = FOLDER_FILES.connections;
  const names = new Set(found.map((p) => path.basename(p)));
  if (!names.has(unzipped) || !names.has(zipped)) return found;
  throw new UserError(
    `${folder}: has both connections/ and connections.zip; the audit reads the connection lists once`,
    {
      hint: 'Keep one: where connections.zip is the folder zipped, move it out of the audit folder; where it holds lists the folder lacks, unzip those into connections/ and then move the ZIP out.',
      input: 'connections',
    },
  );
}

/** The one file for a role: the CSV name, the workbook name, or the one file recognised by content; two are an error. */
async function oneOf(
  folder: string | undefined,
  input: 'staff' | 'exemptions',
  named: (string | undefined)[],
  byContent: string[],
): Promise<string | undefined> {
  const what = INPUT_NAMES[input];
  const found = named.filter((p): p is string => p !== undefined);
  if (found.length > 1) {
    throw new UserError(`${folder}: has two ${what}s, ${found.map((p) => path.basename(p)).join(' and ')}`, {
      input,
      hint: `Keep one: the audit reads one ${what} (and the tool writes only the CSV one). Copy what the other holds into it, then remove or rename the other.`,
    });
  }
  if (found.length === 1) return found[0];
  if (byContent.length > 1) {
    throw new UserError(
      `${folder}: has ${byContent.length} files that look like a ${what}: ${byContent.map((p) => path.basename(p)).join(', ')}`,
      {
        hint: `Name the one to use ${what === 'staff list' ? 'staff.csv (or staff.xlsx), or give that file itself' : 'as the folder convention says'}.`,
        input,
      },
    );
  }
  return byContent[0];
}

/** The folder's other files by what they hold (the conventional names are taken as they are). */
async function recogniseFolder(
  fs: FileSystem,
  folder: string,
  source: (file: string) => FileSource,
): Promise<Map<FileRole, string[]>> {
  const conventional = new Set<string>([
    ...FOLDER_FILES.rolls,
    FOLDER_FILES.staff,
    FOLDER_FILES.exemptions,
    FOLDER_FILES.decisions,
    ...FOLDER_FILES.connections,
    ...Object.values(FOLDER_WORKBOOKS),
  ]);
  const found = new Map<FileRole, string[]>();
  for (const entry of await fs.list(folder)) {
    if (entry.isDirectory || conventional.has(entry.name) || !RECOGNISABLE.test(entry.name) || KEPT.test(entry.name))
      continue;
    const full = path.join(folder, entry.name);
    // Only regular files: opening a FIFO that happens to be named .csv would wait for ever.
    if ((await fs.kind(full)) !== 'file') continue;
    const role = await recogniseFile(source(full));
    if (role) found.set(role, [...(found.get(role) ?? []), full]);
  }
  return found;
}
