import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openQuoteLine } from '../../../src/write/CsvDocument.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { ADD, expectNoStack, leftovers, schoolPerTest } from './school.js';

const school = schoolPerTest();

const UNCLOSED =
  'staff_id,pupil_id,relationship,note\r\nS1,A100000000001,parent,"met at the gate\r\nS3,A100000000002,sibling,\r\nS2,A100000000004,parent,ok\r\n';

describe('an unclosed quote in a file the tool keeps is exit 2 naming the file and the line it opened on', () => {
  const commands: [string, string[]][] = [
    ['exemptions add', ['exemptions', 'add', '{folder}', '--staff-id', 'S3', '--pupil-id', 'A100000000004', ...ADD]],
    ['exemptions list', ['exemptions', 'list', '{folder}']],
    [
      'exemptions remove',
      [
        'exemptions',
        'remove',
        '{folder}',
        '--staff-id',
        'S1',
        '--pupil-id',
        'A100000000001',
        '--recorded-by',
        'K. Head',
        '--yes',
      ],
    ],
  ];
  for (const [name, args] of commands) {
    it(name, async () => {
      const { folder } = school();
      writeFileSync(path.join(folder, 'exemptions.csv'), UNCLOSED);
      const run = await runInProcess(args.map((arg) => (arg === '{folder}' ? folder : arg)));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/exemptions\.csv:2: /);
      expectNoStack(run.stderr);
      expect(readFileSync(path.join(folder, 'exemptions.csv'), 'utf8')).toBe(UNCLOSED);
      expect(leftovers(folder)).toEqual([]);
    });
  }

  it('review, with an unclosed quote in decisions.csv', async () => {
    const { dir, folder } = school();
    const report = path.join(dir, 'audit.json');
    await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', report]);
    const decisions = 'connection_key,decision,reason\r\nS1|facebook|jack jones|L100000000001,dismiss,"not him\r\n';
    writeFileSync(path.join(folder, 'decisions.csv'), decisions);
    const review = await runInProcess([
      'review',
      report,
      folder,
      '--finding',
      '1',
      '--decision',
      'confirm',
      '--recorded-by',
      'K. Head',
    ]);
    expect(review.code).toBe(2);
    expect(review.stderr).toMatch(/decisions\.csv:2: /);
    expectNoStack(review.stderr);
    expect(readFileSync(path.join(folder, 'decisions.csv'), 'utf8')).toBe(decisions);
  });

  it('finds the line a quote opened on, past quoted line breaks and doubled quotes', () => {
    expect(openQuoteLine('a,b\n"x\ny",2\n"open ""q"" \n\n')).toBe(4);
    expect(openQuoteLine('a,b\nx"y,2\n')).toBeUndefined();
    expect(openQuoteLine('a,b\r\n1, "2\r\n')).toBe(2);
  });
});

describe('a saved report with a bad date is exit 2 naming the field, for every format', () => {
  for (const [field, change] of [
    ['findings[0].pupil.dob', (r: Report) => (r.findings[0]!.pupil.dob = '31/02/2015')],
    ['findings[0].connection.connectedOn', (r: Report) => (r.findings[0]!.connection.connectedOn = 'last week')],
    ['exempted[0].exemption.reviewOn', (r: Report) => (r.exempted[0]!.exemption.reviewOn = '2027-13-01')],
  ] as const) {
    it(field, async () => {
      const { dir, folder } = school();
      const saved = path.join(dir, 'audit.json');
      await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', saved]);
      const report = JSON.parse(readFileSync(saved, 'utf8')) as Report;
      change(report);
      writeFileSync(saved, JSON.stringify(report));
      const pdf = await runInProcess(['report', saved, '--format', 'pdf', '--out', path.join(dir, 'audit.pdf')]);
      expect(pdf.code).toBe(2);
      expect(pdf.stderr).toContain(`audit.json: ${field} is `);
      expectNoStack(pdf.stderr);
    });
  }
});

interface Report {
  findings: { pupil: { dob?: string }; connection: { connectedOn?: string } }[];
  exempted: { exemption: { reviewOn?: string } }[];
}
