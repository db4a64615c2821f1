import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/** A folder to write reports into, made (with its parents) where missing; a file of that name is exit 2. */
export async function makeFolder(folder: string, shownAs: string): Promise<void> {
  try {
    await makeEach(path.resolve(folder));
  } catch (error) {
    throw folderError(error, shownAs);
  }
}

/**
 * Each missing folder from the nearest one that exists down, one at a time: `mkdir(…, { recursive: true })`
 * says ENOENT for a read-only disk (Node 20), which hid why and ended in a stack.
 */
async function makeEach(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (found !== undefined) {
      if (!found.isDirectory()) throw Object.assign(new Error(`${at}: not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const at of missing) {
    // Another run (a colleague's, a script's) may make it meanwhile: a folder there is what was wanted.
    await mkdir(at).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST' || !(await stat(at)).isDirectory()) throw error;
    });
  }
}

function folderError(error: unknown, shownAs: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new UserError(`${shownAs}: is a file, not a folder to write the schools' reports into`, {
      hint: 'Give --out a folder (it is made if missing), e.g. --out governors/.',
    });
  if (code === 'EACCES' || code === 'EPERM')
    return new UserError(`${shownAs}: the folder cannot be made or written here (permission denied)`, {
      hint: 'Ask for permission to write there, or give --out a folder elsewhere.',
    });
  if (code === 'EROFS')
    return new UserError(`${shownAs}: the folder cannot be made here: the disk is read-only; nothing was written`, {
      hint: 'Give --out a folder on a disk that can be written.',
    });
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new UserError(
      `${shownAs}: the folder cannot be made here: the disk is full (${code}); nothing was written`,
      {
        hint: 'Free some space and run the command again.',
      },
    );
  return error;
}
