import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
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
