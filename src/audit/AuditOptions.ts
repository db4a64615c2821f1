import type { MatchCandidate } from '../match/Matcher.js';
import type { Connection } from '../model/records.js';
import type { AuditReport } from '../model/report.js';

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
  /**
   * Let the audit run a full garbage collection once every list is read, when its heap is over 128 MB
   * (a trust's: it lowers the peak). It sets V8's `--expose-gc` for the whole process, so it is the
   * program's choice: the CLI makes it; off, the audit changes nothing in the process it runs in.
   */
  collectGarbage?: boolean;
  /** Called now and then on long runs (`files` counts the list being read); never prints by itself. */
  onProgress?: (progress: { connections: number; files: number }) => void;
  /** Called with each connection's weighed candidates, before the policy (the model's fit reads these). */
  onCandidates?: (connection: Connection, candidates: readonly MatchCandidate[]) => void;
}
