import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { UserError } from '../../src/errors.js';
import type { AuditReport } from '../../src/model/report.js';
import { addLeaverOfUnknownAge, auditSavedAsJson, copySchool, testIO } from './harness.js';

/** `--dob` on a finding already decided, or beside a decision it does not go with, was dropped without a word. */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let report: AuditReport;
const REPORT = 'school/audit.json';

beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  // A former pupil whose age the roll does not give: "now 18 or over" can be said of her.
  addLeaverOfUnknownAge(school.folder);
  report = await auditSavedAsJson(school.folder);
});
afterEach(() => school.cleanup());

const numberOf = (name: string) => {
  const index = report.findings.findIndex((f) => f.pupil.name.includes(name));
  return String(report.findings[index]!.number ?? index + 1);
};
const decide = (name: string, options: Record<string, string>) =>
  review(REPORT, undefined, { finding: numberOf(name), recordedBy: 'K. Head', ...options }, io);
const decisions = () => readFileSync(path.join(school.folder, 'decisions.csv'), 'utf8');

describe('review --dob', () => {
  it('another date of birth for a former pupil recorded as grown is a new decision, not "already decided"', async () => {
    expect(await decide('Ruby Stone', { decision: 'adult', dob: '14/02/2007' })).toBe(0);
    expect(await decide('Ruby Stone', { decision: 'adult', dob: '14/02/2006' })).toBe(0);
    expect(decisions()).toContain(',adult,now 18 or over,');
    expect(decisions()).toContain(',2006-02-14,');
    expect(decisions()).not.toContain('2007-02-14');
    expect(io.out().replace(/\s+/g, ' ')).toContain(
      '(now 18 or over, born 14 February 2007); this decision replaces it.',
    );
  });

  it('the same date of birth again, or none, leaves the decision as it is', async () => {
    expect(await decide('Ruby Stone', { decision: 'adult', dob: '14/02/2007' })).toBe(0);
    const before = decisions();
    expect(await decide('Ruby Stone', { decision: 'adult', dob: '2007-02-14' })).toBe(0);
    expect(await decide('Ruby Stone', { decision: 'adult' })).toBe(0);
    expect(decisions()).toBe(before);
    expect(io.out()).toContain('(now 18 or over, born 14 February 2007); nothing was written.');
  });

  it.each([
    ['undecided', false],
    ['already confirmed', true],
  ])(
    'beside another decision (%s) is refused, naming the roll’s date of birth; nothing is written',
    async (_, confirmed) => {
      const pupil = report.findings.find((f) => f.pupil.name === 'Zoë Núñez')!.pupil;
      if (confirmed) expect(await decide('Zoë Núñez', { decision: 'confirm' })).toBe(0);
      const before = existsSync(path.join(school.folder, 'decisions.csv')) ? decisions() : undefined;
      const error = await decide('Zoë Núñez', { decision: 'confirm', dob: '14/02/2007' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(
        '--dob goes only with --decision adult, not confirm; the roll gives Zoë Núñez’s date of birth as 10 January 2016; nothing was written',
      );
      expect(pupil.dob).toBe('2016-01-10');
      expect(existsSync(path.join(school.folder, 'decisions.csv')) ? decisions() : undefined).toBe(before);
    },
  );
});
