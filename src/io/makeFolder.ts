import { mkdir } from 'node:fs/promises';
import { UserError } from '../errors.js';

/** A folder to write reports into, made (with its parents) where missing; a file of that name is exit 2. */
export async function makeFolder(folder: string, shownAs: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new UserError(`${shownAs}: is a file, not a folder to write the schools' reports into`, {
        hint: 'Give --out a folder (it is made if missing), e.g. --out governors/.',
      });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new UserError(`${shownAs}: the folder cannot be made or written here (permission denied)`);
    throw error;
  }
}
