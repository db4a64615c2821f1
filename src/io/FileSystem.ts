import type { Dirent, Stats } from 'node:fs';
import { type FileHandle, lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type UserError } from '../errors.js';
import { type TextSource, textSourceFromByteStream } from './TextSource.js';
import { ZipArchive, type ZipBudget, type ZipLimits } from './zipArchive.js';

/**
 * Every read of the user's files goes through here (publint's injected file system), so the
 * rest of the tool works on names and text and tests can run on memory alone.
 */
export interface FileSystem {
  kind(filePath: string): Promise<'file' | 'directory' | null>;
  readBytes(filePath: string): Promise<Uint8Array>;
  list(dirPath: string): Promise<{ name: string; isDirectory: boolean }[]>;
  /** A lazily read text source; `displayName` is what reports call it. */
  source(filePath: string, displayName?: string): TextSource;
  /** Opens a ZIP in place; without it, ZIPs are read into memory through `readBytes`. */
  openZip?(filePath: string, displayName: string, limits?: ZipLimits, budget?: ZipBudget): Promise<ZipArchive>;
}

// Below glibc's 128 KiB mmap threshold: 1 MiB buffers, freed file after file, left more memory held by the allocator
// (docs/performance.md, memory10).
const CHUNK_BYTES = 64 * 1024;
/** What a source's head holds: enough to tell a list's kind, and the whole of most lists in a staff folder. */
const HEAD_BYTES = 16 * 1024;

export const nodeFileSystem: FileSystem = {
  async kind(filePath) {
    return kindOf(filePath);
  },
  async readBytes(filePath) {
    try {
      await requireRegularFile(filePath, filePath);
      return await readFile(filePath);
    } catch (error) {
      throw fileError(filePath, error);
    }
  },
  async list(dirPath) {
    let entries: Dirent[];
    try {
      entries = await readdir(dirPath, { withFileTypes: true });
    } catch (error) {
      throw fileError(dirPath, error);
    }
    const listed = await Promise.all(
      entries
        .filter((entry) => !entry.name.startsWith('.'))
        .map(async (entry) => {
          // A symbolic link or special file is judged by what it leads to: never a silent skip, never a hang.
          const isDirectory =
            entry.isDirectory() ||
            (!entry.isFile() && (await kindOf(path.join(dirPath, entry.name), true)) === 'directory');
          return { name: entry.name, isDirectory };
        }),
    );
    return listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  },
  source(filePath, displayName = filePath) {
    // The head is asked for twice (which reader, then the reader itself) and a staff member's
    // folder of lists holds small files: read once, and a file the head holds whole is not opened
    // again (a trust's folders hold thousands, each open, stat and close a wait on the disk).
    let head: Promise<{ bytes: Buffer; whole: boolean }> | undefined;
    const readHead = () => {
      head ??= (async () => {
        let handle: FileHandle | undefined;
        try {
          const info = await requireRegularFile(filePath, displayName);
          handle = await open(filePath, 'r');
          const buffer = Buffer.alloc(HEAD_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
          return { bytes: buffer.subarray(0, bytesRead), whole: bytesRead < HEAD_BYTES && bytesRead === info.size };
        } catch (error) {
          throw fileError(displayName, error);
        } finally {
          await handle?.close();
        }
      })();
      return head;
    };
    return textSourceFromByteStream(
      displayName,
      async function* () {
        const known = head ? await head.catch(() => undefined) : undefined;
        if (known?.whole) {
          if (known.bytes.length > 0) yield Buffer.from(known.bytes);
          return;
        }
        let handle: FileHandle | undefined;
        let inFlight: Promise<unknown> | undefined;
        try {
          await requireRegularFile(filePath, displayName);
          handle = await open(filePath, 'r');
          // 64 KiB chunks: 1,600 awaits on a 100 MB connection file, cheap beside its rows. They are read
          // into three buffers in turn rather than a new one each time: fresh memory costs a page
          // fault every 4 KiB, and 100 MB of buffers awaiting collection
          // makes V8 collect early. While one chunk is read through, the next is read into the
          // second buffer, and the third still holds the chunk before (see `utf8Chunks`).
          const buffers = Array.from({ length: 3 }, () => Buffer.allocUnsafe(CHUNK_BYTES));
          const read = (i: number) => handle!.read(buffers[i % 3]!, 0, CHUNK_BYTES, null);
          let next = read(0);
          for (let i = 1; ; i++) {
            inFlight = next;
            const { bytesRead, buffer } = await next;
            if (bytesRead === 0) break;
            next = read(i);
            inFlight = next;
            yield buffer.subarray(0, bytesRead);
          }
        } catch (error) {
          throw fileError(displayName, error);
        } finally {
          // A reader stopped early leaves a read under way: it ends before the file is closed.
          await inFlight?.catch(() => undefined);
          await handle?.close();
        }
      },
      async () => (await readHead()).bytes,
    );
  },
  openZip(filePath, displayName, limits, budget) {
    return ZipArchive.open(filePath, displayName, limits, budget);
  },
};

/**
 * A file or folder, or null when nothing is there. Anything else that is there is an error naming
 * it: a link leading nowhere or round in a circle, a FIFO or device (reading one would hang or
 * never end), or a path that may not be looked at. `mustExist` makes a missing path an error too.
 */
async function kindOf(filePath: string, mustExist = false): Promise<'file' | 'directory' | null> {
  let info: Stats;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const link = await lstat(filePath).catch(() => undefined);
      if (link?.isSymbolicLink()) throw new InputError(filePath, undefined, LINK_TO_NOTHING, LINK_HINT);
      if (!mustExist) return null;
    }
    throw fileError(filePath, error);
  }
  if (info.isDirectory()) return 'directory';
  if (info.isFile()) return 'file';
  throw notRegular(filePath, info);
}

async function requireRegularFile(filePath: string, displayName: string): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (await lstat(filePath).catch(() => undefined))?.isSymbolicLink()) {
      throw new InputError(displayName, undefined, LINK_TO_NOTHING, LINK_HINT);
    }
    throw fileError(displayName, error);
  }
  if (info.isDirectory()) throw new InputError(displayName, undefined, 'is a folder, not a file', FOLDER_IN_PLACE);
  if (!info.isFile()) throw notRegular(displayName, info);
  return info;
}

/** A folder where the tool reads (or keeps) a file, named as that file: an unzipped download, a folder misnamed. */
export const FOLDER_IN_PLACE =
  'The tool takes a file of that name: rename or move the folder, or give the file itself.';
const LINK_TO_NOTHING = 'a symbolic link to something that does not exist';
const LINK_HINT = 'Replace the link with the file itself (or a link to where the file now is).';
/** The disk's refusals a person can mend by hand, each as the message says it and what to do. */
const REFUSALS: Readonly<Record<string, readonly [problem: string, hint: string]>> = {
  ENOTDIR: ['is a file, not a folder', 'The tool takes a folder of that name: give the folder that holds the files.'],
  ELOOP: ['a symbolic link that leads round in a circle', LINK_HINT],
  EBUSY: [
    'is in use by another program (open in Excel?), so it could not be read',
    'Close it in the program that has it open, then run the command again.',
  ],
  ENAMETOOLONG: [
    'has a path too long for this computer',
    'Move the folder nearer the top of the disk, or give it a shorter name, and run the command again.',
  ],
  EMFILE: ['could not be opened: too many files are open', 'Close other programs and run the command again.'],
};
/** A disk, USB stick or network drive that failed mid-read: the file may be whole on another copy. */
const DEVICE_HINT =
  'The disk, memory stick or network drive it is on gave an error: copy the file to this computer and give the copy.';

function notRegular(name: string, info: Stats): UserError {
  const what = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'not a regular file';
  return new InputError(
    name,
    undefined,
    `is ${what}, not a file that can be read`,
    'Give a copy of the file saved on disk.',
  );
}

/** A failed read or listing as the person is told it; exported for the hostile tests. */
export function fileError(filePath: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new InputError(
      filePath,
      undefined,
      'no such file',
      'Check the path, or the name of the file in the audit folder.',
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(
      filePath,
      undefined,
      'permission denied',
      'Ask whoever looks after the computer for permission to read it, or save a copy you can read and give that.',
    );
  if (code === 'EISDIR') return new InputError(filePath, undefined, 'is a folder, not a file', FOLDER_IN_PLACE);
  const refusal = code === undefined ? undefined : REFUSALS[code];
  if (refusal) return new InputError(filePath, undefined, refusal[0], refusal[1]);
  // Any other refusal the system gives (EIO, ENXIO, ESTALE, ETIMEDOUT…) is the file's place failing, not a bug here.
  if (code !== undefined && /^E[A-Z0-9]+$/.test(code))
    return new InputError(filePath, undefined, `could not be read (${code})`, DEVICE_HINT);
  return error instanceof Error ? error : new Error(String(error));
}

/** How a path is shown: relative to the audit folder when inside it. */
export function displayPath(filePath: string, base?: string): string {
  if (!base) return filePath;
  const relative = path.relative(base, filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : filePath;
}
