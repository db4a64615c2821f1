import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { CancelledError } from '../../src/errors.js';
import type { Finding } from '../../src/model/report.js';
import { testKit, until } from '../prompts/harness.js';
import { auditedWithOtherCandidates, type copySchool, type testIO } from './harness.js';

/** At a terminal, a finding confirmed as another of its candidates was offered again as undecided. */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let finding: Finding & { number: number };
const REPORT = 'school/audit.json';

beforeEach(async () => {
  ({ school, io, finding } = await auditedWithOtherCandidates());
});
afterEach(() => school.cleanup());

describe('review at a terminal after a finding was confirmed as another of its candidates', () => {
  it('leaves that finding as decided, naming the pupil it was confirmed as', async () => {
    const other = finding.otherCandidates![0]!.pupil;
    const confirm = { finding: String(finding.number), decision: 'confirm', pupilId: other.id, recordedBy: 'J. Other' };
    expect(await review(REPORT, undefined, confirm, io)).toBe(0);

    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    const shown = said.join('').replace(/\s+/g, ' ');
    expect(shown).toContain(
      `Finding no. ${finding.number} was already decided by J. Other on 24 November 2026 (confirmed: it is ${other.name}, `,
    );
    expect(shown).toContain('1 finding left to review (1 decided earlier).');
    expect(shown).toMatch(/Finding 1 of 1 \(no\. \d+ in school\/audit\.json\) — REVIEW Tom Brown/);
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
});
