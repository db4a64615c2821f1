import path from 'node:path';
import type { ConnectionSource } from '../model/AuditInputs.js';
import type { Warning } from '../model/warnings.js';
import type { FileSystem } from './FileSystem.js';
import { displayPath } from './FileSystem.js';
import { textSourceFromString } from './TextSource.js';
import {
  ZIP_LIMITS,
  ZipArchive,
  type ZipBudget,
  type ZipEntry,
  type ZipLimits,
  ZipUnreadableError,
} from './zipArchive.js';

export interface ConnectionFilesOptions {
  zipLimits?: ZipLimits;
}

/**
 * The connection files under `connections/` (or a single file):
 * - a file directly inside is a list handed in on its own (usually the generic format);
 * - each subfolder, or ZIP, is one staff member's, named by their id or name, and holds any
 *   number of platform downloads, as ZIPs or unpacked folders, at any depth.
 * ZIPs are read in place and nothing is ever written; an entry is unpacked only when its source
 * is read. Files that cannot be opened come as sources with a `problem`, so that one damaged
 * download does not stop the audit; a hostile ZIP (a bomb, unsafe paths) is a `UserError`.
 */
export async function* connectionFiles(
  fs: FileSystem,
  target: string,
  base?: string,
  options: ConnectionFilesOptions = {},
): AsyncGenerator<ConnectionSource> {
  const walker = new Walker(fs, base, options.zipLimits ?? ZIP_LIMITS);
  if ((await fs.kind(target)) === 'file') {
    // A ZIP given on its own is one staff member's, named like a staff subfolder.
    if (isZip(target)) yield* walker.zip(target, path.basename(target));
    else yield { source: fs.source(target, walker.display(target)) };
    return;
  }
  for (const entry of await fs.list(target)) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory) yield* walker.staffFolder(full, entry.name);
    else if (isZip(entry.name)) yield* walker.zip(full, entry.name);
    else yield { source: fs.source(full, walker.display(full)) };
  }
}

class Walker {
  constructor(
    private readonly fs: FileSystem,
    private readonly base: string | undefined,
    private readonly limits: ZipLimits,
  ) {}

  display(filePath: string): string {
    return displayPath(filePath, this.base);
  }

  /** A staff member's folder; its first-level subfolders are downloads, unpacked. */
  async *staffFolder(dir: string, staffFolder: string, container?: string): AsyncGenerator<ConnectionSource> {
    for (const entry of await this.fs.list(dir)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory) yield* this.staffFolder(full, staffFolder, container ?? this.display(full));
      else if (isZip(entry.name)) yield* this.zip(full, staffFolder);
      else if (!isLitter(entry.name)) {
        yield { source: this.fs.source(full, this.display(full)), staffFolder, ...(container ? { container } : {}) };
      }
    }
  }

  async *zip(filePath: string, staffFolder: string): AsyncGenerator<ConnectionSource> {
    const name = this.display(filePath);
    // One inflation budget for the download and every ZIP inside it.
    const budget: ZipBudget = { bytes: 0 };
    yield* this.archive(
      // Checked first: opening a FIFO named like a ZIP would wait for ever.
      async () => {
        await this.fs.kind(filePath);
        return this.fs.openZip
          ? this.fs.openZip(filePath, name, this.limits, budget)
          : this.fs
              .readBytes(filePath)
              .then((bytes) => ZipArchive.fromBuffer(Buffer.from(bytes), name, this.limits, budget));
      },
      name,
      staffFolder,
      1,
      budget,
    );
  }

  private async *archive(
    open: () => Promise<ZipArchive>,
    name: string,
    staffFolder: string,
    depth: number,
    budget: ZipBudget,
  ): AsyncGenerator<ConnectionSource> {
    let archive: ZipArchive;
    try {
      archive = await open();
    } catch (error) {
      if (!(error instanceof ZipUnreadableError)) throw error;
      yield problem(name, staffFolder, {
        code: 'FILE_UNREADABLE',
        args: { why: 'damaged-download', detail: error.detail },
      });
      return;
    }
    try {
      const wanted = archive.entries
        .filter((e) => !e.symlink && !isLitter(e.path))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      if (wanted.length === 0)
        yield problem(name, staffFolder, { code: 'FILE_NOT_RECOGNISED', args: { why: 'empty-zip' } });
      for (const entry of wanted) {
        const entryName = `${name}/${entry.path}`;
        if (entry.encrypted)
          yield problem(entryName, staffFolder, { code: 'FILE_UNREADABLE', args: { why: 'password' } });
        else if (!isZip(entry.path)) yield { source: archive.source(entry), staffFolder, container: name };
        else if (depth >= this.limits.maxDepth)
          yield problem(entryName, staffFolder, { code: 'FILE_UNREADABLE', args: { why: 'nested-zip' } });
        else
          yield* this.archive(
            () => this.nested(archive, entry, entryName, budget),
            entryName,
            staffFolder,
            depth + 1,
            budget,
          );
      }
    } finally {
      archive.close();
    }
  }

  private async nested(outer: ZipArchive, entry: ZipEntry, name: string, budget: ZipBudget): Promise<ZipArchive> {
    return ZipArchive.fromBuffer(await outer.readBytes(entry), name, this.limits, budget);
  }
}

function problem(name: string, staffFolder: string, warning: Warning): ConnectionSource {
  return { source: textSourceFromString(name, ''), staffFolder, container: name, problem: warning };
}

function isZip(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** What macOS and Windows leave in folders and ZIPs. */
const LITTER = /(^|\/)(__MACOSX\/|\._|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

function isLitter(name: string): boolean {
  return LITTER.test(name);
}
