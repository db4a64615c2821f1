import type { AuditReport } from '../model/report.js';

/** What a reporter may know about where its output goes; nothing deeper reads the terminal or the clock. */
export interface ReportContext {
  /** ANSI colour allowed (a terminal, and no NO_COLOR). */
  color: boolean;
  /** Columns available for text output. */
  width: number;
  /** Who ran the audit and for which term, for the PDF's cover block. */
  ranBy?: string;
  term?: string;
  /** The audit's folder and its saved JSON report as the person typed them: the next steps say the commands to type. */
  typed?: TypedPaths;
}

export interface TypedPaths {
  folder?: string;
  saved?: string;
  /** The saved report is not in an audit folder (no roll beside it): `review` and `exemptions` need the folder named. */
  savedApart?: boolean;
}

/** Reporters turn a report into bytes or text and never print. */
export type Reporter = (
  report: AuditReport,
  context: ReportContext,
) => string | Uint8Array | Promise<string | Uint8Array>;

export const REPORT_FORMATS = ['text', 'json', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
