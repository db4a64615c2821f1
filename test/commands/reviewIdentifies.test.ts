import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import type { Finding } from '../../src/model/report.js';
import { auditFolder, copySchool, testIO } from './harness.js';

/**
 * A family link or "now 18 or over" recorded for another of a finding's pupils left the finding's confirmation in
 * decisions.csv: the account said to be two pupils, which the next audit sets aside as disagreeing.
 */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let finding: Finding & { number: number };
const REPORT = 'school/audit.json';

const audit = async () => auditFolder(school.folder);
const decisionRows = () =>
  readFileSync(path.join(school.folder, 'decisions.csv'), 'utf8').trim().split(/\r?\n/).slice(1);

beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  // A third Eleanor Smith, a former pupil whose age the roll does not give: "now 18 or over" can be said of her.
  appendFileSync(path.join(school.folder, 'leavers.csv'), 'L100000000009,Eleanor,Smith,,20/07/2020\n');
  const report = await audit();
  writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(report));
  const index = report.findings.findIndex((f) => (f.otherCandidates?.length ?? 0) >= 2);
  finding = { ...report.findings[index]!, number: report.findings[index]!.number ?? index + 1 };
});
afterEach(() => school.cleanup());

describe('review: saying the account is another of the finding’s pupils replaces a confirmation', () => {
  const decide = (options: Record<string, string>) =>
    review(REPORT, undefined, { finding: String(finding.number), recordedBy: 'K. Head', ...options }, io);

  it.each([
    ['a family link', { decision: 'family', relationship: 'cousin' }, 'current'],
    ['now 18 or over', { decision: 'adult' }, 'former'],
  ])('%s for another pupil takes the confirmation out, naming whom it said', async (_what, options, status) => {
    expect(await decide({ decision: 'confirm', recordedBy: 'J. Other' })).toBe(0);
    const other = finding
      .otherCandidates!.map((c) => c.pupil)
      .find((p) => p.status === status && (status === 'current' || p.age === null))!;
    expect(await decide({ ...options, pupilId: other.id })).toBe(0);

    const rows = decisionRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`,${other.id},${options.decision},`);
    expect(io.out().replace(/\s+/g, ' ')).toContain(
      `Finding no. ${finding.number} was decided by J. Other on 24 November 2026 (confirmed: it is ${finding.pupil.name}, current pupil, `,
    );
    // Namesakes told apart in what was saved, as the choices tell them apart.
    expect(io.out().replace(/\s+/g, ' ')).toContain(`${other.name}, ${status} pupil`);
    expect((await audit()).warnings.map((w) => w.code)).not.toContain('DECISIONS_DISAGREE');
  });

  it('a confirmation replaces a family link recorded for another pupil, and says so', async () => {
    const other = finding.otherCandidates!.find((c) => c.pupil.status === 'current')!.pupil;
    expect(
      await decide({ decision: 'family', relationship: 'cousin', pupilId: other.id, recordedBy: 'J. Other' }),
    ).toBe(0);
    expect(await decide({ decision: 'confirm' })).toBe(0);

    expect(decisionRows()).toEqual([expect.stringContaining(`,${finding.pupil.id},confirm,`)]);
    expect(io.out().replace(/\s+/g, ' ')).toContain(
      `Finding no. ${finding.number} was decided by J. Other on 24 November 2026 (a declared family link with ${other.name}, current pupil, `,
    );
    expect((await audit()).warnings.map((w) => w.code)).not.toContain('DECISIONS_DISAGREE');
  });
});
