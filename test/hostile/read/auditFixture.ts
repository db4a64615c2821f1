import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';

/** The hostile fixture folders beside this file (invented people), audited as the CLI audits them. */
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const at = (name: string): string => path.join(HERE, name);

/** An input error names the file as the folder was typed (`FOLDER/roll.csv`); the rest of the message read after it. */
export function afterTypedFolder(stderr: string, folder: string): string {
  const prefix = `social-audit: ${folder.startsWith(path.sep) ? folder : at(folder)}${path.sep}`;
  expect(stderr.startsWith(prefix), stderr).toBe(true);
  return `social-audit: ${stderr.slice(prefix.length)}`;
}

/** The audit of a fixture folder (or any folder given whole) as JSON; `report` is undefined on exit 2. */
export async function audit(folder: string) {
  const where = folder.startsWith(path.sep) ? folder : at(folder);
  const result = await runInProcess(['audit', where, '--date', '2026-11-24', '--format', 'json']);
  const report = result.code === 0 || result.code === 1 ? JSON.parse(result.stdout) : undefined;
  return { ...result, report };
}

export const pupilIds = (report: { findings: { pupil: { id: string } }[] }) =>
  report.findings.map((f) => f.pupil.id).sort();

/** The CLI's audit of `dir` in one format, on the fixtures' date; a PDF is written into `dir` as `a.pdf`. */
export const auditAs = (dir: string, format: string) =>
  runInProcess([
    'audit',
    dir,
    '--date',
    '2026-11-24',
    '--format',
    format,
    ...(format === 'pdf' ? ['--out', path.join(dir, 'a.pdf')] : []),
  ]);
