import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { FOLDER_IN_PLACE } from './FileSystem.js';

/** A file's bytes, or undefined where there is no such file yet (a kept file not yet written); `read` for tests. */
export async function readIfExists(
  filePath: string,
  read: (file: string) => Promise<Buffer> = readFile,
): Promise<Buffer | undefined> {
  try {
    return await read(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new UserError(`${filePath}: is a folder, not a file`, { hint: FOLDER_IN_PLACE });
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(`${filePath}: permission denied`, {
        hint: 'Ask for permission to read and write it (it is one of the files the tool keeps), or work on a copy of the folder.',
      });
    throw error;
  }
}
