import { appendFile, readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../io/writeOutput.js';
import { changeLogPath, formatChanges, type Change } from './changeLog.js';

/** A whole new version of one file, made from the bytes it had when the command read it. */
export interface FileEdit {
  path: string;
  /** The bytes read before asking any questions; undefined when the file did not exist. */
  original: Uint8Array | undefined;
  bytes: Uint8Array;
  /** The file's contract columns, for its change log. */
  columns: readonly string[];
  changes: readonly Change[];
}

/**
 * Writes edits safely: each file is replaced atomically (a temporary file, then a rename), then
 * its change log is appended to. A file that changed on disk while the person was answering is
 * not overwritten. Ctrl+C during these few milliseconds waits for them to finish, so a file and
 * its log never disagree.
 */
export async function saveEdits(edits: readonly FileEdit[]): Promise<void> {
  for (const edit of edits) {
    if (!sameBytes(await readIfExists(edit.path), edit.original)) {
      throw new UserError(`${edit.path}: changed while you were answering, so nothing was written`, { hint: 'Run the command again to work on the file as it is now.' });
    }
  }
  const holdInterrupt = (): void => {};
  process.on('SIGINT', holdInterrupt);
  process.on('SIGTERM', holdInterrupt);
  try {
    for (const edit of edits) {
      await writeFileAtomically(edit.path, edit.bytes);
      const logPath = changeLogPath(edit.path);
      const isNewLog = (await readIfExists(logPath)) === undefined;
      await appendFile(logPath, formatChanges(edit.columns, edit.changes, isNewLog));
    }
  } finally {
    process.off('SIGINT', holdInterrupt);
    process.off('SIGTERM', holdInterrupt);
  }
}

export async function readIfExists(filePath: string): Promise<Buffer | undefined> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new UserError(`${filePath}: is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`${filePath}: permission denied`);
    throw error;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;
}
