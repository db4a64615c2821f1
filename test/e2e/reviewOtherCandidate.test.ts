import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * A finding confirmed as another of its candidates (`--pupil-id`) was looked up under its most likely pupil
 * only: a later `review` offered it again as undecided, dismissed it without the overrule its confirmation
 * needs, and refused to move a confirmation from one candidate to another ("already decided").
 */
const folders = tempFolders('review-other-candidate');
const SAMPLE = path.resolve('samples/westacre-infant');

interface Saved {
  findings: { number: number; level: string; pupil: { id: string }; otherCandidates?: { pupil: { id: string } }[] }[];
}

function auditedSchool() {
  const cwd = folders.make();
  cpSync(SAMPLE, path.join(cwd, 'school'), { recursive: true });
  expect(runCli(['audit', 'school', '--date', '2026-11-24', '--out', 'school/audit.json'], { cwd }).code).toBe(1);
  const report = JSON.parse(readFileSync(path.join(cwd, 'school', 'audit.json'), 'utf8')) as Saved;
  const finding = report.findings.find((f) => f.level === 'review' && f.otherCandidates?.length)!;
  const review = (...rest: string[]) =>
    runCli(['review', 'school/audit.json', '--finding', String(finding.number), '--recorded-by', 'K. Head', ...rest], {
      cwd,
    });
  const decisions = () => readFileSync(path.join(cwd, 'school', 'decisions.csv'), 'utf8');
  return { review, decisions, mostLikely: finding.pupil.id, other: finding.otherCandidates![0]!.pupil.id };
}

describe('a finding confirmed as another of its candidates', { timeout: 60_000 }, () => {
  it('is already decided, in words naming that pupil, and is not dismissed without --overrule', () => {
    const { review, decisions, other } = auditedSchool();
    expect(review('--decision', 'confirm', '--pupil-id', other).code).toBe(0);
    const saved = decisions();

    const again = review('--decision', 'confirm', '--pupil-id', other);
    expect(again.code).toBe(0);
    const said = again.stdout.replace(/\s+/g, ' ');
    expect(said).toMatch(
      /is already decided in school\/decisions\.csv by K\. Head on .+ \(confirmed: it is .+, former pupil/,
    );
    expect(said).toContain('nothing was written');
    expect(said).not.toContain('it is the pupil');

    const dismissed = review('--decision', 'dismiss', '--reason', 'not him');
    expect(dismissed.code).toBe(2);
    expect(dismissed.stderr.replace(/\s+/g, ' ')).toMatch(
      /\(confirmed: it is .+\), a FLAG from then on, which is not dismissed without --overrule/,
    );
    expect(decisions()).toBe(saved);
  });

  it('moved to the most likely pupil and back replaces the confirmation, leaving one', () => {
    const { review, decisions, mostLikely, other } = auditedSchool();
    expect(review('--decision', 'confirm', '--pupil-id', other).code).toBe(0);

    const moved = review('--decision', 'confirm');
    expect(moved.code).toBe(0);
    expect(moved.stdout.replace(/\s+/g, ' ')).toMatch(
      /was decided by K\. Head on .+ \(confirmed: it is .+, former pupil.*\); this decision replaces it/,
    );
    expect(decisions()).toContain(`,${mostLikely},confirm,`);
    expect(decisions()).not.toContain(`,${other},confirm,`);

    const back = review('--decision', 'confirm', '--pupil-id', other);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('this decision replaces it');
    expect(decisions()).toContain(`,${other},confirm,`);
    expect(decisions()).not.toContain(`,${mostLikely},confirm,`);
  });
});
