import { UserError } from '../errors.js';
import { FOLDER_IN_PLACE } from './FileSystem.js';
import { nodeWriteFileSystem, type WriteFileSystem } from './WriteFileSystem.js';

/** A file or folder to check, with how messages name it. */
export interface WriteTarget {
  path: string;
  name: string;
}

/**
 * Refuses, before anything is asked or written, files that cannot be replaced or appended to:
 * read-only (even for root, who could write it anyway), a folder, on a read-only disk, or not
 * permitted; and a folder they cannot be created in.
 */
export async function checkCanWrite(
  files: readonly WriteTarget[],
  folder: WriteTarget,
  fs: WriteFileSystem = nodeWriteFileSystem,
): Promise<void> {
  for (const { path: target, name: shown } of files) {
    const info = await fs.stat(target).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory)
      throw new UserError(`${shown}: is a folder, not a file; nothing was changed`, { hint: FOLDER_IN_PLACE });
    if ((info.mode & 0o222) === 0)
      throw new UserError(`${shown}: is read-only, so nothing was changed`, {
        hint: 'Make it writable (it is one of the files the tool keeps), or work on a copy.',
      });
    await fs.canWrite(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EROFS') throw readOnlyDisk(shown);
      throw new UserError(`${shown}: permission denied, so nothing was changed`, {
        hint: 'Ask for permission to write it (it is one of the files the tool keeps), or work on a copy of the folder.',
      });
    });
  }
  await fs.canWrite(folder.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      throw new UserError(`${folder.name}: no such folder`, {
        hint: 'Check the folder’s name, or give the audit folder that holds the roll.',
      });
    // A file is saved as a new copy beside it, so the folder must take writes even where the file does.
    const where = folder.name === '.' ? 'this folder' : folder.name;
    // The file to be made is named (review's first decisions.csv), not the bare "." it would go in.
    if (error.code === 'EROFS') throw readOnlyDisk(files[0] ? `${files[0].name} (in ${where})` : folder.name);
    throw new UserError(
      `${files[0]?.name ?? where}: cannot write in ${where} (permission denied), so nothing was changed`,
      {
        hint: 'The tool saves a new copy beside the file and then replaces it: ask for write access to the folder, or work on a copy of it.',
      },
    );
  });
}

/** The disk (or the folder's mount: a CD, a locked USB stick, a share mounted read-only) takes no writes at all. */
function readOnlyDisk(shown: string): UserError {
  return new UserError(`${shown}: is on a read-only disk or folder, so nothing was changed`, {
    hint: 'Copy the audit folder to a disk you can write to (or ask IT to make the share writable), and run the command there.',
  });
}
