import { access, constants, open, readdir, rename, stat, truncate, unlink } from 'node:fs/promises';

/** An open file as writing needs it: `write` may write fewer bytes than asked, as the system call does. */
export interface WriteHandle {
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every write of the user's files goes through here, so that tests can make a disk fill up
 * part-way through a file (ENOSPC) and check that nothing was lost.
 */
export interface WriteFileSystem {
  open(filePath: string, flags: 'wx' | 'a', mode: number): Promise<WriteHandle>;
  /** `isFile`: a regular file (not a folder, a device such as `/dev/stdout`, or a pipe). */
  stat(filePath: string): Promise<{ size: number; mode: number; isDirectory: boolean; isFile: boolean }>;
  /** Resolves when this process may write the file or in the folder; rejects as access(2) does (EACCES, EROFS). */
  canWrite(filePath: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  truncate(filePath: string, size: number): Promise<void>;
  readdir(dirPath: string): Promise<string[]>;
  /** Makes a rename in the folder survive a power cut (where the system allows it). */
  syncFolder(dirPath: string): Promise<void>;
}

export const nodeWriteFileSystem: WriteFileSystem = {
  async open(filePath, flags, mode) {
    const handle = await open(filePath, flags, mode);
    return {
      write: (buffer, offset, length) => handle.write(buffer, offset, length),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  async stat(filePath) {
    const info = await stat(filePath);
    return { size: info.size, mode: info.mode, isDirectory: info.isDirectory(), isFile: info.isFile() };
  },
  canWrite: (filePath) => access(filePath, constants.W_OK),
  rename,
  unlink,
  truncate,
  readdir: (dirPath) => readdir(dirPath),
  async syncFolder(dirPath) {
    const handle = await open(dirPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
