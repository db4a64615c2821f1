import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textSourceFromBytes } from '../../src/io/TextSource.js';
import { readExemptions } from '../../src/read/readExemptions.js';
import { CsvDocument } from '../../src/write/CsvDocument.js';
import { EXEMPTIONS_FILE } from '../../src/write/keptFileKinds.js';
import { runCli } from '../e2e/runCli.js';

/**
 * exemptions.csv saved by Excel where a comma is the decimal mark (much of Europe, a Mac set so): its
 * "CSV" is separated by semicolons. The audit read its links; `exemptions list`, `add`, `remove` and
 * `review` refused the file ("no column staff_id"), so a link could be neither seen nor renewed.
 */
const SEMICOLONS =
  '\uFEFFstaff_id;pupil_id;relationship;recorded_on;recorded_by;review_on;note\r\nS9;A1;aunt;2025-01-01;K. Head;2027-01-01;her niece\r\n';

describe('a kept file separated by semicolons', () => {
  it('is opened as it is, and a row added to it keeps its semicolons and line ends', async () => {
    const doc = CsvDocument.open(
      'exemptions.csv',
      Buffer.from(SEMICOLONS),
      EXEMPTIONS_FILE.aliases,
      EXEMPTIONS_FILE.required,
      EXEMPTIONS_FILE.describe,
    );
    expect(doc.rows().map((row) => [row.get('staffId'), row.get('note')])).toEqual([['S9', 'her niece']]);
    doc.append({ staffId: 'S1', pupilId: 'A1', relationship: 'parent', note: 'told; in writing, "2026"' });
    const bytes = doc.toBytes();
    expect(bytes.toString()).toBe(`${SEMICOLONS}S1;A1;parent;;;;"told; in writing, ""2026"""\r\n`);
    const links = await readExemptions(textSourceFromBytes('exemptions.csv', bytes));
    expect(links.map((l) => [l.staffId, l.note])).toEqual([
      ['S9', 'her niece'],
      ['S1', 'told; in writing, "2026"'],
    ]);
  });

  const school = mkdtempSync(path.join(tmpdir(), 'social-audit-semicolons-'));
  afterAll(() => rmSync(school, { recursive: true, force: true }));
  it('exemptions list, add and the audit all read it (the built CLI)', () => {
    writeFileSync(path.join(school, 'roll.csv'), 'UPN,Forename,Surname,DOB,Year\nA1,Priya,Sharma,10/10/2012,Year 9\n');
    writeFileSync(path.join(school, 'staff.csv'), 'staff_id,name,role\nS1,Jane Doe,Teacher\nS9,Kim Lee,Teacher\n');
    writeFileSync(path.join(school, 'connections.csv'), 'staff_id,platform,display_name\nS1,facebook,Priya Sharma\n');
    writeFileSync(path.join(school, 'exemptions.csv'), SEMICOLONS);
    const list = runCli(['exemptions', 'list', school]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Kim Lee (S9, Teacher) — Priya Sharma');
    const add = runCli(
      ['exemptions', 'add', school, '--staff-id', 'S1', '--pupil-id', 'A1', '--relationship', 'parent'].concat([
        '--recorded-by',
        'K. Head',
        '--review-on',
        '2027-09-01',
      ]),
    );
    expect(add.code).toBe(0);
    const kept = readFileSync(path.join(school, 'exemptions.csv'), 'utf8');
    expect(kept.startsWith(SEMICOLONS)).toBe(true);
    expect(kept.slice(SEMICOLONS.length)).toMatch(/^S1;A1;parent;\d{4}-\d{2}-\d{2};K\. Head;2027-09-01;\r\n$/);
    const audit = runCli(['audit', school, '--date', '2026-11-24', '--format', 'json']);
    expect(audit.code).toBe(0);
    expect((JSON.parse(audit.stdout) as { exempted: unknown[] }).exempted).toHaveLength(1);
  });
});
