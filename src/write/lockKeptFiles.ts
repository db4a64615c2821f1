import path from 'node:path';
import { isAbandoned, temporariesOf } from '../io/atomicWrite.js';
import { type LockRequest, lockFiles } from '../io/lock.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../io/WriteFileSystem.js';
import { changeLogPath } from './changeLog.js';

/**
 * Locks files the tool keeps (and so their change logs) for one command's read–check–write, then
 * finishes whatever a killed run left half done, so that what is read next is whole.
 */
export async function lockKeptFiles(
  files: readonly LockRequest[],
  purpose: string,
  fs: WriteFileSystem = nodeWriteFileSystem,
): Promise<() => Promise<void>> {
  const release = await lockFiles(files, { purpose });
  try {
    for (const file of files) await recoverInterruptedSave(file.path, fs);
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

/**
 * A save writes the new file to a temporary file tagged with its log's size, appends the change
 * log, then renames. A run killed after the log grew past the tag had decided the change and
 * logged it: the rename is finished for it. Killed before, its temporary file is removed, so the
 * file and its log agree either way. Only called under the file's lock.
 */
export async function recoverInterruptedSave(
  filePath: string,
  fs: WriteFileSystem = nodeWriteFileSystem,
): Promise<void> {
  const logSize = (await fs.stat(changeLogPath(filePath)).catch(() => undefined))?.size ?? 0;
  for (const temporary of await temporariesOf(filePath, fs)) {
    if (!isAbandoned(temporary)) continue;
    const taggedSize = /^log(\d+)$/.exec(temporary.tag ?? '')?.[1];
    if (taggedSize !== undefined && logSize > Number(taggedSize)) {
      await fs.rename(temporary.path, filePath);
      await fs.syncFolder(path.dirname(filePath)).catch(() => undefined);
    } else {
      await fs.unlink(temporary.path).catch(() => undefined);
    }
  }
}
