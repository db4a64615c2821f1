import type { Readable } from 'node:stream';
import yauzl, { type Entry, type Options, type ZipFile } from 'yauzl';
import { UserError } from '../errors.js';
import { type TextSource, textSourceFromByteStream } from './TextSource.js';

/**
 * Limits that keep a hostile or broken ZIP from filling memory or the screen. Platform downloads
 * hold a few connection lists of at most some MiB among many photos, which are never unpacked;
 * only the entries that may be lists count towards these.
 */
export interface ZipLimits {
  /** Entries (files and folders) in one archive. */
  maxEntries: number;
  /** Uncompressed bytes of one entry that is read whole (JavaScript strings stop at about 512 MiB). */
  maxEntryBytes: number;
  /** Uncompressed bytes of all the entries read whole from one download, ZIPs inside it included (heads, to recognise files, are free). */
  maxTotalBytes: number;
  /** A ZIP inside a ZIP is unpacked in memory: its size. */
  maxNestedZipBytes: number;
  /** How deep ZIPs may sit inside ZIPs (1: no ZIP inside a ZIP). */
  maxDepth: number;
}

/** Uncompressed bytes read so far from one download, the ZIPs inside it included. */
export interface ZipBudget {
  bytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxNestedZipBytes: 256 * 1024 * 1024,
  maxDepth: 2,
};

export interface ZipEntry {
  /** Path inside the archive, always with `/`. */
  path: string;
  size: number;
  compressedSize: number;
  encrypted: boolean;
  symlink: boolean;
  /** yauzl's entry, to open it. */
  raw: Entry;
}

const HEAD_BYTES = 16 * 1024;
const OPTIONS: Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: true,
  validateEntrySizes: true,
  strictFileNames: false,
};

/**
 * One ZIP archive read in place: its central directory is read once, and each entry is
 * decompressed as a stream when asked for. Nothing is ever written to disk.
 */
export class ZipArchive {
  private closed = false;
  /** Entries unpacked so far. */
  private readonly opened = new Set<ZipEntry>();

  private constructor(
    private readonly zip: ZipFile,
    /** Opens the archive anew, for a source read after the walk has closed it. */
    private readonly reopen: () => Promise<ZipFile>,
    /** Name shown to the user, e.g. `connections/S01/facebook.zip`. */
    readonly name: string,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ZipLimits,
    /** Bytes unpacked so far, shared by a download and the ZIPs inside it. */
    private readonly budget: ZipBudget,
  ) {}

  /** Opens a ZIP file; a damaged one is a `UserError` naming it, a hostile one too. */
  static async open(
    filePath: string,
    name: string,
    limits: ZipLimits = ZIP_LIMITS,
    budget: ZipBudget = { bytes: 0 },
  ): Promise<ZipArchive> {
    return ZipArchive.from(() => yauzl.openPromise(filePath, OPTIONS), name, limits, budget);
  }

  /** A ZIP in memory; one inside another shares the outer's `budget`, so nesting cannot multiply it. */
  static async fromBuffer(
    buffer: Buffer,
    name: string,
    limits: ZipLimits = ZIP_LIMITS,
    budget: ZipBudget = { bytes: 0 },
  ): Promise<ZipArchive> {
    return ZipArchive.from(() => yauzl.fromBufferPromise(buffer, OPTIONS), name, limits, budget);
  }

  private static async from(
    openZip: () => Promise<ZipFile>,
    name: string,
    limits: ZipLimits,
    budget: ZipBudget,
  ): Promise<ZipArchive> {
    let zip: ZipFile;
    try {
      zip = await openZip();
    } catch (error) {
      throw new ZipUnreadableError(name, error);
    }
    try {
      if (zip.entryCount > limits.maxEntries) throw tooManyEntries(name, zip.entryCount, limits);
      const entries: ZipEntry[] = [];
      for await (const raw of zip.eachEntry()) {
        if (raw.fileName.endsWith('/')) continue;
        entries.push({
          path: raw.fileName,
          size: raw.uncompressedSize,
          compressedSize: raw.compressedSize,
          encrypted: raw.isEncrypted(),
          symlink: ((raw.externalFileAttributes >>> 16) & 0o170000) === 0o120000,
          raw,
        });
      }
      checkOverlaps(name, entries);
      return new ZipArchive(zip, openZip, name, entries, limits, budget);
    } catch (error) {
      zip.close();
      if (error instanceof UserError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(message)) {
        throw new UserError(
          `${name}: the ZIP holds an entry with an unsafe path (${message.replace(/^[^:]*: /, '')}); it was not read`,
          {
            hint: 'Genuine platform downloads never do this. Ask for the download again, straight from the platform.',
          },
        );
      }
      throw new ZipUnreadableError(name, error);
    }
  }

  /**
   * The entry as text, decompressed lazily each time it is read. `budget`: whose inflation it counts against (a
   * zipped connections folder gives each member of staff their own, as their folder or ZIP on disk has).
   */
  source(entry: ZipEntry, budget: ZipBudget = this.budget): TextSource {
    const name = `${this.name}/${entry.path}`;
    return textSourceFromByteStream(
      name,
      () => this.stream(entry, false, budget),
      async () => {
        const chunks: Buffer[] = [];
        let length = 0;
        for await (const chunk of this.stream(entry, true)) {
          chunks.push(chunk);
          length += chunk.length;
          if (length >= HEAD_BYTES) break;
        }
        return Buffer.concat(chunks).subarray(0, HEAD_BYTES);
      },
    );
  }

  /** The whole entry in memory (a ZIP inside this ZIP). */
  async readBytes(entry: ZipEntry, budget: ZipBudget = this.budget): Promise<Buffer> {
    // Before `claim`: a large ZIP inside a ZIP is no bomb (it barely compresses), and unzipping is the remedy.
    if (entry.size > this.limits.maxNestedZipBytes && entry.size <= BOMB_RATIO * entry.compressedSize) {
      throw new UserError(
        `${this.name}/${entry.path}: a ZIP inside a ZIP of ${mib(entry.size)} is too large to read in place`,
        {
          hint: `Unzip ${this.name} and put what it holds in the same folder instead.`,
        },
      );
    }
    this.claim(entry, budget);
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(entry, false, budget)) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /**
   * Counts an entry against the limits the first time it is unpacked. Declared sizes can be
   * trusted: yauzl stops any entry that unpacks to more than it declares.
   */
  private claim(entry: ZipEntry, budget: ZipBudget): void {
    if (this.opened.has(entry)) return;
    if (entry.size > this.limits.maxEntryBytes)
      throw entry.size > BOMB_RATIO * entry.compressedSize
        ? bomb(this.name, `${entry.path} would unpack to ${mib(entry.size)}`)
        : tooLarge(this.name, entry, this.limits);
    if (budget.bytes + entry.size > this.limits.maxTotalBytes) {
      throw bomb(this.name, `its lists would unpack to more than ${mib(this.limits.maxTotalBytes)}`);
    }
    this.opened.add(entry);
    budget.bytes += entry.size;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.zip.close();
  }

  /** The entry's bytes; a `partial` read (a file's head) stops early and costs nothing against the limits. */
  private async *stream(entry: ZipEntry, partial = false, budget = this.budget): AsyncGenerator<Buffer> {
    if (entry.encrypted)
      throw new UserError(`${this.name}/${entry.path} is password-protected`, {
        hint: 'Ask for a copy of the download without a password.',
      });
    if (!partial) this.claim(entry, budget);
    // Sources are normally read while the walk holds the archive open; one kept for later
    // reopens it for just that read (an entry's offsets stay valid for the same file).
    const own = this.closed
      ? await this.reopen().catch((error: unknown) => Promise.reject(new ZipUnreadableError(this.name, error)))
      : undefined;
    let stream: Readable;
    try {
      stream = await (own ?? this.zip).openReadStreamPromise(entry.raw);
    } catch (error) {
      own?.close();
      throw new ZipUnreadableError(`${this.name}/${entry.path}`, error);
    }
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/bytes in the stream/.test(message)) {
        throw bomb(this.name, `${entry.path} does not unpack to the size the archive declares (${message})`);
      }
      throw new ZipUnreadableError(`${this.name}/${entry.path}`, error);
    } finally {
      stream.destroy();
      own?.close();
    }
  }
}

/** A ZIP that cannot be read at all: truncated, not a ZIP, or a format yauzl does not support. */
export class ZipUnreadableError extends UserError {
  /** What went wrong, without the name: for warnings that name the file beside it. */
  readonly detail: string;

  constructor(name: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`${name} could not be read as a ZIP archive (${detail})`, { hint: UNREADABLE_HINT, cause });
    this.detail = `could not be read as a ZIP archive (${detail})`;
  }
}

export const UNREADABLE_HINT =
  'The download may be incomplete: download it again from the platform, or unzip it and put the folder in its place.';

/** Entries whose data overlap are the mark of a "better zip bomb": no real archive has them. */
function checkOverlaps(name: string, entries: readonly ZipEntry[]): void {
  const spans = entries
    .map((e) => ({
      start: e.raw.relativeOffsetOfLocalHeader,
      end: e.raw.relativeOffsetOfLocalHeader + e.compressedSize,
      path: e.path,
    }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end)
      throw bomb(name, `entries ${spans[i - 1]!.path} and ${spans[i]!.path} share their data`);
  }
}

/**
 * Unpacked bytes per packed byte beyond which an entry over the size limit is called a bomb: text lists pack 5–20
 * to 1, a ZIP inside a ZIP about 1 to 1; deflate's most is about 1,000 to 1, which bombs use.
 */
const BOMB_RATIO = 200;

/** A list too large to read whole that packs as real data does: named for what it is, not a bomb. */
function tooLarge(name: string, entry: ZipEntry, limits: ZipLimits): UserError {
  return new UserError(
    `${name}/${entry.path}: would unpack to ${mib(entry.size)}, more than the ${mib(limits.maxEntryBytes)} read from one file; nothing was read from it`,
    {
      hint: 'A connection list is a few MiB at most. Check what this file is; if it is a list, ask for the download again.',
    },
  );
}

function bomb(name: string, detail: string): UserError {
  return new UserError(`${name} looks like a ZIP bomb: ${detail}; nothing was read from it`, {
    hint: 'Platform downloads never look like this. Ask for the download again, straight from the platform.',
  });
}

function tooManyEntries(name: string, count: number, limits: ZipLimits): UserError {
  return bomb(name, `it holds ${count} entries (at most ${limits.maxEntries} are read)`);
}

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}
