import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySchool } from '../commands/harness.js';
import { runInProcess } from '../helpers/runInProcess.js';
import { expectNoStack } from '../hostile/write/school.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

interface Saved {
  findings: { level: string; pupil: { id: string } }[];
  dismissed: { pupil: { id: string }; decision: { decision: string; overruled?: string; reason?: string } }[];
}

/** A copy of the fixture school, audited: its saved report and the number of its first FLAG. */
async function audited() {
  const school = copySchool();
  cleanup = school.cleanup;
  const { dir, folder } = school;
  const report = path.join(dir, 'audit.json');
  const audit = () => runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', report]);
  await audit();
  const saved = JSON.parse(readFileSync(report, 'utf8')) as Saved;
  const flag = saved.findings.findIndex((f) => f.level === 'flag') + 1;
  expect(flag).toBeGreaterThan(0);
  return { folder, report, audit, saved, flag };
}

describe('review: a FLAG is dismissed only by an explicit overrule, and stays visible', () => {
  it('refuses without --overrule, records it with, and later reports list it as overruled', async () => {
    const { folder, report, audit, saved, flag } = await audited();
    const flagged = saved.findings[flag - 1]!.pupil.id;
    const dismiss = [
      'review',
      report,
      folder,
      '--finding',
      String(flag),
      '--decision',
      'dismiss',
      '--reason',
      'her aunt, same name',
      '--recorded-by',
      'K. Head',
    ];

    const refused = await runInProcess(dismiss);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`finding ${flag} is a FLAG, which is not dismissed without --overrule`);
    expect(refused.stderr).toContain('--overrule --reason');
    expectNoStack(refused.stderr);
    expect(existsSync(path.join(folder, 'decisions.csv'))).toBe(false);

    const overruled = await runInProcess([...dismiss, '--overrule']);
    expect(overruled).toMatchObject({ code: 0, stderr: '' });
    expect(overruled.stdout).toContain('(FLAG overruled)');
    expect(readFileSync(path.join(folder, 'decisions.csv'), 'utf8')).toMatch(
      /,dismiss,her aunt, same name,.*,flag\r\n$|,dismiss,"her aunt, same name",.*,flag\r\n$/m,
    );

    await audit();
    const after = JSON.parse(readFileSync(report, 'utf8')) as Saved;
    expect(after.findings.map((f) => f.pupil.id)).not.toContain(flagged);
    expect(after.dismissed).toContainEqual(
      expect.objectContaining({
        pupil: expect.objectContaining({ id: flagged }),
        decision: expect.objectContaining({ decision: 'dismiss', overruled: 'flag' }),
      }),
    );
    const text = await runInProcess(['report', report]);
    expect(text.stdout).toContain('FLAG OVERRULED by K. Head');
    expect(text.stdout).toMatch(/Dismissed earlier +1 \(1 FLAG overruled\)/);
    expect((await runInProcess(['report', report, '--redact'])).stdout).toContain('FLAG OVERRULED');
  });

  it('keeps a FLAG that a plain dismissal in decisions.csv would drop, with a DECISION_STALE warning', async () => {
    const { folder, report, audit, saved, flag } = await audited();
    expect(
      (
        await runInProcess([
          'review',
          report,
          folder,
          '--finding',
          String(flag),
          '--decision',
          'dismiss',
          '--overrule',
          '--reason',
          'x',
          '--recorded-by',
          'K. Head',
        ])
      ).code,
    ).toBe(0);
    // Someone deletes the overrule in a spreadsheet: the dismissal no longer holds.
    const decisions = path.join(folder, 'decisions.csv');
    writeFileSync(decisions, readFileSync(decisions, 'utf8').replace(/,flag\r\n$/, ',\r\n'));
    await audit();
    const after = JSON.parse(readFileSync(report, 'utf8')) as Saved & { warnings: { code: string }[] };
    expect(after.findings[flag - 1]).toEqual(saved.findings[flag - 1]);
    expect(after.dismissed).toEqual([]);
    expect(after.warnings.map((w) => w.code)).toContain('DECISION_STALE');
  });

  it('dismisses a REVIEW finding as before, without --overrule', async () => {
    const { folder, report, saved } = await audited();
    const review = saved.findings.findIndex((f) => f.level === 'review') + 1;
    expect(review).toBeGreaterThan(0);
    const run = await runInProcess([
      'review',
      report,
      folder,
      '--finding',
      String(review),
      '--decision',
      'dismiss',
      '--reason',
      'not her',
      '--recorded-by',
      'K. Head',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).not.toContain('overruled');
  });
});
