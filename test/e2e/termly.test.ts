import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { runInProcess } from '../helpers/runInProcess.js';

/**
 * The termly cycle as a school runs it (issue 17's "what must hold"): audit in the autumn, decide
 * and record over the term, change the lists (one connection gone, one new, one pupil turned 18),
 * audit again in the spring with --compare.
 */
const FIXTURES = fileURLToPath(new URL('termly-fixtures', import.meta.url));
let work: string;
let folder: string;
let autumn: AuditReport;
let spring: AuditReport;
const read = (file: string): AuditReport => JSON.parse(readFileSync(path.join(work, file), 'utf8')) as AuditReport;
const byPupil = (report: AuditReport, staffId: string, pupilName: string) =>
  report.findings.filter((f) => f.staff.id === staffId && f.pupil.name === pupilName);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-termly-'));
  folder = path.join(work, 'school');
  cpSync(path.join(FIXTURES, 'school'), folder, { recursive: true });
  expect(
    (
      await runInProcess([
        'audit',
        folder,
        '--date',
        '2026-11-24',
        '--format',
        'json',
        '--out',
        path.join(work, 'autumn.json'),
      ])
    ).code,
  ).toBe(1);
  autumn = read('autumn.json');

  // Over the term: Ruby Stone (age unknown) is known to be an adult; Carla Moss declares she is Isla Grant's aunt.
  const ruby = autumn.findings.find((f) => f.pupil.name === 'Ruby Stone')!;
  const reviewed = await runInProcess([
    'review',
    path.join(work, 'autumn.json'),
    folder,
    '--finding',
    String(ruby.number),
    '--decision',
    'adult',
    '--dob',
    '02/03/2001',
    '--recorded-by',
    'A. Hart',
  ]);
  expect(reviewed.stderr).toBe('');
  expect(reviewed.code).toBe(0);
  const added = await runInProcess([
    'exemptions',
    'add',
    folder,
    '--staff-id',
    'S3',
    '--pupil-id',
    'P00000000004',
    '--relationship',
    'aunt/uncle',
    '--recorded-by',
    'A. Hart',
    '--review-on',
    '2027-09-01',
    '--yes',
  ]);
  expect(added.stderr).toBe('');
  // The spring lists: Harvey Lewis's connection gone, Oliver Smith newly connected to Ben Cole, Maya Patel renamed.
  writeFileSync(path.join(folder, 'connections.csv'), readFileSync(path.join(FIXTURES, 'spring-connections.csv')));
  expect(
    (
      await runInProcess([
        'audit',
        folder,
        '--date',
        '20/03/2027',
        '--compare',
        path.join(work, 'autumn.json'),
        '--format',
        'json',
        '--out',
        path.join(work, 'spring.json'),
      ])
    ).code,
  ).toBe(1);
  spring = read('spring.json');
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each test runs the built CLI once or more: on a busy machine that takes seconds each time.
describe('the termly cycle', { timeout: 90_000 }, () => {
  it('numbers findings 1… in report order and routes them by the staff role', () => {
    expect(autumn.findings.map((f) => f.number)).toEqual(autumn.findings.map((_, i) => i + 1));
    expect(autumn.findings.map((f) => [f.staff.id, f.reportTo])).toEqual(
      autumn.findings.map((f) => [
        f.staff.id,
        { S1: 'Chair of Governors', S2: 'Designated Safeguarding Lead', S3: 'Headteacher' }[f.staff.id],
      ]),
    );
  });

  it('names the routed findings by number and the recipient by name in the next steps, and not by name in the redacted copy', async () => {
    const { stdout } = await runInProcess(['report', path.join(work, 'autumn.json')]);
    const head = autumn.findings.filter((f) => f.staff.id === 'S1').map((f) => f.number);
    expect(head).toEqual([1]);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Finding 1 concerns the Headteacher: give it to the Chair of Governors, Dev Rao.',
    );
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Findings 5 and 6 concern the Designated Safeguarding Lead: give them to the Headteacher, Alice Hart.',
    );
    expect(stdout.replace(/\s+/g, ' ')).toContain('Findings 2–4 go to the Designated Safeguarding Lead, Carla Moss.');
    const redacted = (await runInProcess(['report', path.join(work, 'autumn.json'), '--redact'])).stdout.replace(
      /\s+/g,
      ' ',
    );
    expect(redacted).toContain('Finding 1 concerns the Headteacher: give it to the Chair of Governors.');
    expect(redacted).not.toContain('Dev Rao');
    const json = JSON.parse(
      (await runInProcess(['report', path.join(work, 'autumn.json'), '--redact', '--format', 'json'])).stdout,
    ) as AuditReport;
    expect(json.findings.map((f) => [f.number, f.reportTo])).toEqual(
      autumn.findings.map((f) => [f.number, f.reportTo]),
    );
  });

  it('marks each finding new or continuing, matching a renamed account by its handle', () => {
    expect(spring.findings.map((f) => [f.staff.id, f.pupil.name, f.change])).toEqual(
      expect.arrayContaining([
        ['S1', 'Oliver Smith', 'continuing'],
        ['S2', 'Maya Patel', 'continuing'],
        ['S2', 'Oliver Smith', 'new'],
      ]),
    );
    expect(spring.findings).toHaveLength(3);
    expect(byPupil(spring, 'S2', 'Maya Patel')[0]!.connection.name).toBe('Maya P 🌸');
    expect(spring.summary.change).toEqual({ since: '2026-11-24', new: 1, continuing: 2, resolved: 4 });
  });

  it('lists the ended findings as resolved, each with why', async () => {
    expect(spring.resolved!.map((r) => [r.staff.id, r.pupil.name, r.why]).sort()).toEqual(
      [
        ['S2', 'Harvey Lewis', 'connection gone'],
        ['S2', 'Ruby Stone', 'pupil no longer in scope'],
        ['S3', 'Isla Grant', 'family link recorded'],
        ['S3', 'Jack Turner', 'pupil no longer in scope'],
      ].sort(),
    );
    const { stdout } = await runInProcess(['report', path.join(work, 'spring.json')]);
    expect(stdout).toContain('Resolved since 24 November 2026');
    expect(stdout).toMatch(/\d+\. REVIEW +NEW Oliver Smith/);
    expect(stdout).toContain('Changes            1 new, 2 continuing, 4 resolved since 24 November 2026');
  });

  it('acts with review --finding N on the finding the report numbered N', async () => {
    const target = spring.findings.find((f) => f.change === 'new')!;
    expect(target.level).toBe('review');
    const { code } = await runInProcess([
      'review',
      path.join(work, 'spring.json'),
      folder,
      '--finding',
      String(target.number),
      '--decision',
      'dismiss',
      '--overrule',
      '--reason',
      'his uncle, same name',
      '--recorded-by',
      'A. Hart',
    ]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(folder, 'decisions.csv'), 'utf8')).toContain(
      `${target.staff.id}|tiktok|oliver smith 2015|${target.pupil.id},`,
    );
  });

  it('refuses a compare file that is not a JSON report, naming it', async () => {
    const { code, stderr } = await runInProcess([
      'audit',
      folder,
      '--date',
      '2027-03-20',
      '--compare',
      path.join(folder, 'roll.csv'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('roll.csv');
  });
});
