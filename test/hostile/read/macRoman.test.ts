import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';

/** Mac Excel's "CSV (Macintosh)" (Mac Roman, lone CRs) beside Windows-1252: see make-fixtures.mjs. */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const at = (name: string): string => path.join(HERE, name);

interface Report {
  summary: { pupils: { current: number; former: number }; staff: number; exempted: number };
  findings: { pupil: { id: string; name: string }; staff: { name: string } }[];
  exempted: { pupil: { name: string } }[];
  warnings: { code: string; source?: string }[];
}

async function audit(folder: string): Promise<Report> {
  const result = await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
  expect([0, 1]).toContain(result.code);
  return JSON.parse(result.stdout) as Report;
}

const encodingWarnings = (report: Report) =>
  report.warnings.filter((w) => w.code === 'FILE_READ_WITH_ASSUMPTION').map((w) => w.source);

const scratch = mkdtempSync(path.join(tmpdir(), 'mac-roman-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a roll saved by Mac Excel as "CSV (Macintosh)"', () => {
  it('finds the pupil whose accented name is in Mac Roman, against connections in UTF-8, and says how each file was read', async () => {
    const report = await audit(at('mac-roman'));
    expect(report.summary.pupils).toEqual({ current: 3, former: 1, formerInScope: 1 });
    expect(report.findings.map((f) => f.pupil.name).sort()).toEqual(['Chloé Brontë', 'Zoë Clarke']);
    expect(report.findings.map((f) => f.staff.name)).toEqual(['Renée Müller', 'Renée Müller']);
    expect(report.exempted.map((e) => e.pupil.name)).toEqual(['José Núñez']);
    // Every reader that took a Mac Roman file says so; the UTF-8 connections list is not remarked on.
    expect(encodingWarnings(report)).toEqual(['roll.csv', 'leavers.csv', 'staff.csv', 'exemptions.csv']);
  });

  it('finds the pupil when the first accent comes past the first 64 KiB chunk', async () => {
    const report = await audit(at('mac-roman-late-accent'));
    expect(report.summary.pupils.current).toBe(2501);
    expect(report.findings.map((f) => f.pupil.name)).toEqual(['Zoë Clarke']);
    expect(encodingWarnings(report)).toEqual(['roll.csv']);
  });

  it('decides by the lone CRs where the bytes read as plausibly in either encoding', async () => {
    const report = await audit(at('mac-roman-one-accent'));
    expect(report.findings.map((f) => f.pupil.name)).toEqual(['Ana Ríos']);
    expect(encodingWarnings(report)).toEqual(['roll.csv']);
  });

  it('keeps the accents when exemptions add rewrites a Mac Roman file, with its lone CRs', async () => {
    const folder = path.join(scratch, 'add');
    cpSync(at('mac-roman'), folder, { recursive: true });
    const add = ['exemptions', 'add', folder, '--staff-id', 'S1', '--pupil-id', 'R2', '--relationship', 'aunt/uncle'];
    const result = await runInProcess([...add, '--recorded-by', 'Head', '--yes']);
    expect(result.code).toBe(0);
    const after = readFileSync(path.join(folder, 'exemptions.csv'), 'utf8');
    expect(after).toMatch(
      /^\ufeffstaff_id,pupil_id,[^\r\n]*\rS2,R3,parent,2026-01-01,Mme Bézier,2027-01-01,père\rS1,R2,/,
    );
    expect(after).not.toContain('\n');
    const report = await audit(folder);
    expect(report.exempted.map((e) => e.pupil.name).sort()).toEqual(['José Núñez', 'Zoë Clarke']);
  });
});

describe('Windows-1252 stays Windows-1252', () => {
  it('reads a Windows-1252 roll with lone CRs by its bytes, and says so', async () => {
    const folder = path.join(scratch, 'cp1252-cr');
    cpSync(at('cp1252-cr'), folder, { recursive: true });
    cpSync(at('cp1252-late-accent/staff.csv'), path.join(folder, 'staff.csv'));
    cpSync(at('cp1252-late-accent/connections.csv'), path.join(folder, 'connections.csv'));
    const report = await audit(folder);
    expect(report.findings.map((f) => f.pupil.name)).toEqual(['Zoë Fenwick']);
    expect(encodingWarnings(report)).toEqual(['roll.csv']);
  });

  it('reads an ordinary Windows-1252 roll (CR LF) as before, without a warning', async () => {
    const report = await audit(at('cp1252-late-accent'));
    expect(report.findings.map((f) => f.pupil.name)).toEqual(['Zoë Fenwick']);
    expect(encodingWarnings(report)).toEqual([]);
  });
});

describe('exemptions add and list on Mac Excel files: the warning audit gives', () => {
  /** The files a warning names, said once for all: "! roll.csv, staff.csv and x/exemptions.csv: each is not UTF-8…". */
  const warned = (stderr: string): string[] => {
    const lines = stderr.split('\n').filter((line) => line.startsWith('! '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(': each is not UTF-8 and was read as Mac Roman');
    // Said outside an audit, it does not send the person to a report there is none of.
    expect(lines[0]).not.toContain('report');
    return lines[0]!
      .slice(2, lines[0]!.indexOf(': each'))
      .split(/, | and /)
      .map((file) => path.basename(file));
  };

  it('list names each file read as Mac Roman, in its JSON as audit does and on standard error', async () => {
    const json = await runInProcess(['exemptions', 'list', at('mac-roman'), '--format', 'json']);
    expect(json.code).toBe(0);
    const { warnings } = JSON.parse(json.stdout) as { warnings: { code: string; args: { why: string } }[] };
    expect(warnings.map((w) => [w.code, w.args.why])).toEqual(Array(4).fill(['FILE_READ_WITH_ASSUMPTION', 'encoding']));
    const text = await runInProcess(['exemptions', 'list', at('mac-roman')]);
    expect(text.stdout).toContain('José Núñez');
    expect(warned(text.stderr)).toEqual(['roll.csv', 'leavers.csv', 'staff.csv', 'exemptions.csv']);
  });

  it('add warns before recording a link against a roll read as Mac Roman; a UTF-8 folder, not at all', async () => {
    const folder = path.join(scratch, 'add-warned');
    cpSync(at('mac-roman'), folder, { recursive: true });
    const add = ['exemptions', 'add', folder, '--staff-id', 'S1', '--pupil-id', 'R2', '--relationship', 'aunt/uncle'];
    const result = await runInProcess([...add, '--recorded-by', 'Head', '--yes']);
    expect(result.code).toBe(0);
    expect(warned(result.stderr)).toEqual(['roll.csv', 'leavers.csv', 'staff.csv', 'exemptions.csv']);

    const utf8 = path.join(scratch, 'add-utf8');
    cpSync(at('mac-roman'), utf8, { recursive: true });
    for (const name of ['roll.csv', 'leavers.csv', 'staff.csv', 'exemptions.csv']) {
      const text = new TextDecoder('macintosh').decode(readFileSync(path.join(utf8, name)));
      writeFileSync(path.join(utf8, name), text.replace(/\r/g, '\n'));
    }
    const clean = await runInProcess([...add.slice(0, 2), utf8, ...add.slice(3), '--recorded-by', 'Head', '--yes']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });
});
