/**
 * social-audit as a library: run an audit on inputs you provide, or read a saved JSON report,
 * then redact it and render it yourself. Nothing here prints or exits; errors are `UserError`s
 * that speak of files and inputs (their `input` says which), never of command-line options.
 */
export { runAudit } from './audit/runAudit.js';
export type { AuditInputs, ConnectionSource } from './model/AuditInputs.js';
export type { AuditOptions } from './audit/AuditOptions.js';
export { loadAuditFolder, type AuditPaths } from './io/loadAuditFolder.js';
export { nodeFileSystem, type FileSystem } from './io/FileSystem.js';
export { textSourceFromString, textSourceFromBytes, type TextSource } from './io/TextSource.js';
export type { FileSource } from './model/sources.js';
export { readAuditJson } from './read/readAuditJson.js';
export { redactReport } from './report/redact.js';
export { reporters } from './report/reporters.js';
export { REPORT_FORMATS, type Reporter, type ReportContext, type ReportFormat } from './report/Reporter.js';
export { describeReason } from './report/wording.js';
export { describeWarning } from './report/warningWording.js';
export type { Warning, WarningArgs } from './model/warnings.js';
export { UserError, InputError } from './errors.js';
export type * from './model/records.js';
export type * from './model/report.js';
export { REASON_CODES, WARNING_CODES, type ReasonCode, type WarningCode } from './model/reasons.js';
