import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';

let trust: string;

beforeAll(() => {
  trust = mkdtempSync(path.join(tmpdir(), 'social-audit-trust-'));
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    'A1,Priya,Sharma,10/10/2012,Year  9,Northfield',
    'B1,Kacper,Nowak,01/02/2015,Year  6,Southfield',
  );
  write('staff.csv', 'staff_id,name,role,School', 'S1,Jane Doe,Teacher,Northfield', 'S2,Tom Brown,Teacher,Southfield');
  write(
    'connections.csv',
    'staff_id,platform,display_name',
    'S1,instagram,Priya Sharma',
    'S1,instagram,Kacper Nowak',
    'S2,instagram,Priya Sharma',
  );
});
afterAll(() => rmSync(trust, { recursive: true, force: true }));

describe('social-audit audit in a trust', () => {
  it('checks each member of staff against their own school by default, and says so', async () => {
    const { code, stdout } = await runInProcess(['audit', trust, '--date', '2026-11-24', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.scope).toEqual({ mode: 'own-school', schools: ['Northfield', 'Southfield'] });
    expect(
      report.findings.map((f: { staff: { id: string }; pupil: { id: string } }) => `${f.staff.id}:${f.pupil.id}`),
    ).toEqual(['S1:A1']);
    expect((await runInProcess(['audit', trust, '--date', '2026-11-24'])).stdout).toMatch(
      /Checked +each member of staff against their own school’s pupils \(2 schools/,
    );
  });

  it('checks everyone against every pupil with --trust-wide', async () => {
    const { stdout } = await runInProcess(['audit', trust, '--date', '2026-11-24', '--format', 'json', '--trust-wide']);
    const report = JSON.parse(stdout);
    expect(report.scope.mode).toBe('trust-wide');
    expect(
      report.findings
        .map((f: { staff: { id: string }; pupil: { id: string } }) => `${f.staff.id}:${f.pupil.id}`)
        .sort(),
    ).toEqual(['S1:A1', 'S1:B1', 'S2:A1']);
  });
});
