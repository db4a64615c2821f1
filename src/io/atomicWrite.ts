import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writesInProgress } from './stopOnInterrupt.js';
import { nodeWriteFileSystem, type WriteFileSystem, type WriteHandle } from './WriteFileSystem.js';

export interface AtomicWriteOptions {
  /** The file system to write through (tests inject one that fails part-way). */
  fs?: WriteFileSystem;
  /** How messages name the file (default: its path). */
  displayName?: string;
  /** Part of the temporary file's name, read back by crash recovery (write/recoverEdits.ts). */
  tag?: string;
  /** Runs once the new bytes are safely on disk and before they replace the file (the change log). */
  beforeRename?: () => Promise<void>;
}

/** `.exemptions.csv.social-audit-4242-1a2b3c4d[-log1234].tmp`: hidden, and recognisably ours. */
const TEMPORARY = /^\.(.+)\.social-audit-(\d+)-[0-9a-f]+(?:-([a-z0-9]+))?\.tmp$/;

export function temporaryPathFor(filePath: string, tag?: string): string {
  const { dir, base } = path.parse(filePath);
  return path.join(
    dir,
    `.${base}.social-audit-${process.pid}-${randomBytes(4).toString('hex')}${tag ? `-${tag}` : ''}.tmp`,
  );
}

/** A temporary file of ours beside `filePath`, with the process that made it and its tag. */
export interface Temporary {
  path: string;
  pid: number;
  tag: string | undefined;
}

export async function temporariesOf(filePath: string, fs: WriteFileSystem = nodeWriteFileSystem): Promise<Temporary[]> {
  const { dir, base } = path.parse(filePath);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = TEMPORARY.exec(name);
    return match && match[1] === base ? [{ path: path.join(dir, name), pid: Number(match[2]), tag: match[3] }] : [];
  });
}

/** Whether the process that made a temporary file is gone, so that its file is litter. */
export function isAbandoned(temporary: Temporary): boolean {
  if (temporary.pid === process.pid) return false;
  try {
    process.kill(temporary.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes temporary files a killed run left beside `filePath` (never one still being written). */
export async function removeAbandonedTemporaries(
  filePath: string,
  fs: WriteFileSystem = nodeWriteFileSystem,
): Promise<void> {
  for (const temporary of await temporariesOf(filePath, fs)) {
    if (isAbandoned(temporary)) await fs.unlink(temporary.path).catch(() => undefined);
  }
}

/**
 * Replaces a whole file or leaves it as it was: the bytes (or text in parts, written as they come)
 * go to a temporary file beside it, every
 * byte is checked written and flushed to disk, and only then is it renamed over the file. A full
 * disk, a short write or a read-only file is a UserError, and no temporary file is left behind.
 */
export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array | Iterable<string>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeWriteFileSystem;
  const name = options.displayName ?? filePath;
  const existing = await fs.stat(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw writeError(name, error);
  });
  if (existing?.isDirectory) throw folderInTheWay(name);
  // A device or pipe (`--out /dev/stdout`, `/dev/null`) is written to as it stands: renamed over, it
  // would be replaced by a file (as root, `/dev/full` became a report).
  if (existing && !existing.isFile)
    return writeToDevice(fs, filePath, data).catch((error) => {
      throw writeError(name, error);
    });
  if (existing && (existing.mode & 0o222) === 0)
    throw new UserError(`${name}: is read-only, so it was not replaced`, {
      hint: 'Make it writable if it is to be changed, or write somewhere else.',
    });
  await removeAbandonedTemporaries(filePath, fs);
  const temporary = temporaryPathFor(filePath, options.tag);
  let renamed = false;
  // Ctrl+C part-way removes the temporary file and names this one as not written (stopOnInterrupt).
  writesInProgress.begin(temporary, name);
  try {
    const mode = existing ? existing.mode & 0o7777 : 0o666;
    if (typeof data === 'string' || data instanceof Uint8Array)
      await writeWhole(fs, temporary, bytesOf(data), mode, 'wx');
    else await writeParts(fs, temporary, data, mode);
    await options.beforeRename?.();
    await fs.rename(temporary, filePath);
    renamed = true;
    await fs.syncFolder(path.dirname(filePath)).catch(() => undefined);
  } catch (error) {
    if (!renamed) await fs.unlink(temporary).catch(() => undefined);
    throw writeError(name, error);
  } finally {
    writesInProgress.end(temporary, name, renamed);
  }
}

/** Writes every byte to a new or appended file and flushes it; a write that makes no progress is a full disk. */
export async function writeWhole(
  fs: WriteFileSystem,
  filePath: string,
  bytes: Buffer,
  mode: number,
  flags: 'wx' | 'a',
): Promise<void> {
  const handle = await fs.open(filePath, flags, mode);
  try {
    await writeAll(handle, bytes, bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function bytesOf(data: string | Uint8Array): Buffer {
  return typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Bytes gathered before they are written: a few write calls for a report of tens of megabytes. */
const PART_BUFFER = 1024 * 1024;

/**
 * Writes text given in parts to a new file and flushes it, a megabyte at a time, so that a report
 * of tens of megabytes is never held whole (a trust's JSON report was the audit's memory peak).
 */
async function writeParts(fs: WriteFileSystem, filePath: string, parts: Iterable<string>, mode: number): Promise<void> {
  const handle = await fs.open(filePath, 'wx', mode);
  try {
    await writeEach(handle, parts);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes to a device or pipe as it stands, with nothing to flush (a pipe cannot be synced). */
async function writeToDevice(
  fs: WriteFileSystem,
  filePath: string,
  data: string | Uint8Array | Iterable<string>,
): Promise<void> {
  const handle = await fs.open(filePath, 'a', 0o666);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      const bytes = bytesOf(data);
      await writeAll(handle, bytes, bytes.length);
    } else await writeEach(handle, data);
  } finally {
    await handle.close();
  }
}

/** Text given in parts, written a megabyte at a time. */
async function writeEach(handle: WriteHandle, parts: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(PART_BUFFER);
  let filled = 0;
  for (const part of parts) {
    // A UTF-16 unit is at most three bytes of UTF-8: a part that may not fit is written after the rest.
    if (filled + part.length * 3 > buffer.length) {
      await writeAll(handle, buffer, filled);
      filled = 0;
    }
    if (part.length * 3 > buffer.length) {
      const bytes = Buffer.from(part);
      await writeAll(handle, bytes, bytes.length);
    } else {
      filled += buffer.write(part, filled, 'utf8');
    }
  }
  await writeAll(handle, buffer, filled);
}

/** Writes the first `length` bytes; a write that makes no progress is a full disk. */
async function writeAll(handle: WriteHandle, bytes: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length; ) {
    const { bytesWritten } = await handle.write(bytes, done, length - done);
    if (bytesWritten <= 0)
      throw Object.assign(new Error(`short write: ${done} of ${length} bytes`), { code: 'ENOSPC' });
    done += bytesWritten;
  }
}

/** A failed write as the person can act on it; anything unforeseen keeps its stack. */
export function writeError(name: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const unchanged = 'nothing was changed';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return new UserError(`${name}: cannot write it: the disk is full (${code}); ${unchanged}`, {
      hint: 'Free some space and run the command again.',
    });
  if (code === 'ENOENT')
    return new UserError(`${name}: cannot write here: the folder does not exist`, {
      hint: `Make the folder first (mkdir "${path.dirname(name)}"), or name a file in a folder that exists.`,
    });
  // Windows will not replace a file another program has open (a CSV or PDF open in Excel or a reader).
  const openElsewhere =
    'If it is open in another program (Excel, a PDF reader), close it there and run the command again.';
  if (code === 'EBUSY')
    return new UserError(`${name}: cannot write it: another program is using it (EBUSY); ${unchanged}`, {
      hint: openElsewhere,
    });
  if (code === 'EACCES' || code === 'EPERM')
    return new UserError(`${name}: cannot write here: permission denied; ${unchanged}`, {
      hint: `${openElsewhere} Otherwise ask for permission to write it and its folder, or write somewhere else.`,
    });
  if (code === 'EROFS')
    return new UserError(`${name}: cannot write here: the disk is read-only; ${unchanged}`, {
      hint: 'Write it to a disk you can write to (--out with a folder there), or ask IT to make the share writable.',
    });
  if (code === 'EISDIR') return folderInTheWay(name);
  if (code === 'EIO')
    return new UserError(`${name}: cannot write it: the disk reported an error (EIO); ${unchanged}`, {
      hint: 'A USB stick pulled out or a network share gone: check the disk, then run the command again.',
    });
  return error instanceof Error ? error : new Error(String(error));
}

/** `--out reports/` names a folder: the person meant a file in it. */
function folderInTheWay(name: string): UserError {
  return new UserError(`${name}: is a folder, not a file; nothing was written`, {
    hint: `Give a file's name, e.g. ${path.join(name, 'audit.pdf')}.`,
  });
}
