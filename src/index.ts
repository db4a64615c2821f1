/**
 * social-audit as a library: run an audit on inputs you provide and render the report yourself.
 * Nothing here prints or exits.
 */
export { runAudit } from './audit/runAudit.js';
export type { AuditInputs, AuditOptions, ConnectionSource } from './audit/AuditInputs.js';
export { loadAuditFolder, type AuditPaths } from './io/loadAuditFolder.js';
export { nodeFileSystem, type FileSystem } from './io/FileSystem.js';
export { textSourceFromString, textSourceFromBytes, type TextSource } from './io/TextSource.js';
export { reporters } from './report/reporters.js';
export type { Reporter, ReportContext, ReportFormat } from './report/Reporter.js';
export { describeReason } from './report/wording.js';
export { UserError, InputError } from './errors.js';
export type * from './model/records.js';
export type * from './model/report.js';
export { REASON_CODES, WARNING_CODES, type ReasonCode, type WarningCode } from './model/reasons.js';
