import path from 'node:path';
import { UserError } from '../errors.js';
import { nodeFileSystem } from '../io/FileSystem.js';
import type { AuditReport } from '../model/report.js';
import { readAuditJson } from '../read/readAuditJson.js';
import { type CliIO, resolvePath } from './CliIO.js';

/**
 * The saved report's name, which commander would refuse bare ("missing required argument"): a
 * Headteacher running `review` alone is told how the report is saved and then given.
 */
export function savedAuditNamed(reportPath: string | undefined, command: 'review' | 'report'): string {
  if (reportPath !== undefined) return reportPath;
  throw new UserError(`${command}: no saved audit report given`, {
    hint: `\`${command}\` works on an audit’s saved JSON report: save it with \`social-audit audit FOLDER --format json --out autumn.json\`, then run \`social-audit ${command} autumn.json\`.`,
  });
}

/**
 * The saved JSON report `review` and `report` work on. The audit folder given in its place (the
 * usual first try) is told how to save the report the command needs.
 */
export async function readSavedAudit(
  io: CliIO,
  reportPath: string,
  command: 'review' | 'report',
): Promise<AuditReport> {
  const resolved = resolvePath(io, reportPath);
  const kind = await nodeFileSystem.kind(resolved);
  // Most often the audit's report was shown, not saved: say how to save it under the name given.
  if (kind === null)
    throw new UserError(`${reportPath}: no such file`, {
      hint: `\`${command}\` works on an audit’s saved JSON report: save it with \`social-audit audit FOLDER --format json --out ${reportPath}\`, or check the name and folder of the one saved.`,
    });
  if (kind === 'directory') {
    const saved = path.join(reportPath, 'audit.json');
    throw new UserError(`${reportPath}: is a folder; \`${command}\` works on an audit’s saved JSON report`, {
      hint: `Save it first with \`social-audit audit ${reportPath} --format json --out ${saved}\`, then run \`social-audit ${command} ${saved}\`.`,
    });
  }
  return readAuditJson(nodeFileSystem.source(resolved, reportPath));
}
