import type { MatchCandidate } from '../match/Matcher.js';
import type { Connection } from '../model/records.js';
import type { TextSource } from '../io/TextSource.js';
import type { FileSource } from '../read/rolls/TableImporter.js';
import type { WarningCode } from '../model/reasons.js';
import type { AuditReport } from '../model/report.js';

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
  problem?: { code: WarningCode; message: string };
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

export interface AuditOptions {
  /** ISO date the audit is taken on; ages are calendar ages on this day. */
  auditDate: string;
  /** School or trust name for the report. */
  school?: string;
  /** An earlier audit's report: findings are marked new or continuing, and those gone listed as resolved. */
  previous?: AuditReport;
  /**
   * Check every member of staff against every pupil, even where a trust's staff list and roll
   * name schools (by default each is checked against their own school's pupils).
   */
  trustWide?: boolean;
  /** Called now and then on long runs (`files` counts the list being read); never prints by itself. */
  onProgress?: (progress: { connections: number; files: number }) => void;
  /** Called with each connection's weighed candidates, before the policy (the model's fit reads these). */
  onCandidates?: (connection: Connection, candidates: readonly MatchCandidate[]) => void;
}
