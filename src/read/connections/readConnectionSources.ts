import { InputError } from '../../errors.js';
import { ZipUnreadableError } from '../../io/zipArchive.js';
import type { ConnectionSource } from '../../model/AuditInputs.js';
import type { Connection } from '../../model/records.js';
import type { Warning } from '../../model/warnings.js';
import { encodingAssumption } from '../encodingAssumption.js';
import { fileLooksLike } from '../fileLooksLike.js';
import type { ConnectionImporter } from './ConnectionImporter.js';
import { findImporter } from './importers.js';
import { htmlListOf, isBulkContent, isMedia } from './otherFiles.js';
import { unreadFileWarnings } from './unreadFiles.js';

export interface ReadConnectionsOptions {
  /** The staff member whose `connections/` subfolder or ZIP this is (`shown` as messages name it); throws when it is nobody. */
  staffFor(staffFolder: string, shown: string): { staffId?: string; staffName?: string };
  warn(warning: Warning, source?: string): void;
  /** The audit's day, by which two-digit years in the lists are read. */
  auditDate?: string;
  /** Told after each file an importer has read, for the per-staff, per-platform summary. */
  onFileRead?(file: { name: string; staffFolder?: string; importer: ConnectionImporter; connections: number }): void;
}

/** What one download (a ZIP, or an unpacked folder) held, to report it once rather than file by file. */
interface DownloadTally {
  listsRead: number;
  /** Platforms a list was read for: their HTML copies (Snapchat sends both) are no loss. */
  platformsRead: Set<string>;
  media: number;
  /** Message threads, tweets and likes, passed by name. */
  bulk: number;
  other: string[];
  html: Set<string>;
}

/**
 * Reads every connection file with the importer that recognises it. Files handed in on their own
 * are warned about one by one when nothing reads them. Inside a download from which a list was
 * read, a file that seems to list accounts is named in a warning of its own and the rest in one
 * warning by what they seem to hold; a download from which nothing could be read is one warning,
 * and an HTML download is refused with how to ask for the JSON one. A damaged file is a warning, so one download never stops an audit.
 */
export async function* readConnectionSources(
  sources: AsyncIterable<ConnectionSource> | Iterable<ConnectionSource>,
  options: ReadConnectionsOptions,
): AsyncGenerator<Connection> {
  for await (const batch of readConnectionBatches(sources, options)) yield* batch;
}

/**
 * The same, in batches as the importers read them: on a trust's million rows one await per
 * connection costs as much as the matching.
 */
export async function* readConnectionBatches(
  sources: AsyncIterable<ConnectionSource> | Iterable<ConnectionSource>,
  options: ReadConnectionsOptions,
): AsyncGenerator<Iterable<Connection>> {
  const downloads = new Map<string, DownloadTally>();
  for await (const { source, staffFolder, container, problem } of sources) {
    if (problem) {
      options.warn(problem, source.name);
      continue;
    }
    const staff = staffFolder === undefined ? {} : options.staffFor(staffFolder, folderShown(source.name, staffFolder));
    let tally: DownloadTally | undefined;
    if (container !== undefined) {
      tally = downloads.get(container) ?? {
        listsRead: 0,
        platformsRead: new Set(),
        media: 0,
        bulk: 0,
        other: [],
        html: new Set(),
      };
      downloads.set(container, tally);
    }
    if (isMedia(source.name)) {
      if (tally) tally.media++;
      else options.warn({ code: 'FILE_NOT_RECOGNISED', args: { why: 'media' } }, source.name);
      continue;
    }
    if (tally && isBulkContent(source.name)) {
      tally.bulk++;
      continue;
    }
    let importer: ConnectionImporter | undefined;
    let head: string;
    try {
      head = await source.head();
      importer = findImporter({ name: source.name, head });
    } catch (error) {
      warnUnreadable(error, source.name, options);
      continue;
    }
    if (!importer) {
      const html = htmlListOf({ name: source.name, head });
      if (tally) {
        if (html) tally.html.add(html.platform);
        else tally.other.push(source.name);
      } else if (html) options.warn({ code: 'FILE_HTML_DOWNLOAD', args: { platform: html.platform } }, source.name);
      else {
        // A file handed in as a list (connections.csv) that is a failed download's page: the list it stands for is missing.
        const looks = /\.(csv|tsv|txt|json)$/i.test(source.name) ? fileLooksLike(head) : undefined;
        if (looks) throw new InputError(source.name, undefined, `is ${looks.what}, not a connection list`, looks.hint);
        const why = head.replace(/^\uFEFF/, '').trim() === '' ? 'empty' : 'not-a-list';
        options.warn({ code: 'FILE_NOT_RECOGNISED', args: { why } }, source.name);
      }
      continue;
    }
    if (importer.platform !== 'generic' && staff.staffId === undefined && staff.staffName === undefined) {
      throw new InputError(
        source.name,
        undefined,
        `is a ${importer.label} but sits directly in connections/, so the tool cannot tell whose it is`,
        'Put each member of staff’s downloads in connections/<staff id>/ (a folder, or a ZIP named after them).',
      );
    }
    const read = { count: 0 };
    try {
      const context = {
        ...staff,
        ...(options.auditDate !== undefined ? { auditDate: options.auditDate } : {}),
        warn: options.warn,
      };
      for await (const batch of importer.parseBatches
        ? importer.parseBatches(source, context)
        : oneByOne(importer.parse(source, context)))
        yield new Counted(batch, read);
    } catch (error) {
      warnUnreadable(error, source.name, options);
    }
    const assumed = encodingAssumption(source);
    if (assumed) options.warn({ code: 'FILE_READ_WITH_ASSUMPTION', args: assumed }, source.name);
    if (tally) {
      tally.listsRead++;
      tally.platformsRead.add(importer.platform);
    }
    options.onFileRead?.({
      name: source.name,
      ...(staffFolder === undefined ? {} : { staffFolder }),
      importer,
      connections: read.count,
    });
  }
  for (const [container, tally] of downloads) reportDownload(container, tally, options);
}

/**
 * A batch's connections, counted as they are read: an iterator passing its batch's own results
 * on, since a generator wrapped round every batch cost a trust's million rows a resumption each.
 */
class Counted implements IterableIterator<Connection> {
  private readonly connections: Iterator<Connection>;

  constructor(
    batch: Iterable<Connection>,
    private readonly tally: { count: number },
  ) {
    this.connections = batch[Symbol.iterator]();
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Connection> {
    const result = this.connections.next();
    if (!result.done) this.tally.count++;
    return result;
  }

  /** A reader stopped early stops the batch's own reading too. */
  return(): IteratorResult<Connection> {
    return this.connections.return?.() ?? { done: true, value: undefined };
  }
}

/** Connections of an importer that reads one at a time, as batches of one. */
async function* oneByOne(connections: AsyncIterable<Connection> | Iterable<Connection>): AsyncGenerator<Connection[]> {
  for await (const connection of connections) yield [connection];
}

function reportDownload(container: string, tally: DownloadTally, options: ReadConnectionsOptions): void {
  for (const platform of tally.html)
    if (!tally.platformsRead.has(platform)) options.warn({ code: 'FILE_HTML_DOWNLOAD', args: { platform } }, container);
  if (tally.listsRead > 0) {
    for (const { warning, source } of unreadFileWarnings(container, tally.other, tally)) options.warn(warning, source);
    return;
  }
  if (tally.html.size > 0) return;
  // Files that seem to list accounts are named even so: a pupil may be in one the tool cannot read.
  for (const { warning, source } of unreadFileWarnings(container, tally.other, tally))
    if (source !== container) options.warn(warning, source);
  const files = tally.other.length + tally.media + tally.bulk;
  if (files === 0) return;
  const examples = tally.other.slice(0, 3).map((name) => name.slice(container.length + 1));
  options.warn({ code: 'FILE_NOT_RECOGNISED', args: { why: 'no-list-in-download', files, examples } }, container);
}

/** A damaged file or ZIP entry is a warning; anything else wrong is for the caller to report. */
function warnUnreadable(error: unknown, name: string, options: ReadConnectionsOptions): void {
  if (!(error instanceof ZipUnreadableError)) throw error;
  options.warn({ code: 'FILE_UNREADABLE', args: { why: 'damaged', detail: error.detail } }, name);
}

/**
 * The member of staff's folder as the list's own name shows it (`connections.zip/connections/S07` for
 * `connections.zip/connections/S07/friends.csv`), so that a message names the place the Headteacher will look.
 */
export function folderShown(sourceName: string, staffFolder: string): string {
  const parts = sourceName.split('/');
  const at = parts.indexOf(staffFolder);
  return at < 0 ? `connections/${staffFolder}` : parts.slice(0, at + 1).join('/');
}
