import type { FileSource, TextSource } from './sources.js';
import type { Warning } from './warnings.js';

/** A connection file as found on disk or in a ZIP, with the staff folder it sat in, if any. */
export interface ConnectionSource {
  source: TextSource;
  /** Name of the `connections/<staff>/` subfolder (or ZIP) it came from: a staff id or name. */
  staffFolder?: string;
  /**
   * The platform download (a ZIP, or a folder inside a staff folder) the file is part of; unset
   * for a file handed in on its own. Files of one download are reported together.
   */
  container?: string;
  /** Set when the file could not be opened at all (a damaged or password-protected ZIP). */
  problem?: Warning;
}

/**
 * Everything an audit reads, as lazily read text. `io/loadAuditFolder.ts` builds this from a
 * folder and the command-line options; tests and library users can build it from strings.
 */
export interface AuditInputs {
  /** Current roll and leavers exports; a row's leaving date decides current or former. */
  rolls: FileSource[];
  staff?: FileSource;
  exemptions?: FileSource;
  decisions?: TextSource;
  /** Read one at a time and streamed, so a whole trust's lists never sit in memory at once. */
  connections: AsyncIterable<ConnectionSource> | Iterable<ConnectionSource>;
}
