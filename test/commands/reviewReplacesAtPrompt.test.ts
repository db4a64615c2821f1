import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import type { Finding } from '../../src/model/report.js';
import { testKit, until } from '../prompts/harness.js';
import { auditedWithOtherCandidates, type copySchool, type testIO } from './harness.js';

/**
 * At a terminal, a confirmation replacing a family link recorded for another of the finding's pupils was said only
 * once saved, after the "Save?" yes: the head confirmed a colleague's decision away unawares.
 */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let finding: Finding & { number: number };
const REPORT = 'school/audit.json';
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeEach(async () => {
  ({ school, io, finding } = await auditedWithOtherCandidates());
});
afterEach(() => school.cleanup());

describe('review at a terminal, a family link recorded for another of the finding’s pupils', () => {
  it('is said with the finding and in the summary, before anything is answered, and not again once saved', async () => {
    const other = finding.otherCandidates![0]!.pupil;
    const family = { decision: 'family', relationship: 'cousin', pupilId: other.id, recordedBy: 'J. Other' };
    expect(await review(REPORT, undefined, { finding: String(finding.number), ...family }, io)).toBe(0);
    const scripted = io.out().length;

    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    const earlier = `by J. Other on 24 November 2026 (a declared family link with ${other.name}, current pupil, `;
    expect(flat(said.join(''))).toContain(
      `Finding 1 of 2 (no. ${finding.number} in school/audit.json) — REVIEW Jane Doe (S1, Teacher)`,
    );
    expect(flat(said.join(''))).toMatch(
      new RegExp(
        `! Decided earlier ${literal(earlier)}[^)]*\\): any other answer replaces that decision\\. A dismissal also takes the family link recorded with it out of school/exemptions\\.csv.* Any other answer leaves the link there`,
      ),
    );
    screen.keypress('enter'); // it is the most likely pupil
    await until('Stop here and save');
    for (let i = 0; i < 5; i++) screen.keypress('down');
    screen.keypress('enter'); // stop here
    await until('Save this decision');
    const summary = flat(said.join('').slice(said.join('').indexOf('Decisions by K. Head')));
    expect(summary).toMatch(
      new RegExp(`: is ${literal(finding.pupil.name)}, current pupil, .* replacing the decision ${literal(earlier)}`),
    );
    const beforeSave = said.join('').length;
    screen.keypress('enter');
    expect(await run).toBe(0);

    expect(readFileSync(path.join(school.folder, 'decisions.csv'), 'utf8')).toContain(`,${finding.pupil.id},confirm,`);
    const afterSave = said.join('').slice(beforeSave) + io.out().slice(scripted);
    expect(afterSave).toContain('Saved 1 decision to school/decisions.csv.');
    expect(afterSave).not.toContain('J. Other');
  });

  it('given as options, confirming the pupil of the link itself says it replaces it, as confirming another does', async () => {
    const other = finding.otherCandidates![0]!.pupil;
    const decide = (options: Record<string, string>) =>
      review(REPORT, undefined, { finding: String(finding.number), ...options }, io);
    expect(
      await decide({ decision: 'family', relationship: 'cousin', pupilId: other.id, recordedBy: 'J. Other' }),
    ).toBe(0);
    expect(await decide({ decision: 'confirm', pupilId: other.id, recordedBy: 'K. Head' })).toBe(0);
    expect(flat(io.out())).toContain(
      `Finding no. ${finding.number} was decided by J. Other on 24 November 2026 (a declared family link with ${other.name}, current pupil, `,
    );
    expect(readFileSync(path.join(school.folder, 'decisions.csv'), 'utf8')).toContain(`,${other.id},confirm,`);
  });
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
