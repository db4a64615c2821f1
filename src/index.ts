/**
 * social-audit as a library: run an audit on inputs you provide, or read a saved JSON report,
 * then redact it and render it yourself. Nothing here prints or exits; errors are `UserError`s
 * that speak of files and inputs (their `input` says which), never of command-line options.
 */

export type { AuditOptions } from './audit/AuditOptions.js';
export { runAudit } from './audit/runAudit.js';
export { InputError, UserError } from './errors.js';
export { type FileSystem, nodeFileSystem } from './io/FileSystem.js';
export { type AuditPaths, loadAuditFolder } from './io/loadAuditFolder.js';
export { type TextSource, textSourceFromBytes, textSourceFromString } from './io/TextSource.js';
export type { AuditInputs, ConnectionSource } from './model/AuditInputs.js';
export { REASON_CODES, type ReasonCode, WARNING_CODES, type WarningCode } from './model/reasons.js';
export type * from './model/records.js';
export type * from './model/report.js';
export type { FileSource } from './model/sources.js';
export type { Warning, WarningArgs } from './model/warnings.js';
export { readAuditJson } from './read/readAuditJson.js';
export { REPORT_FORMATS, type ReportContext, type Reporter, type ReportFormat } from './report/Reporter.js';
export { redactReport } from './report/redact.js';
export { reporters } from './report/reporters.js';
export { describeWarning } from './report/warningWording.js';
export { describeReason } from './report/wording.js';
