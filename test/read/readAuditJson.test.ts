import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { textSourceFromString } from '../../src/io/TextSource.js';
import { readAuditJson } from '../../src/read/readAuditJson.js';
import { jsonReporter } from '../../src/report/jsonReporter.js';
import { VERSION } from '../../src/version.js';
import { worldReport } from '../report/pdf/factories.js';

const read = (text: string) => readAuditJson(textSourceFromString('audit.json', text));
const saved = (): Record<string, unknown> =>
  JSON.parse(new TextDecoder().decode(jsonReporter(worldReport(), { color: false, width: 80 }) as Uint8Array));
const [major, minor] = VERSION.split('.').map(Number) as [number, number];

async function problem(text: string): Promise<InputError> {
  const error = await read(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readAuditJson', () => {
  it('reads back exactly what the JSON reporter wrote', async () => {
    const report = worldReport();
    // Findings saved without numbers or routing (older reports) are numbered in order and routed by role.
    const expected = {
      ...report,
      findings: report.findings.map((f, i) => ({ ...f, number: i + 1, reportTo: 'Designated Safeguarding Lead' })),
    };
    expect(
      await read(new TextDecoder().decode(jsonReporter(report, { color: false, width: 80 }) as Uint8Array)),
    ).toEqual(expected);
    const numbered = {
      ...report,
      findings: report.findings.map((f, i) => ({ ...f, number: i + 1, reportTo: 'Chair of Governors' as const })),
    };
    expect(
      await read(new TextDecoder().decode(jsonReporter(numbered, { color: false, width: 80 }) as Uint8Array)),
    ).toEqual(numbered);
  });

  it('accepts a report with only the contract’s fields, other lists empty', async () => {
    const { dismissed, coverage, ...minimal } = saved();
    expect(dismissed).toBeDefined();
    expect(coverage).toBeDefined();
    const report = await read(
      JSON.stringify({
        ...minimal,
        exempted: undefined,
        summary: { ...(minimal.summary as object), dismissed: undefined },
      }),
    );
    expect(report).toMatchObject({ exempted: [], dismissed: [], coverage: [], summary: { dismissed: 0 } });
  });

  it('names the file and the line where a cut-short or edited file stops being JSON', async () => {
    const text = JSON.stringify(saved(), null, 2);
    const cut = await problem(text.slice(0, 400));
    expect(cut.message).toMatch(
      /^audit\.json:\d+: is not valid JSON \(.+\): the file may have been cut short or edited$/,
    );
    expect(cut.line).toBe(text.slice(0, 400).split('\n').length);
    const edited = await problem(text.replace('"auditDate"', 'auditDate'));
    expect(edited.line).toBe(text.split('\n').findIndex((line) => line.includes('"auditDate"')) + 1);
    expect((await problem('  \n')).message).toBe('audit.json: is empty, not a saved audit report');
  });

  it('says which of the audit’s other reports it was given instead: the PDF, the text, the CSV', async () => {
    for (const [text, which] of [
      ['%PDF-1.3\n%\u00e2\u00e3\n9 0 obj', 'PDF'],
      ['Social networking audit — Westacre Infant — 24 November 2026\nPolicy: …', 'text'],
      ['\uFEFFlevel,staff_id,staff_name,staff_role\r\nreview,ST05,Amina Farouk,Teacher', 'CSV'],
    ]) {
      const error = await problem(text!);
      expect(error.message).toBe(`audit.json: is the ${which} report, not the JSON one the audit saves for scripts`);
      expect(error.hint).toContain('--format json --out audit.json');
    }
  });

  it('says what it was given where that is no JSON: the CSV report as a spreadsheet saved it, a table, a workbook', async () => {
    for (const separator of [';', '\t']) {
      const resaved = await problem(`level${separator}staff_id${separator}staff_name\r\nreview${separator}ST05`);
      expect(resaved.message).toBe('audit.json: is the CSV report, not the JSON one the audit saves for scripts');
    }
    const roll = await problem('UPN,Adno,Legal Forename,Legal Surname,DOB\nA123,1,Amelia,Ward,2015-01-02');
    expect(roll.message).toBe(
      'audit.json: is a table (its first line reads "UPN,Adno,Legal Forename,Legal Surname,DO"), not the audit’s report saved as JSON',
    );
    expect(roll.hint).toContain('--format json --out audit.json');
    const workbook = await problem(`PK${String.fromCharCode(3, 4)}\u0014\u0000[Content_Types].xml`);
    expect(workbook.message).toBe('audit.json: is an Excel workbook, not the audit’s report saved as JSON');
    // A JSON file that is cut short still says so, with its line.
    expect((await problem('{\n  "tool": {')).message).toMatch(/^audit\.json:2: is not valid JSON/);
  });

  it('refuses a file another tool wrote, or a version this one cannot read', async () => {
    expect((await problem('{"findings": []}')).message).toBe(
      'audit.json: is not a social-audit report (it has no "tool": {"name": "social-audit"})',
    );
    expect((await problem('[1, 2]')).message).toContain('is not a social-audit report');
    const newer = `${major}.${minor + 1}.0`;
    const tooNew = await problem(JSON.stringify({ ...saved(), tool: { name: 'social-audit', version: newer } }));
    expect(tooNew.message).toBe(
      `audit.json: was written by social-audit ${newer}, newer than this version (${VERSION}), which cannot read it`,
    );
    expect(tooNew.hint).toBe('Upgrade social-audit to render it.');
    const older = major > 0 ? `${major - 1}.9.0` : '0.0.9';
    expect(
      (await problem(JSON.stringify({ ...saved(), tool: { name: 'social-audit', version: older } }))).message,
    ).toContain(`whose reports this version (${VERSION}) cannot read`);
    expect((await problem(JSON.stringify({ ...saved(), tool: { name: 'social-audit' } }))).message).toBe(
      'audit.json: has no readable tool version ("undefined")',
    );
    await expect(
      read(JSON.stringify({ ...saved(), tool: { name: 'social-audit', version: `${major}.${minor}.99` } })),
    ).resolves.toBeDefined();
  });

  it('names the first place where the report’s shape is wrong', async () => {
    type SavedFinding = {
      pupil: Record<string, unknown>;
      reasons: unknown;
      connection?: unknown;
      sameAccount?: unknown;
    };
    const withFinding = (change: (f: SavedFinding) => void): string => {
      const data = saved();
      change((data.findings as SavedFinding[])[1]!);
      return JSON.stringify(data);
    };
    expect((await problem(withFinding((f) => (f.pupil.status = 'alumni')))).message).toBe(
      'audit.json: findings[1].pupil.status is "alumni", not "current" or "former"',
    );
    expect((await problem(withFinding((f) => (f.reasons = ['NAME_EXACT', 'SEEN_IN_DREAM'])))).message).toBe(
      'audit.json: findings[1].reasons[1] is "SEEN_IN_DREAM", not a code this version knows',
    );
    expect((await problem(withFinding((f) => (f.sameAccount = [3, 'four'])))).message).toBe(
      'audit.json: findings[1].sameAccount[1] is "four", not a number',
    );
    expect(await problem(withFinding((f) => delete f.connection))).toHaveProperty(
      'message',
      'audit.json: findings[1].connection is missing, not an object',
    );
    expect((await problem(JSON.stringify({ ...saved(), auditDate: '24/11/2026' }))).message).toBe(
      'audit.json: auditDate is "24/11/2026", not a YYYY-MM-DD date',
    );
    expect((await problem(JSON.stringify({ ...saved(), summary: { staff: 3 } }))).message).toBe(
      'audit.json: summary.connections is missing, not a number',
    );
  });
});
