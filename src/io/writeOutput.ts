import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';

/**
 * Writes a whole file atomically (a temporary file, then rename), so a failed or interrupted
 * run never leaves a half-written report or exemptions file behind.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(filePath, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${filePath}: cannot write here: the folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${filePath}: cannot write here: permission denied`);
    if (code === 'EISDIR') throw new UserError(`${filePath}: is a folder`);
    throw error;
  }
}
