import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import type { CliIO } from '../../src/commands/CliIO.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { loadAuditFolder } from '../../src/io/loadAuditFolder.js';
import type { AuditReport, Finding } from '../../src/model/report.js';

/** The invented school the commands' and end-to-end tests copy and change: a roll, leavers, staff, lists and a family link. */
export const SCHOOL = fileURLToPath(new URL('../e2e/exemptions-fixtures/school', import.meta.url));
export const TODAY = '2026-11-24';

/** A copy of the fixture school in `dir`'s `school` (default: a new temporary folder) to change; `cleanup` removes `dir`. */
export function copySchool(dir = mkdtempSync(path.join(tmpdir(), 'social-audit-cmd-'))): {
  dir: string;
  folder: string;
  cleanup(): void;
} {
  const folder = path.join(dir, 'school');
  cpSync(SCHOOL, folder, { recursive: true });
  return { dir, folder, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ruby Stone, a former pupil whose age the roll does not give, followed by Tom Brown: a REVIEW "now 18 or over" fits. */
export function addLeaverOfUnknownAge(folder: string): void {
  appendFileSync(path.join(folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
  appendFileSync(path.join(folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
}

/** The folder audited on TODAY from its files as they are now, as `audit` would. */
export async function auditFolder(folder: string): Promise<AuditReport> {
  return runAudit(await loadAuditFolder(nodeFileSystem, { folder }), { auditDate: TODAY });
}

/** The folder audited (`auditFolder`) and its report saved in it as `audit.json`, for `review` to read. */
export async function auditSavedAsJson(folder: string): Promise<AuditReport> {
  const report = await auditFolder(folder);
  writeFileSync(path.join(folder, 'audit.json'), JSON.stringify(report));
  return report;
}

/** The command's world in memory: not a terminal, a fixed day and clock. */
export function testIO(cwd: string): CliIO & { out(): string } {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return {
    stdout: sink,
    stderr: sink,
    stdin: new PassThrough(),
    env: {},
    cwd,
    today: () => TODAY,
    now: () => `${TODAY}T09:30:00+00:00`,
    out: () => text,
  };
}

/** A fresh copy of the fixture school and a test world for each test of the file, removed afterwards. */
export function schoolForEachTest(): { school: ReturnType<typeof copySchool>; io: ReturnType<typeof testIO> } {
  const current = {} as { school: ReturnType<typeof copySchool>; io: ReturnType<typeof testIO> };
  beforeEach(() => {
    current.school = copySchool();
    current.io = testIO(current.school.dir);
  });
  afterEach(() => current.school.cleanup());
  return current;
}

/**
 * A copy of the fixture school with a leaver of unknown age added (so that a review has a second finding to ask),
 * audited into `audit.json`, and its first finding for review with other candidates, numbered as `review` numbers it.
 */
export async function auditedWithOtherCandidates(): Promise<{
  school: ReturnType<typeof copySchool>;
  io: ReturnType<typeof testIO>;
  finding: Finding & { number: number };
}> {
  const school = copySchool();
  addLeaverOfUnknownAge(school.folder);
  const report = await auditSavedAsJson(school.folder);
  const index = report.findings.findIndex((f) => f.level === 'review' && f.otherCandidates?.length);
  return { school, io: testIO(school.dir), finding: { ...report.findings[index]!, number: index + 1 } };
}
