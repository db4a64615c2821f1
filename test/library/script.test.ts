import path from 'node:path';
import { describe, expect, it } from 'vitest';
// As a script would use the package: only what src/index.ts exports.
import {
  type AuditReport,
  loadAuditFolder,
  nodeFileSystem,
  REPORT_FORMATS,
  type ReportContext,
  readAuditJson,
  redactReport,
  reporters,
  runAudit,
  textSourceFromString,
  UserError,
} from '../../src/index.js';

const SCHOOL = path.resolve(import.meta.dirname, '../../samples/westacre-infant');
const CONTEXT: ReportContext = { color: false, width: 100 };

async function savedReport(): Promise<{ report: AuditReport; json: string }> {
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: SCHOOL });
  const report = await runAudit(inputs, { auditDate: '2026-11-24', school: 'Westacre Infant' });
  return { report, json: String(await reporters.json(report, CONTEXT)) };
}

describe('the library, as a script uses it', () => {
  it('re-renders a saved report in every format, as the audit rendered it', async () => {
    const { report, json } = await savedReport();
    expect(report.findings.length).toBeGreaterThan(0);
    const saved = await readAuditJson(textSourceFromString('audit.json', json));
    expect(String(await reporters.json(saved, CONTEXT))).toBe(json);
    expect(String(await reporters.text(saved, CONTEXT))).toBe(String(await reporters.text(report, CONTEXT)));
    expect(String(await reporters.csv(saved, CONTEXT))).toBe(String(await reporters.csv(report, CONTEXT)));
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'csv', 'pdf']);
  });

  it('redacts a saved report: no staff or pupil name is left in it', async () => {
    const { report, json } = await savedReport();
    const redacted = redactReport(await readAuditJson(textSourceFromString('audit.json', json)));
    expect(redacted.redacted).toBe(true);
    expect(redacted.summary).toEqual(report.summary);
    const text = String(await reporters.text(redacted, CONTEXT)) + String(await reporters.json(redacted, CONTEXT));
    const names = report.findings.flatMap((f) => [f.staff.name, f.pupil.name]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('refuses what is not a saved report with a UserError that names the file', async () => {
    const error = await readAuditJson(textSourceFromString('notes.json', '{"hello": 1}')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^notes\.json: is not a social-audit report/);
    expect(`${(error as UserError).message} ${(error as UserError).hint}`).not.toMatch(/--[a-z]/);
  });

  it('speaks of files, not of command-line options, and says which input is wrong', async () => {
    const missing = path.join(SCHOOL, 'no-such-roll.csv');
    const cases: [Parameters<typeof loadAuditFolder>[1], string][] = [
      [{ rolls: [missing] }, 'rolls'],
      [{ folder: SCHOOL, staff: missing }, 'staff'],
      [{ folder: SCHOOL, connections: [missing] }, 'connections'],
      [{ folder: path.join(SCHOOL, 'roll.csv') }, 'folder'],
      [{ folder: path.join(SCHOOL, 'connections') }, 'rolls'],
    ];
    for (const [paths, input] of cases) {
      const error = await loadAuditFolder(nodeFileSystem, paths).catch((e: unknown) => e);
      expect(error, input).toBeInstanceOf(UserError);
      expect((error as UserError).input).toBe(input);
      expect(`${(error as UserError).message} ${(error as UserError).hint ?? ''}`).not.toMatch(/--[a-z]/);
    }
  });
});
