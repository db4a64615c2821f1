import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { pdfPages } from '../report/pdf/pdfText.js';
import { BIN, runCli } from './runCli.js';

let work: string;
let school: string;
const csv = (...rows: string[]): string => `${rows.join('\n')}\n`;
const file = (name: string): string => path.join(work, name);
const flatText = async (pdf: string): Promise<string> =>
  (await pdfPages(readFileSync(pdf))).join('\n').replace(/\s+/g, ' ');

// An invented school whose names need more than ASCII.
const PUPILS = ['Zoë Łukasik', 'Oğuz Yılmaz', 'Σοφία Παπαδοπούλου', 'Анна Иванова'];
const STAFF = ['Łucja Nowak', 'Tomás Ó Briain'];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-report-'));
  school = path.join(work, 'hollowmere');
  mkdirSync(school);
  writeFileSync(
    path.join(school, 'roll.csv'),
    csv(
      'UPN,Legal Forename,Legal Surname,DOB,Year,Reg',
      ...PUPILS.map(
        (name, i) => `A10000000000${i},${name.replace(' ', ',')},01/09/201${i + 5},Year ${6 - i},${6 - i}K`,
      ),
    ),
  );
  writeFileSync(
    path.join(school, 'staff.csv'),
    csv('staff_id,name,role', `S1,${STAFF[0]},Teacher`, `S2,${STAFF[1]},Governor`),
  );
  writeFileSync(
    path.join(school, 'connections.csv'),
    csv(
      'staff_id,platform,display_name,username,relationship,connected_on',
      ...PUPILS.map((name, i) => `S${(i % 2) + 1},instagram,${name},handle.${i},follower,2026-0${i + 1}-15`),
    ),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('social-audit report / audit --format pdf', () => {
  it('renders the full and the redacted PDF from one saved audit', async () => {
    expect(
      (await runInProcess(['audit', school, '--date', '2026-11-24', '--format', 'json', '--out', file('audit.json')]))
        .code,
    ).toBe(1);
    const full = await runInProcess([
      'report',
      file('audit.json'),
      '--format',
      'pdf',
      '--out',
      file('full.pdf'),
      '--term',
      'Autumn term 2026',
      '--ran-by',
      'Jo Whitfield',
    ]);
    expect(full).toMatchObject({ code: 0, stdout: '' });
    expect(full.stderr).toContain(`Report written to ${file('full.pdf')} (0 flagged, 4 for review).`);
    const redacted = await runInProcess([
      'report',
      file('audit.json'),
      '--format',
      'pdf',
      '--redact',
      '--out',
      file('governors.pdf'),
    ]);
    expect(redacted.code).toBe(0);

    const fullText = await flatText(file('full.pdf'));
    for (const name of [...PUPILS, ...STAFF]) expect(fullText).toContain(name);
    expect(fullText).toContain('Carried out by Jo Whitfield');
    expect(fullText).toContain('Term Autumn term 2026');

    const governorsText = await flatText(file('governors.pdf'));
    for (const name of [...PUPILS, ...STAFF].flatMap((n) => n.split(' ')).filter((part) => part.length > 1))
      expect(governorsText).not.toContain(name);
    for (const secret of ['handle.', 'A10000000000', 'connections.csv', '6K'])
      expect(governorsText).not.toContain(secret);
    expect(governorsText).toContain('Ł.N. · Teacher — 2 for review');
    expect(governorsText).toContain('4 connections for review, involving 2 members of staff.');
  });

  it('gives the governors’ copy no column of names as shown, which it withholds in every row', async () => {
    const out = (name: string, ...args: string[]) => {
      expect(runCli(['audit', school, '--date', '2026-11-24', '--out', file(name), ...args]).code).toBe(1);
      return flatText(file(name));
    };
    const fullText = await out('shown-full.pdf');
    expect(fullText).toContain('Platform, name as shown');
    expect(fullText).toContain('@handle.0');
    const governorsText = await out('shown-governors.pdf', '--redact');
    expect(governorsText).not.toMatch(/name as shown/i);
    expect(governorsText).not.toContain('withheld withheld');
    expect(governorsText).toContain('Level Pupil Platform Relationship, connected on 1. REVIEW');
  });

  it('writes the same bytes from the audit directly as from its saved JSON, every time', async () => {
    const args = ['--format', 'pdf', '--term', 'Autumn term 2026', '--ran-by', 'Jo Whitfield'];
    expect(
      (await runInProcess(['audit', school, '--date', '2026-11-24', ...args, '--out', file('direct-1.pdf')])).code,
    ).toBe(1);
    expect(
      (await runInProcess(['audit', school, '--date', '2026-11-24', ...args, '--out', file('direct-2.pdf')])).code,
    ).toBe(1);
    expect(
      (await runInProcess(['audit', school, '--date', '2026-11-24', '--format', 'json', '--out', file('again.json')]))
        .code,
    ).toBe(1);
    expect((await runInProcess(['report', file('again.json'), ...args, '--out', file('rendered.pdf')])).code).toBe(0);
    const direct = readFileSync(file('direct-1.pdf'));
    expect(direct.equals(readFileSync(file('direct-2.pdf')))).toBe(true);
    expect(direct.equals(readFileSync(file('rendered.pdf')))).toBe(true);
  });

  it('sends a PDF down a pipe when there is no --out', () => {
    runCli(['audit', school, '--date', '2026-11-24', '--format', 'json', '--out', file('piped.json')]);
    const result = spawnSync(process.execPath, [BIN, 'report', file('piped.json'), '--format', 'pdf', '--redact'], {
      env: { ...process.env, NO_COLOR: '1' },
      input: '',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stdout.subarray(-6).toString()).toContain('%%EOF');
  });

  it('exits 2 naming the file and the reason for a corrupt or foreign JSON file, and writes nothing', async () => {
    writeFileSync(
      file('cut.json'),
      '{\n  "tool": { "name": "social-audit", "version": "0.1.0" },\n  "auditDate": "2026-11',
    );
    const cut = await runInProcess(['report', 'cut.json', '--format', 'pdf', '--out', 'cut.pdf'], { cwd: work });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(
      /^social-audit: cut\.json:3: is not valid JSON \(.+\): the file may have been cut short or edited\n/,
    );
    expect(cut.stderr).not.toMatch(/\bat .+\.js:\d+/);
    expect(existsSync(file('cut.pdf'))).toBe(false);

    writeFileSync(
      file('future.json'),
      JSON.stringify({ tool: { name: 'social-audit', version: '9.0.0' }, auditDate: '2026-11-24' }),
    );
    const future = await runInProcess(['report', 'future.json', '--format', 'pdf', '--out', 'future.pdf'], {
      cwd: work,
    });
    expect(future.code).toBe(2);
    expect(future.stderr).toContain(
      'social-audit: future.json: was written by social-audit 9.0.0, newer than this version',
    );
    expect(existsSync(file('future.pdf'))).toBe(false);

    writeFileSync(file('other.json'), '{"name": "something else"}');
    expect(await runInProcess(['report', 'other.json'], { cwd: work })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('other.json: is not a social-audit report'),
    });
    expect(await runInProcess(['report', 'missing.json'], { cwd: work })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing.json: no such file'),
    });
  });
});
