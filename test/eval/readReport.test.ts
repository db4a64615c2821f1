import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { readReport, slimFinding } from '../../eval/lib/readReport.mjs';
// @ts-expect-error plain ESM module without types
import { makeRng } from '../../eval/lib/rng.mjs';

const dir = mkdtempSync(join(tmpdir(), 'held-out-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rng = { int(lo: number, hi: number): number; pick<T>(list: T[]): T; chance(p: number): boolean };
const UNITS = ['a', 'É', '{', '}', '[', ']', '"', '\\', ',', ':', ' ', '🌸', '\n', '\u2028'];
const text = (rng: Rng) => Array.from({ length: rng.int(0, 8) }, () => rng.pick(UNITS)).join('');
const finding = (rng: Rng) => ({
  level: rng.pick(['flag', 'review']),
  ...(rng.chance(0.9) ? { score: rng.int(0, 1000) / 1000 } : {}),
  staff: { id: text(rng), name: text(rng) },
  pupil: { id: text(rng), name: text(rng) },
  connection: { source: text(rng), name: text(rng) },
  reasons: Array.from({ length: rng.int(0, 3) }, () => text(rng)),
  ...(rng.chance(0.5)
    ? {
        otherCandidates: Array.from({ length: rng.int(0, 2) }, () => ({
          pupil: { id: text(rng) },
          score: rng.int(0, 100) / 100,
        })),
      }
    : {}),
});

describe('reading a large JSON report in pieces', () => {
  it('gives the same findings, exempted links and summary as JSON.parse, whatever the chunk size', () => {
    const rng: Rng = makeRng('read-report');
    for (let run = 0; run < 300; run++) {
      const findings = Array.from({ length: rng.int(0, 6) }, () => finding(rng));
      const exempted = Array.from({ length: rng.int(0, 2) }, () => finding(rng));
      const school = text(rng);
      const report = {
        tool: { name: 'social-audit' },
        school,
        summary: { connections: 3, note: school },
        findings,
        exempted,
        warnings: [{ code: 'X', message: school }],
      };
      const file = join(dir, 'report.json');
      writeFileSync(file, JSON.stringify(report, null, rng.chance(0.5) ? 2 : 0));
      const read = readReport(file, rng.int(1, 64));
      const parsed = JSON.parse(JSON.stringify(report));
      expect(read.findings).toEqual(parsed.findings.map(slimFinding));
      // the scores are kept, the finding's and its candidates' (the calibration table needs them)
      const scores = (fs: { score?: number; otherCandidates?: { score?: number }[] }[]) =>
        fs.map((f) => [f.score, (f.otherCandidates ?? []).map((c) => c.score)]);
      expect(scores(read.findings)).toEqual(scores(parsed.findings));
      expect(read.exempted).toEqual(parsed.exempted.map(slimFinding));
      expect(read.summary).toEqual(parsed.summary);
      expect(read.warnings).toEqual(parsed.warnings);
    }
  });
});
