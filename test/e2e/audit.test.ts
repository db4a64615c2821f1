import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { pdfPages } from '../report/pdf/pdfText.js';
import { runCli } from './runCli.js';

const SCHOOL = fileURLToPath(new URL('fixtures/school', import.meta.url));
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-e2e-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('social-audit audit', () => {
  it('prints the report for a folder and exits 1 when there are findings', () => {
    const { code, stdout, stderr } = runCli(['audit', SCHOOL, '--date', '2026-11-24']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('Social networking audit — School — 24 November 2026');
    expect(stdout).toContain('Findings           1 flagged, 2 for review (1 staff)');
    expect(stdout).toContain('Jane Doe (S1, Teacher) — 1 flagged, 2 for review');
    expect(stdout).toContain('Source: connections/jane.csv:2');
    expect(stdout).toContain('Excluded by declared family links');
    expect(stdout).not.toContain('\u001b[');
  });

  it('heads the report with a folder name in accented or apostrophised words as the school writes it', () => {
    // `\b` knows only ASCII letters: `école` was headed `éCole`, `st mary's` `St Mary'S`.
    for (const [folder, school] of [
      ['école-saint-andré', 'École Saint André'],
      ["st mary's", "St Mary's"],
      ['e\u0301lan-academy', 'E\u0301lan Academy'],
    ] as const) {
      const copy = path.join(work, folder);
      cpSync(SCHOOL, copy, { recursive: true });
      const { code, stdout } = runCli(['audit', copy, '--date', '2026-11-24']);
      expect(code).toBe(1);
      expect(stdout).toContain(`Social networking audit — ${school} — 24 November 2026`);
    }
  });

  it('exits 0 when nobody is connected to a pupil in scope', async () => {
    const folder = path.join(work, 'clean');
    cpSync(SCHOOL, folder, { recursive: true });
    rmSync(path.join(folder, 'connections'), { recursive: true });
    const { code, stdout } = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(code).toBe(0);
    expect(stdout).toContain('No connections between staff and pupils in scope were found in the lists read.');
  });

  it('does not call a school clear, in text or PDF, without saying whose lists it never had', async () => {
    const folder = path.join(work, 'clean');
    cpSync(SCHOOL, folder, { recursive: true });
    rmSync(path.join(folder, 'connections'), { recursive: true });
    const text = runCli(['audit', folder, '--date', '2026-11-24']);
    expect(text.code).toBe(0);
    const missing = '1 of the 2 members of staff handed in no connection list: this audit cannot speak for them.';
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(
      `No connections between staff and pupils in scope were found in the lists read. ${missing}`,
    );
    const out = path.join(work, 'clean.pdf');
    expect(runCli(['audit', folder, '--date', '2026-11-24', '--redact', '--out', out]).code).toBe(0);
    const first = (await pdfPages(readFileSync(out)))[0]!.replace(/\s+/g, ' ');
    expect(first).toContain(`were found in the lists read. ${missing}`);
  });

  it('refuses to write the report over a file or into a folder the audit reads, and changes nothing', async () => {
    const folder = path.join(work, 'school');
    cpSync(SCHOOL, folder, { recursive: true });
    const roll = readFileSync(path.join(folder, 'roll.csv'), 'utf8');
    for (const out of ['roll.csv', 'connections/report.csv']) {
      const { code, stderr } = await runInProcess([
        'audit',
        folder,
        '--date',
        '2026-11-24',
        '--out',
        path.join(folder, out),
      ]);
      expect(code, out).toBe(2);
      expect(stderr, out).toContain('which the report is made from');
    }
    expect(readFileSync(path.join(folder, 'roll.csv'), 'utf8')).toBe(roll);
    expect(existsSync(path.join(folder, 'connections', 'report.csv'))).toBe(false);
  });

  it('says how many warnings the written report holds, and lists them where the CSV has no place for them', async () => {
    const sample = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
    const csv = path.join(work, 'r.csv');
    const written = await runInProcess(['audit', sample, '--date', '2026-11-24', '--out', csv]);
    expect(written.code).toBe(1);
    expect(written.stderr).toContain(
      `Report written to ${csv} (10 flagged, 15 for review; 3 warnings, not in the CSV: listed below).`,
    );
    const listed = written.stderr.split('\n').filter((line) => line.startsWith('! '));
    expect(listed).toHaveLength(3);
    expect(listed.some((line) => line.includes('(exemptions.csv:3)'))).toBe(true);
    const json = path.join(work, 'r.json');
    const asJson = await runInProcess(['audit', sample, '--date', '2026-11-24', '--out', json]);
    expect(asJson.stderr).toContain(`Report written to ${json} (10 flagged, 15 for review; 3 warnings).`);
    expect(asJson.stderr).not.toContain('! ');
  });

  it('writes the contract JSON to --out and nothing to standard output', async () => {
    const out = path.join(work, 'r.json');
    const { code, stdout, stderr } = await runInProcess([
      'audit',
      SCHOOL,
      '--date',
      '2026-11-24',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Report written to ${out} (1 flagged, 2 for review; 2 warnings).`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({
      tool: { name: 'social-audit' },
      auditDate: '2026-11-24',
      summary: { findings: { flag: 1, review: 2 } },
    });
    expect(report.findings[0]).toMatchObject({
      level: 'flag',
      staff: { id: 'S1' },
      pupil: { id: 'C1', status: 'former', age: 13 },
      connection: { platform: 'instagram', source: 'connections/jane.csv:3' },
    });
  });

  it('takes files from options instead of a folder', async () => {
    const { code, stdout } = await runInProcess([
      'audit',
      '--roll',
      path.join(SCHOOL, 'roll.csv'),
      '--connections',
      path.join(SCHOOL, 'connections'),
      '--date',
      '2026-11-24',
      '--format',
      'csv',
    ]);
    expect(code).toBe(1);
    expect(
      stdout
        .split('\r\n')
        .filter(Boolean)
        .map((row) => row.split(',')[4]),
    ).toEqual(['pupil_id', 'A123456789012', 'B123456789012']);
  });

  it('exits 2 with one clear line, no stack and no output file for a missing roll', () => {
    const out = path.join(work, 'r.json');
    const { code, stdout, stderr } = runCli(['audit', SCHOOL, '--roll', 'missing.csv', '--out', out], { cwd: work });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'social-audit: --roll missing.csv: no such file\n  Check its name and the folder it is in: a name without a folder is looked for in the folder the command is run in.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 naming the file, line and value of bad input, and writes nothing', async () => {
    const folder = path.join(work, 'broken');
    cpSync(SCHOOL, folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'connections.csv'),
      'staff_id,platform,display_name,connected_on\nS1,facebook,Amy Lee,2025-01-01\nS1,facebook,Ben Lee,31/02/2025\n',
    );
    const out = path.join(work, 'r.csv');
    const { code, stderr } = await runInProcess(['audit', folder, '--format', 'csv', '--out', out]);
    expect(code).toBe(2);
    // Named from the folder as typed (here a full path), so that it can be found: not as the report names it.
    expect(stderr).toContain(
      `social-audit: ${path.join(folder, 'connections.csv')}:3: connected_on "31/02/2025" is not a date`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('lists the columns it found when a roll has the wrong headers', async () => {
    const folder = path.join(work, 'wrong');
    cpSync(SCHOOL, folder, { recursive: true });
    writeFileSync(path.join(folder, 'roll.csv'), 'Child,Class\nAmy Lee,2B\n');
    const { code, stderr } = await runInProcess(['audit', folder]);
    expect(code).toBe(2);
    expect(stderr).toContain('roll.csv:1: does not look like a pupil roll');
    expect(stderr).toContain('Found columns: "Child", "Class".');
  });

  it('refuses a folder with no roll, a bad date and an unknown format', async () => {
    expect((await runInProcess(['audit', work])).stderr).toContain('has no pupil roll');
    expect(await runInProcess(['audit', SCHOOL, '--date', '31/02/2026'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--date "31/02/2026" is no such day'),
    });
    expect((await runInProcess(['audit', SCHOOL, '--format', 'xml'])).code).toBe(2);
    expect((await runInProcess(['audit'])).code).toBe(2);
  });

  it('prints help and the version with exit 0', () => {
    expect(runCli(['audit', '--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Exit status: 0 no findings'),
    });
    expect(runCli(['--version']).code).toBe(0);
  });
});
