import { access, constants } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { nodeWriteFileSystem } from './WriteFileSystem.js';

/** A file or folder to check, with how messages name it. */
export interface WriteTarget {
  path: string;
  name: string;
}

/**
 * Refuses, before anything is asked or written, files that cannot be replaced or appended to:
 * read-only (even for root, who could write it anyway), a folder, or not permitted; and a folder
 * they cannot be created in.
 */
export async function checkCanWrite(files: readonly WriteTarget[], folder: WriteTarget): Promise<void> {
  for (const { path: target, name: shown } of files) {
    const info = await nodeWriteFileSystem.stat(target).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory) throw new UserError(`${shown}: is a folder, not a file; nothing was changed`);
    if ((info.mode & 0o222) === 0)
      throw new UserError(`${shown}: is read-only, so nothing was changed`, {
        hint: 'Make it writable (it is one of the files the tool keeps), or work on a copy.',
      });
    await access(target, constants.W_OK).catch(() => {
      throw new UserError(`${shown}: permission denied, so nothing was changed`);
    });
  }
  await access(folder.path, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UserError(`${folder.name}: no such folder`);
    throw new UserError(`${folder.name}: cannot write in this folder (permission denied), so nothing was changed`);
  });
}
