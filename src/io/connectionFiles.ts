import path from 'node:path';
import { UserError } from '../errors.js';
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
 *   number of platform downloads, as ZIPs or unpacked folders, at any depth;
 * - `connections.zip` is the folder zipped, read as the folder it holds (`zippedFolder`).
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
    // A ZIP given on its own is one staff member's, named like a staff subfolder, unless it is the folder zipped.
    if (isZippedFolder(target)) yield* walker.zippedFolder(target);
    else if (isZip(target)) yield* walker.zip(target, path.basename(target));
    else yield { source: fs.source(target, walker.display(target)) };
    return;
  }
  const entries = await fs.list(target);
  for (const entry of entries) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory) yield* walker.staffFolder(full, entry.name);
    else if (isZippedFolder(entry.name)) {
      // The folder zipped and put inside itself: the folder, when it is all there is; beside other lists, maybe a copy of them.
      if (entries.some((other) => other !== entry && !isLitter(other.name)))
        throw new UserError(`${walker.display(full)}: the connections folder zipped, inside it beside other lists`, {
          hint: 'The audit reads each list once. Keep one: move connections.zip into the audit folder in place of connections/, or unzip it here and delete it.',
          input: 'connections',
        });
      yield* walker.zippedFolder(full);
    } else if (isZip(entry.name)) yield* walker.zip(full, entry.name);
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
    yield* this.archive(() => this.open(filePath, name, budget), name, staffFolder, 1, budget);
  }

  /**
   * `connections.zip`, walked as `connectionFiles` walks the folder, with the limits and refusals it would meet
   * there: a member of staff's ZIP inside is depth 1, and each member of staff has their own inflation budget.
   * Sources keep the whole entry path (`connections.zip/connections/S01/friends.csv`), to be found in the ZIP.
   */
  async *zippedFolder(filePath: string): AsyncGenerator<ConnectionSource> {
    const name = this.display(filePath);
    const budgets = new Map<string, ZipBudget>();
    const budgetOf = (staffFolder = ''): ZipBudget => {
      const budget = budgets.get(staffFolder) ?? { bytes: 0 };
      budgets.set(staffFolder, budget);
      return budget;
    };
    let top: string | undefined;
    yield* this.entries(
      () => this.open(filePath, name, budgetOf()),
      name,
      undefined,
      (archive, entry, entryName) => {
        top ??= topFolder(archive.entries.filter((e) => !e.symlink && !isLitter(e.path)));
        const parts = entry.path.slice(top.length).split('/');
        // A file at the top is a list handed in on its own, or (a ZIP) a member of staff's; deeper, the folder's.
        const staffFolder = parts.length > 1 || isZip(entry.path) ? parts[0]! : undefined;
        const budget = budgetOf(staffFolder);
        // Inside a member of staff's folder, a subfolder is one download, as `staffFolder` takes it on disk.
        const container = parts.length > 2 ? `${name}/${top}${parts[0]}/${parts[1]}` : undefined;
        if (entry.encrypted)
          return once(problem(entryName, staffFolder, { code: 'FILE_UNREADABLE', args: { why: 'password' } }));
        if (staffFolder !== undefined && isZip(entry.path))
          return this.archive(() => this.nested(archive, entry, entryName, budget), entryName, staffFolder, 1, budget);
        return once({
          source: archive.source(entry, budget),
          ...(staffFolder !== undefined ? { staffFolder } : {}),
          ...(container ? { container } : {}),
        });
      },
    );
  }

  private async open(filePath: string, name: string, budget: ZipBudget): Promise<ZipArchive> {
    // Checked first: opening a FIFO named like a ZIP would wait for ever.
    await this.fs.kind(filePath);
    return this.fs.openZip
      ? this.fs.openZip(filePath, name, this.limits, budget)
      : this.fs
          .readBytes(filePath)
          .then((bytes) => ZipArchive.fromBuffer(Buffer.from(bytes), name, this.limits, budget));
  }

  /** One member of staff's ZIP, or a ZIP inside it (`depth` 2). */
  private archive(
    open: () => Promise<ZipArchive>,
    name: string,
    staffFolder: string,
    depth: number,
    budget: ZipBudget,
  ): AsyncGenerator<ConnectionSource> {
    return this.entries(open, name, staffFolder, (archive, entry, entryName) => {
      if (entry.encrypted)
        return once(problem(entryName, staffFolder, { code: 'FILE_UNREADABLE', args: { why: 'password' } }));
      if (!isZip(entry.path)) return once({ source: archive.source(entry), staffFolder, container: name });
      if (depth >= this.limits.maxDepth)
        return once(problem(entryName, staffFolder, { code: 'FILE_UNREADABLE', args: { why: 'nested-zip' } }));
      return this.archive(
        () => this.nested(archive, entry, entryName, budget),
        entryName,
        staffFolder,
        depth + 1,
        budget,
      );
    });
  }

  /** A ZIP's entries that may be lists, in name order, each placed by `place`; a damaged or empty ZIP is a problem. */
  private async *entries(
    open: () => Promise<ZipArchive>,
    name: string,
    staffFolder: string | undefined,
    place: (archive: ZipArchive, entry: ZipEntry, entryName: string) => AsyncGenerator<ConnectionSource>,
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
      for (const entry of wanted) yield* place(archive, entry, `${name}/${entry.path}`);
    } finally {
      archive.close();
    }
  }

  private async nested(outer: ZipArchive, entry: ZipEntry, name: string, budget: ZipBudget): Promise<ZipArchive> {
    return ZipArchive.fromBuffer(await outer.readBytes(entry, budget), name, this.limits, budget);
  }
}

function problem(name: string, staffFolder: string | undefined, warning: Warning): ConnectionSource {
  return {
    source: textSourceFromString(name, ''),
    ...(staffFolder !== undefined ? { staffFolder } : {}),
    container: name,
    problem: warning,
  };
}

async function* once(source: ConnectionSource): AsyncGenerator<ConnectionSource> {
  yield source;
}

/**
 * The folder every entry sits in, where the ZIP was made of the folder itself (Finder's Compress, Windows' Send to
 * ZIP: `connections/S01/…`) rather than of what it holds (`S01/…`). Another lone top folder is a member of staff's
 * (a school with one member of staff's lists so far).
 */
function topFolder(entries: readonly ZipEntry[]): string {
  const first = entries[0]?.path.split('/')[0];
  if (first?.toLowerCase() !== ZIPPED_FOLDER_STEM || !entries.every((e) => e.path.startsWith(`${first}/`))) return '';
  return `${first}/`;
}

const ZIPPED_FOLDER_STEM = 'connections';

/** `connections.zip`: the connections folder zipped, whether it sits in the audit folder or is given on its own. */
function isZippedFolder(filePath: string): boolean {
  return path.basename(filePath).toLowerCase() === `${ZIPPED_FOLDER_STEM}.zip`;
}

function isZip(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** What macOS and Windows leave in folders and ZIPs. */
const LITTER = /(^|\/)(__MACOSX\/|\._|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

function isLitter(name: string): boolean {
  return LITTER.test(name);
}
