import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { type CliResult, runInProcess } from '../helpers/runInProcess.js';
import { runCli } from './runCli.js';

/**
 * The sample school is the Quick start's demonstration: every planted connection in its
 * answers.json must come out as planted, and nothing else may be reported.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
interface Answer {
  id: string;
  source: string;
  expected: 'flag' | 'review' | 'exempted' | 'none';
  pupils: { id: string }[];
}
const answers = (JSON.parse(readFileSync(path.join(SAMPLE, 'answers.json'), 'utf8')) as { answers: Answer[] }).answers;
/** Disguises where a person looking is as good an outcome as a flag. */
const EITHER_LEVEL = new Set(['typo', 'leetspeak']);

let work: string;
let report: AuditReport;
let run: CliResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-samples-'));
  run = await runInProcess([
    'audit',
    SAMPLE,
    '--date',
    '2026-11-24',
    '--format',
    'json',
    '--out',
    path.join(work, 'audit.json'),
  ]);
  report = JSON.parse(readFileSync(path.join(work, 'audit.json'), 'utf8')) as AuditReport;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the sample school', () => {
  it('exits 1, having found something to act on', () => {
    expect(run.code).toBe(1);
  });

  it.each(answers.filter((a) => a.expected === 'flag' || a.expected === 'review'))(
    'finds $id ($source) as $expected',
    (answer) => {
      const finding = report.findings.find((f) => f.connection.source === answer.source);
      expect(finding, `no finding at ${answer.source}`).toBeDefined();
      const pupils = [finding!.pupil, ...(finding!.otherCandidates ?? []).map((c) => c.pupil)].map((p) => p.id).sort();
      expect(pupils).toEqual(answer.pupils.map((p) => p.id).sort());
      // A planted flag is found at least for review: the sample's short lists cannot show how rare a
      // name is, and the model flags only beyond reasonable doubt (issue 14). A planted review is never a flag.
      if (!EITHER_LEVEL.has(answer.id) && answer.expected === 'review') expect(finding!.level).toBe('review');
    },
  );

  it.each(answers.filter((a) => a.expected === 'exempted'))(
    'lists $id ($source) as excluded by a family link',
    (answer) => {
      expect(report.exempted.map((e) => e.connection.source)).toContain(answer.source);
      expect(report.findings.map((f) => f.connection.source)).not.toContain(answer.source);
    },
  );

  it.each(answers.filter((a) => a.expected === 'none'))('does not report $id ($source)', (answer) => {
    expect(report.findings.map((f) => f.connection.source)).not.toContain(answer.source);
  });

  it('reports nothing that was not planted', () => {
    const planted = new Set(answers.map((a) => a.source));
    expect(report.findings.map((f) => f.connection.source).filter((source) => !planted.has(source))).toEqual([]);
  });

  it('tells the DSL which findings are flagged, to act on first, since findings run by member of staff', () => {
    const { code, stdout } = runCli(['audit', SAMPLE, '--date', '2026-11-24']);
    expect(code).toBe(1);
    const flagged = report.findings.filter((f) => f.level === 'flag').map((f) => f.number);
    expect(flagged).toEqual([5, 8, 11, 12, 16, 17, 19, 21, 22, 24]);
    const steps = stdout.slice(stdout.indexOf('Next steps')).replace(/\s+/g, ' ');
    expect(steps).toContain(
      '1. Findings 5, 8, 11, 12, 16, 17, 19, 21, 22 and 24 are flagged: act on them first, as each account is, beyond reasonable doubt, the pupil. 2. Findings 1–14 and 16–25 go to the Designated Safeguarding Lead.',
    );
  });

  it('prints a readable report for the Headteacher', async () => {
    const text = await runInProcess(['audit', SAMPLE, '--date', '2026-11-24']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Social networking audit — Westacre Infant — 24 November 2026');
    expect(text.stdout).toMatch(/Janet Whitcombe\s+nothing handed in/);
    expect(text.stdout).toContain('Excluded by declared family links');
    expect(text.stdout).toContain('Next steps');
  });
});
