import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';
import { writeThreeNamesakes } from './threeNamesakes.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../docs/report.schema.json', import.meta.url)), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const problems = (data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

interface Saved {
  school?: string;
  onlySchool?: { school: string; of?: string; schools: number };
  summary: { staff: number; pupils: { current: number }; findings: { total: number } };
  findings: { number: number; staff: { id: string; name: string; school?: string } }[];
}

let work: string;
let trust: string;
let saved: string;
const AUDIT = ['--date', '2026-11-24'];

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-by-school-'));
  trust = path.join(work, 'oak-trust');
  mkdirSync(trust);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    "A1,Priya,Sharma,10/10/2012,Year 9,St Mary's C of E",
    "A2,Oliver,Quinn,03/03/2013,Year 8,St Mary's C of E",
    'B1,Kacper,Nowak,01/02/2015,Year 6,Northfield',
    'B2,Amelia,Thornbury,05/06/2014,Year 7,Northfield',
  );
  write(
    'staff.csv',
    'staff_id,name,role,School',
    'S1,Jane Doe,Teacher,ST MARYS C OF E',
    'S2,Tom Brown,Headteacher,Northfield',
    'S3,Ann Lee,Teacher,Northfield',
  );
  write(
    'connections.csv',
    'staff_id,platform,display_name,username',
    'S1,instagram,Priya Sharma,priyasharma12',
    'S1,instagram,Oliver Quinn,',
    'S2,instagram,Kacper Nowak,kacpernowak15',
    'S3,facebook,Amelia Thornbury,',
  );
  saved = path.join(work, 'trust.json');
  expect(runCli(['audit', trust, ...AUDIT, '--format', 'json', '--out', saved]).code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string): Saved => JSON.parse(readFileSync(file, 'utf8')) as Saved;

describe('a trust’s audit, one school’s report each', { timeout: 60_000 }, () => {
  it('records each finding’s member of staff’s school as the staff list names it', () => {
    const report = read(saved);
    expect(report.findings.map((f) => [f.staff.id, f.staff.school])).toEqual(
      expect.arrayContaining([
        ['S1', 'ST MARYS C OF E'],
        ['S2', 'Northfield'],
      ]),
    );
    expect(problems(report)).toEqual([]);
  });

  it('report --school renders only that school’s findings and counts, saying whose it is', () => {
    const text = runCli(['report', saved, '--school', "st. mary's c of e"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Social networking audit — St Mary's C of E — 24 November 2026\n/);
    expect(text.stdout).toContain("St Mary's C of E only: the findings about its own staff and its own counts");
    expect(text.stdout).toContain('Jane Doe');
    expect(text.stdout).not.toMatch(/Tom Brown|Ann Lee|Kacper|Amelia/);

    const json = runCli(['report', saved, '--school', 'NORTHFIELD', '--format', 'json']);
    const only = JSON.parse(json.stdout) as Saved;
    expect(problems(only)).toEqual([]);
    expect(only.onlySchool).toEqual({ school: 'Northfield', of: 'Oak Trust', schools: 2, warningsLeftOut: 0 });
    expect(only.summary.staff).toBe(2);
    expect(only.summary.pupils.current).toBe(2);
    expect(new Set(only.findings.map((f) => f.staff.id))).toEqual(new Set(['S2', 'S3']));
    expect(only.summary.findings.total).toBe(only.findings.length);

    const csv = runCli(['report', saved, '--school', 'Northfield', '--format', 'csv']);
    expect(csv.stdout).not.toContain('Jane Doe');
    expect(csv.stdout.split('\r\n')[0]).toMatch(
      /,staff_school,other_candidates_left_out,same_account_elsewhere,confirmed_by,confirmed_on$/,
    );
  });

  it('refuses a school the report does not hold, naming those it does (exit 2, nothing written)', () => {
    const out = path.join(work, 'southfield.pdf');
    const { code, stderr } = runCli(['report', saved, '--school', 'Southfield', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('holds no such school; it holds "St Mary\'s C of E", "Northfield"');
    expect(readdirSync(work)).not.toContain('southfield.pdf');
  });

  it('refuses to split a report that records no member of staff’s school (one saved before), rather than give empty ones', () => {
    const older = path.join(work, 'older.json');
    writeFileSync(older, readFileSync(saved, 'utf8').replace(/,\s*"school": "[^"]*"(?=\s*\})/g, ''));
    expect(read(older).findings.some((f) => f.staff.school !== undefined)).toBe(false);
    const one = runCli(['report', older, '--school', 'Northfield']);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('records no member of staff’s school');
    const every = runCli(['report', older, '--by-school', '--out', path.join(work, 'older')]);
    expect(every.code).toBe(2);
    expect(readdirSync(work)).not.toContain('older');
  });

  it('audit --school reports that school alone, and exits by its findings', () => {
    const { code, stdout } = runCli(['audit', trust, ...AUDIT, '--school', 'northfield', '--format', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Saved).findings.every((f) => f.staff.school === 'Northfield')).toBe(true);
  });

  it('report --by-school --redact --out FOLDER writes each school’s redacted PDF, named after it', () => {
    const folder = path.join(work, 'governors');
    const { code, stderr } = runCli(['report', saved, '--by-school', '--redact', '--out', folder]);
    expect(code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['northfield-redacted.pdf', 'st-marys-c-of-e-redacted.pdf']);
    expect(readFileSync(path.join(folder, 'northfield-redacted.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(stderr).toContain('northfield-redacted.pdf (1 flagged, 1 for review; redacted)');

    const json = path.join(work, 'governors-json');
    expect(runCli(['report', saved, '--by-school', '--redact', '--format', 'json', '--out', json]).code).toBe(0);
    const north = readFileSync(path.join(json, 'northfield-redacted.json'), 'utf8');
    expect(north).not.toMatch(/Tom Brown|Ann Lee|Kacper|Amelia|Jane Doe|Priya/);
    expect((JSON.parse(north) as Saved).onlySchool?.school).toBe('Northfield');
  });

  // One test a format: each spawns the CLI three times, which stays within the timeout on a busy machine.
  it.each([
    ['pdf', 'pdf'],
    ['text', 'txt'],
    ['csv', 'csv'],
    ['json', 'json'],
  ] as const)(
    'writes each school’s file as that school’s own report gives it, byte for byte, as %s',
    (format, ending) => {
      const folder = path.join(work, `every-${format}`);
      expect(runCli(['report', saved, '--by-school', '--redact', '--format', format, '--out', folder]).code).toBe(0);
      for (const [school, name] of [
        ["St Mary's C of E", 'st-marys-c-of-e'],
        ['Northfield', 'northfield'],
      ] as const) {
        const one = path.join(work, `one-${name}.${ending}`);
        expect(runCli(['report', saved, '--school', school, '--redact', '--format', format, '--out', one]).code).toBe(
          0,
        );
        const file = path.join(folder, `${name}-redacted.${ending}`);
        expect(readFileSync(file).equals(readFileSync(one)), `${format} ${school}`).toBe(true);
      }
    },
  );

  it('refuses to compare the trust with one school’s report unless --school names it', () => {
    const mary = path.join(work, 'mary.json');
    expect(runCli(['report', saved, '--school', "St Mary's C of E", '--out', mary]).code).toBe(0);
    const wrong = runCli(['audit', trust, ...AUDIT, '--compare', mary]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("is St Mary's C of E’s report alone");
    const right = runCli(['audit', trust, ...AUDIT, '--compare', mary, '--school', 'ST MARYS C OF E']);
    expect(right.code).toBe(1);
    expect(right.stdout).toContain('0 new, 2 continuing, 0 resolved');
  });
});

describe('a school’s copy of a trust-wide audit names only its own pupils as other candidates', {
  timeout: 60_000,
}, () => {
  interface Candidates {
    findings: {
      number: number;
      pupil: { id: string };
      otherCandidates?: { pupil: { id: string; school?: string } }[];
      otherCandidatesLeftOut?: number;
    }[];
  }
  let wide: string;
  beforeAll(() => {
    const folder = path.join(work, 'oak-trust-wide');
    // Three Priya Sharmas: Tom Brown (Northfield) is checked against every pupil of the trust.
    writeThreeNamesakes(folder);
    wide = path.join(work, 'trust-wide.json');
    expect(runCli(['audit', folder, ...AUDIT, '--trust-wide', '--format', 'json', '--out', wide]).code).toBe(1);
  });

  it('leaves out the other schools’ namesakes, keeps its own, and says how many it left out', () => {
    const [whole] = (JSON.parse(readFileSync(wide, 'utf8')) as Candidates).findings;
    expect([whole!.pupil.id, ...(whole!.otherCandidates ?? []).map((c) => c.pupil.id)].sort()).toEqual([
      'A1',
      'A3',
      'B3',
    ]);
    const json = runCli(['report', wide, '--school', 'Northfield', '--format', 'json']);
    const copy = JSON.parse(json.stdout) as Candidates;
    expect(problems(copy)).toEqual([]);
    const [ours] = copy.findings;
    expect(ours!.pupil.id).toBe(whole!.pupil.id);
    const named = (ours!.otherCandidates ?? []).map((c) => c.pupil.id);
    expect(named.every((id) => id.startsWith('B'))).toBe(true);
    expect(ours!.otherCandidatesLeftOut).toBe((whole!.otherCandidates?.length ?? 0) - named.length);
    expect(ours!.otherCandidatesLeftOut).toBeGreaterThan(0);

    const text = runCli(['report', wide, '--school', 'Northfield']).stdout.replace(/\s+/g, ' ');
    const count = ours!.otherCandidatesLeftOut!;
    expect(text).toContain(
      count === 1
        ? 'Could also be a pupil at another school of the trust, not named in this school’s copy'
        : `Could also be one of ${count} pupils at other schools of the trust, not named in this school’s copy`,
    );
    expect(text.match(/Could also be: /g)?.length ?? 0).toBe(named.length);

    const csv = runCli(['report', wide, '--school', 'Northfield', '--format', 'csv']).stdout;
    const [row] = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(row!.other_candidates!.split('; ').filter(Boolean)).toHaveLength(named.length);
    expect(row!.other_candidates_left_out).toBe(String(count));
  });
});
