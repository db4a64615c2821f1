import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { UserError } from '../../src/errors.js';
import { auditSavedAsJson, copySchool, TODAY, testIO } from './harness.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/**
 * A REVIEW a colleague confirmed (the pupil: a FLAG from then on), then dismissed by `review --finding N
 * --decision dismiss` on the same report, made before the confirmation: the confirmation was replaced
 * without a word and without the overrule a FLAG needs.
 */
async function confirmedReview() {
  const school = copySchool();
  cleanup = school.cleanup;
  const report = await auditSavedAsJson(school.folder);
  const io = testIO(school.dir);
  const number = String(report.findings.findIndex((f) => f.level === 'review') + 1);
  const confirm = { finding: number, decision: 'confirm', recordedBy: 'J. Other' };
  expect(await review('school/audit.json', undefined, confirm, io)).toBe(0);
  return { io, number, decisions: path.join(school.folder, 'decisions.csv') };
}

describe('dismissing a REVIEW confirmed at an earlier review', () => {
  it('is refused without --overrule (exit 2), naming who confirmed it, and keeps the confirmation', async () => {
    const { io, number, decisions } = await confirmedReview();
    const before = readFileSync(decisions, 'utf8');
    const dismiss = { finding: number, decision: 'dismiss', reason: 'her aunt', recordedBy: 'K. Head' };
    const error = await review('school/audit.json', undefined, dismiss, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `finding ${number} was decided by J. Other on ${longToday()} (confirmed: it is Eleanor (Ellie) Smith, current pupil, Year 7 7S, age 11), a FLAG from then on, which is not dismissed without --overrule`,
    );
    expect(readFileSync(decisions, 'utf8')).toBe(before);
  });

  it('with --overrule is recorded as an overruled FLAG', async () => {
    const { io, number, decisions } = await confirmedReview();
    const dismiss = { finding: number, decision: 'dismiss', reason: 'her aunt', recordedBy: 'K. Head', overrule: true };
    expect(await review('school/audit.json', undefined, dismiss, io)).toBe(0);
    expect(readFileSync(decisions, 'utf8')).toMatch(/\n[^\n]*,dismiss,her aunt,[^\n]*,K\. Head,[^\n]*,flag\r\n/);
  });
});

function longToday(): string {
  const [year, month, day] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
