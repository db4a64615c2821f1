import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';

/** docs/report.schema.json is the published shape of the JSON report: checked against what the tool really writes. */
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../docs/report.schema.json', import.meta.url)), 'utf8'),
) as object;
/**
 * The published schema is open (scripts ignore fields they do not know); closed here, so that a field the
 * tool writes and the schema does not describe fails, rather than passing unseen.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  return 'properties' in copy && !('additionalProperties' in copy) ? { ...copy, additionalProperties: false } : copy;
}
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(closed(schema) as object);
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const FIXTURES = fileURLToPath(new URL('termly-fixtures', import.meta.url));
let work: string;

const problems = (data: unknown): string[] =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
const auditJson = async (args: string[]): Promise<Record<string, unknown>> => {
  const { code, stdout, stderr } = await runInProcess(['audit', ...args, '--format', 'json']);
  expect(stderr).toBe('');
  expect([0, 1]).toContain(code);
  return JSON.parse(stdout) as Record<string, unknown>;
};
const reportJson = async (args: string[]): Promise<Record<string, unknown>> => {
  const { code, stdout, stderr } = await runInProcess(['report', ...args, '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
};

/** An invented trust of two schools, where two pupils share a name: one school's copy leaves the other out. */
function writeTrust(folder: string): void {
  mkdirSync(folder);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(folder, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School,Date of Leaving',
    "A1,Priya,Sharma,10/10/2012,Year 9,St Mary's C of E,",
    "A2,Oliver,Quinn,03/03/2013,Year 8,St Mary's C of E,",
    "A3,Lily,Evans,03/03/2010,Year 11,St Mary's C of E,20/07/2026",
    'B1,Kacper,Nowak,01/02/2015,Year 6,Northfield,',
    'B2,Priya,Sharma,05/06/2014,Year 7,Northfield,',
  );
  write(
    'staff.csv',
    'staff_id,name,role,School',
    'S1,Jane Doe,Teacher,ST MARYS C OF E',
    'S2,Tom Brown,Headteacher,Northfield',
    'S3,Ann Lee,Designated Safeguarding Lead,Northfield',
  );
  write(
    'connections.csv',
    'staff_id,platform,display_name,username,connected_on',
    'S1,instagram,Priya Sharma,,2025-01-01',
    'S1,instagram,Oliver Quinn,oliverquinn13,',
    'S2,instagram,Kacper Nowak,kacpernowak15,',
    'S3,facebook,Priya Sharma,,',
    'S3,facebook,Lily Evans,,',
  );
  write(
    'exemptions.csv',
    'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
    'S2,B1,parent,2026-01-01,K. Head,2027-01-01,',
  );
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-schema-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/report.schema.json', { timeout: 90_000 }, () => {
  it('describes the sample school’s report, full and redacted', async () => {
    const full = await auditJson([SAMPLE, '--date', '2026-11-24']);
    expect(problems(full)).toEqual([]);
    expect((full.findings as unknown[]).length).toBeGreaterThan(10);
    expect(problems(await auditJson([SAMPLE, '--date', '2026-11-24', '--redact']))).toEqual([]);
  });

  it('describes a --compare run, with changes and resolved findings', async () => {
    const folder = path.join(work, 'school');
    cpSync(path.join(FIXTURES, 'school'), folder, { recursive: true });
    const previous = path.join(work, 'autumn.json');
    writeFileSync(previous, JSON.stringify(await auditJson([folder, '--date', '2026-11-24'])));
    writeFileSync(path.join(folder, 'connections.csv'), readFileSync(path.join(FIXTURES, 'spring-connections.csv')));
    const compared = await auditJson([folder, '--date', '2027-03-20', '--compare', previous]);
    expect(problems(compared)).toEqual([]);
    expect((compared.resolved as unknown[]).length).toBeGreaterThan(0);
    // every() holds for an empty list: the compare run must have findings for it to say anything.
    expect((compared.findings as unknown[]).length).toBeGreaterThan(0);
    expect(
      (compared.findings as { change?: string }[]).every((f) => f.change === 'new' || f.change === 'continuing'),
    ).toBe(true);
  });

  it('describes a trust’s reports: scoped, trust-wide, one school’s copy, every school’s, redacted', async () => {
    const trust = path.join(work, 'oak-trust');
    writeTrust(trust);
    const scoped = await auditJson([trust, '--date', '2026-11-24']);
    expect(problems(scoped)).toEqual([]);
    expect(scoped.scope).toEqual({ mode: 'own-school', schools: ["St Mary's C of E", 'Northfield'] });
    expect((scoped.exempted as unknown[]).length).toBe(1);
    const wide = await auditJson([trust, '--date', '2026-11-24', '--trust-wide']);
    expect(problems(wide)).toEqual([]);
    const saved = path.join(work, 'trust.json');
    writeFileSync(saved, JSON.stringify(wide));

    const northfield = await reportJson([saved, '--school', 'Northfield']);
    expect(problems(northfield)).toEqual([]);
    // The fields one school's copy adds are there to be checked, not merely allowed.
    expect(northfield.onlySchool).toMatchObject({ school: 'Northfield', schools: 2 });
    expect(
      (northfield.findings as { otherCandidatesLeftOut?: number }[]).map((f) => f.otherCandidatesLeftOut),
    ).toContain(1);
    expect(problems(await reportJson([saved, '--school', 'Northfield', '--redact']))).toEqual([]);

    for (const redact of [[], ['--redact']]) {
      const out = path.join(work, `schools${redact.length}`);
      const { code } = await runInProcess([
        'report',
        saved,
        '--by-school',
        '--format',
        'json',
        '--out',
        out,
        ...redact,
      ]);
      expect(code).toBe(0);
      const files = readdirSync(out);
      expect(files).toHaveLength(2);
      for (const file of files) expect(problems(JSON.parse(readFileSync(path.join(out, file), 'utf8')))).toEqual([]);
    }
  });

  it('describes review decisions: a confirmed finding, a dismissal and an overruled FLAG', async () => {
    const folder = path.join(work, 'westacre');
    cpSync(SAMPLE, folder, { recursive: true });
    const saved = path.join(folder, 'audit.json');
    const first = await auditJson([folder, '--date', '2026-11-24']);
    writeFileSync(saved, JSON.stringify(first));
    const findings = first.findings as { number: number; level: string }[];
    const flags = findings.filter((f) => f.level === 'flag');
    const reviews = findings.filter((f) => f.level === 'review');
    const decide = async (n: number, ...args: string[]) =>
      expect(
        (await runInProcess(['review', saved, '--finding', String(n), ...args, '--recorded-by', 'K. Head'])).code,
      ).toBe(0);
    await decide(flags[0]!.number, '--decision', 'dismiss', '--overrule', '--reason', 'her aunt, same name');
    await decide(reviews[0]!.number, '--decision', 'dismiss', '--reason', 'not her');
    await decide(reviews[1]!.number, '--decision', 'confirm');
    for (const redact of [[], ['--redact']]) {
      const after = await auditJson([folder, '--date', '2026-11-24', ...redact]);
      expect(problems(after)).toEqual([]);
      const dismissed = after.dismissed as { decision: { overruled?: string } }[];
      expect(dismissed.map((d) => d.decision.overruled).sort()).toEqual(['flag', undefined]);
      expect((after.findings as { decision?: unknown }[]).filter((f) => f.decision)).toHaveLength(1);
    }
  });

  it('fails a field the tool writes that the schema does not describe', async () => {
    const report = await auditJson([SAMPLE, '--date', '2026-11-24']);
    const [first, ...rest] = report.findings as Record<string, unknown>[];
    expect(problems({ ...report, findings: [{ ...first, undescribed: 1 }, ...rest] })).toEqual([
      '/findings/0 must NOT have additional properties',
    ]);
  });

  it('rejects a report that breaks it', async () => {
    const report = await auditJson([SAMPLE, '--date', '2026-11-24']);
    const [first, ...rest] = report.findings as Record<string, unknown>[];
    const { number: _number, ...unnumbered } = first!;
    expect(problems({ ...report, findings: [unnumbered, ...rest] })).toEqual([
      "/findings/0 must have required property 'number'",
    ]);
    expect(problems({ ...report, findings: [{ ...first, reportTo: 'LADO' }, ...rest] })).toEqual([
      '/findings/0/reportTo must be equal to one of the allowed values',
    ]);
    expect(problems({ ...report, findings: [{ ...first, contributions: [{ code: 'PLATFORM' }] }, ...rest] })).toEqual([
      "/findings/0/contributions/0 must have required property 'weight'",
    ]);
    expect(problems({ ...report, auditDate: '24/11/2026' })).toEqual([
      '/auditDate must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
    ]);
  });
});
