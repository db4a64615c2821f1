import path from 'node:path';
import type { AuditInputs, ConnectionSource } from '../audit/AuditInputs.js';
import { UserError } from '../errors.js';
import { connectionFiles } from './connectionFiles.js';
import { displayPath, type FileSystem } from './FileSystem.js';

/** The files of an audit as given on the command line; each replaces the folder's file of that kind. */
export interface AuditPaths {
  folder?: string;
  rolls?: string[];
  staff?: string;
  exemptions?: string;
  decisions?: string;
  connections?: string[];
}

/** Where the folder convention (CONTRACT.md) puts each file. */
export const FOLDER_FILES = {
  rolls: ['roll.csv', 'leavers.csv'],
  staff: 'staff.csv',
  exemptions: 'exemptions.csv',
  decisions: 'decisions.csv',
  connections: ['connections.csv', 'connections'],
} as const;

/** Resolves an audit folder and options to lazily read inputs; any file of the folder may be missing. */
export async function loadAuditFolder(fs: FileSystem, paths: AuditPaths): Promise<AuditInputs & { folder?: string }> {
  const folder = paths.folder;
  if (folder !== undefined) {
    const kind = await fs.kind(folder);
    if (kind === null) throw new UserError(`${folder}: no such folder`, { hint: 'Give the audit folder that holds roll.csv, staff.csv and the connection lists.' });
    if (kind !== 'directory') throw new UserError(`${folder}: is a file, not an audit folder`, { hint: 'Give the folder, or name the file with --roll or --connections.' });
  }
  const inFolder = async (name: string): Promise<string | undefined> => {
    if (folder === undefined) return undefined;
    const full = path.join(folder, name);
    return (await fs.kind(full)) === null ? undefined : full;
  };
  const requireFile = async (file: string, what: string): Promise<string> => {
    const kind = await fs.kind(file);
    if (kind === null) throw new UserError(`${what} ${file}: no such file`);
    if (kind !== 'file') throw new UserError(`${what} ${file}: is a folder, not a file`, { hint: `${what} takes a CSV file.` });
    return file;
  };
  const source = (file: string) => fs.source(file, displayPath(file, folder));

  const rollPaths = paths.rolls?.length
    ? await Promise.all(paths.rolls.map((file) => requireFile(file, '--roll')))
    : (await Promise.all(FOLDER_FILES.rolls.map(inFolder))).filter((p): p is string => p !== undefined);
  if (rollPaths.length === 0) {
    throw new UserError(folder === undefined ? 'no pupil roll given' : `${folder}: has no roll.csv or leavers.csv`, {
      hint: 'Put the MIS export of the roll in the audit folder as roll.csv (and leavers as leavers.csv), or give it with --roll FILE.',
    });
  }
  const optional = async (given: string | undefined, name: string, option: string): Promise<string | undefined> =>
    given !== undefined ? requireFile(given, option) : inFolder(name);
  const staffPath = await optional(paths.staff, FOLDER_FILES.staff, '--staff');
  const exemptionsPath = await optional(paths.exemptions, FOLDER_FILES.exemptions, '--exemptions');
  const decisionsPath = await optional(paths.decisions, FOLDER_FILES.decisions, '--decisions');

  const connectionTargets = paths.connections?.length
    ? await Promise.all(
        paths.connections.map(async (target) => {
          if ((await fs.kind(target)) === null) throw new UserError(`--connections ${target}: no such file or folder`);
          return target;
        }),
      )
    : (await Promise.all(FOLDER_FILES.connections.map(inFolder))).filter((p): p is string => p !== undefined);

  async function* connections(): AsyncGenerator<ConnectionSource> {
    for (const target of connectionTargets) yield* connectionFiles(fs, target, folder);
  }

  const inputs: AuditInputs & { folder?: string } = { rolls: rollPaths.map(source), connections: connections() };
  if (folder !== undefined) inputs.folder = folder;
  if (staffPath) inputs.staff = source(staffPath);
  if (exemptionsPath) inputs.exemptions = source(exemptionsPath);
  if (decisionsPath) inputs.decisions = source(decisionsPath);
  return inputs;
}
