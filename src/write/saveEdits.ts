import path from 'node:path';
import { FileChangedError } from '../errors.js';
import { writeError, writeFileAtomically, writeWhole } from '../io/atomicWrite.js';
import { checkCanWrite } from '../io/checkCanWrite.js';
import { holdingInterrupts } from '../io/holdingInterrupts.js';
import { assertLocked } from '../io/lock.js';
import { readIfExists } from '../io/readIfExists.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../io/WriteFileSystem.js';
import { type Change, changeLogPath, formatChanges } from './changeLog.js';
import { lockKeptFiles } from './lockKeptFiles.js';

/** A whole new version of one file, made from the bytes it had when the command read it. */
export interface FileEdit {
  path: string;
  /** How messages name it (as the person typed it); default: its path. */
  name?: string;
  /** The bytes read before asking any questions; undefined when the file did not exist. */
  original: Uint8Array | undefined;
  bytes: Uint8Array;
  /** The file's contract columns, for its change log. */
  columns: readonly string[];
  changes: readonly Change[];
}

/**
 * Writes edits safely, under each file's lock: a file that changed on disk since the command read
 * it is not overwritten; each new file is flushed to a temporary file, its change log line is
 * appended and flushed, and only then is the file replaced (a killed run is finished or undone by
 * the next one: lockKeptFiles.ts). A full disk or a read-only file or log changes nothing. Ctrl+C
 * during these few milliseconds waits for them to finish, so a file and its log never disagree.
 */
export async function saveEdits(edits: readonly FileEdit[], fs: WriteFileSystem = nodeWriteFileSystem): Promise<void> {
  const release = await lockKeptFiles(
    edits.map((edit) => ({ path: edit.path, name: nameOf(edit) })),
    'saving a change',
    fs,
  );
  try {
    for (const edit of edits) await checkCanSave(edit.path, nameOf(edit), fs);
    for (const edit of edits) {
      if (!sameBytes(await readIfExists(edit.path), edit.original)) {
        throw new FileChangedError(nameOf(edit));
      }
      assertLocked(edit.path, nameOf(edit));
    }
    await holdingInterrupts(async () => {
      for (const edit of edits) await saveOne(edit, fs);
    });
  } finally {
    await release();
  }
}

/**
 * Makes and saves a person's change (`attempt`) on the files as opened; where one of them changed on
 * disk meanwhile (someone else saved while they answered), makes it again, once, on the files as they
 * are now (`reopen`) rather than lose the answers. `reopened`: those files, where it came to that.
 */
export async function saveOrRedo<T, R>(
  opened: T,
  reopen: () => Promise<T>,
  attempt: (into: T) => Promise<R>,
): Promise<{ result: R; reopened: T | undefined }> {
  try {
    return { result: await attempt(opened), reopened: undefined };
  } catch (error) {
    if (!(error instanceof FileChangedError)) throw error;
    const now = await reopen();
    return { result: await attempt(now), reopened: now };
  }
}

async function saveOne(edit: FileEdit, fs: WriteFileSystem): Promise<void> {
  const logPath = changeLogPath(edit.path);
  const logName = changeLogPath(nameOf(edit));
  const logSize = (await fs.stat(logPath).catch(() => undefined))?.size;
  const lines = formatChanges(edit.columns, edit.changes, !logSize);
  let appended = false;
  try {
    await writeFileAtomically(edit.path, edit.bytes, {
      fs,
      displayName: nameOf(edit),
      tag: `log${logSize ?? 0}`,
      beforeRename: async () => {
        appended = true;
        await writeWhole(fs, logPath, lines, 0o666, 'a').catch((error: unknown) => {
          throw writeError(logName, error);
        });
      },
    });
  } catch (error) {
    // The file was not replaced: the log goes back to what it was, so the two still agree.
    if (appended)
      await (logSize === undefined ? fs.unlink(logPath) : fs.truncate(logPath, logSize)).catch(() => undefined);
    throw error;
  }
}

/** Refuses, before anything is asked or written, a kept file or its change log that cannot be written. */
export async function checkCanSave(
  filePath: string,
  name: string = filePath,
  fs: WriteFileSystem = nodeWriteFileSystem,
): Promise<void> {
  await checkCanWrite(
    [
      { path: filePath, name },
      { path: changeLogPath(filePath), name: changeLogPath(name) },
    ],
    { path: path.dirname(filePath), name: path.dirname(name) },
    fs,
  );
}

const nameOf = (edit: FileEdit): string => edit.name ?? edit.path;

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    Buffer.compare(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
      Buffer.from(b.buffer, b.byteOffset, b.byteLength),
    ) === 0
  );
}
