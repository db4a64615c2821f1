import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { CancelledError } from '../../src/errors.js';
import type { AuditReport } from '../../src/model/report.js';
import { reviewFlow } from '../../src/prompts/reviewFlow.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditFolder, copySchool, TODAY, testIO } from './harness.js';

/** A head who must stop part-way through the reviews keeps what they decided; Ctrl+C still keeps nothing. */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
const REPORT = 'school/audit.json';
const decisionsCsv = () => path.join(school.folder, 'decisions.csv');

beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  // Two more findings for review: a former pupil of unknown age, and a near-namesake.
  appendFileSync(path.join(school.folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
  appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
  const report = await auditFolder(school.folder);
  expect(report.findings.filter((f) => f.level === 'review').map((f) => f.pupil.name)).toEqual([
    'Eleanor (Ellie) Smith',
    'Ruby Stone',
  ]);
  writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(report));
});
afterEach(() => school.cleanup());

describe('review at a terminal, stopped part-way', () => {
  it('says before the first finding how to stop and keep the decisions', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(said.join('')).toContain(
      '2 findings to review. To stop part-way and keep what you have decided, choose "Stop here" at any finding',
    );
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('saves the decisions made before "Stop here", and the next review offers only what is left', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    await answer(''); // finding 1: it is the first Eleanor Smith
    await until('now 18 or over');
    expect(screen.getScreen()).toContain('Stop here and save the decision made so far');
    for (let i = 0; i < 5; i++) screen.keypress('down');
    await answer('');
    expect(said.join('')).toContain('Decisions by K. Head:');
    expect(screen.getScreen()).toContain('Save this decision to school/decisions.csv?');
    screen.keypress('enter');
    expect(await run).toBe(0);
    const rows = readFileSync(decisionsCsv(), 'utf8').trim().split(/\r?\n/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(',confirm,');

    const again = testKit();
    const rerun = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, again.kit);
    await until('What is it?');
    const shown = again.said.join('');
    expect(shown).toContain('1 finding left to review (1 decided earlier).');
    expect(shown).toMatch(/Finding 1 of 1 \(no\. \d+ in school\/audit\.json\) — REVIEW\n {2}Tom Brown/);
    expect(shown).not.toContain('Ellie Smith" (@ellie.s) ·');
    screen.keypress('escape');
    await expect(rerun).rejects.toBeInstanceOf(CancelledError);
  });

  it('Ctrl+C keeps nothing, and says how many decisions that threw away and how to keep them', async () => {
    const { kit } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    await answer('');
    await until('now 18 or over');
    screen.keypress('escape');
    const error = (await run.catch((e: unknown) => e)) as CancelledError;
    expect(error).toBeInstanceOf(CancelledError);
    expect(error.exitCode).toBe(130);
    expect(error.hint).toBe(
      'The decision made in this review was not saved. To stop and keep it, choose "Stop here" at a finding.',
    );
    expect(existsSync(decisionsCsv())).toBe(false);
  });
});

describe('review at a terminal, cancelled at "Save"', () => {
  it('keeps nothing, and says how to keep the decisions shown', async () => {
    const { kit } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    await answer('');
    for (let i = 0; i < 5; i++) screen.keypress('down');
    await answer('');
    expect(screen.getScreen()).toContain('Save this decision');
    screen.keypress('escape');
    const error = (await run.catch((e: unknown) => e)) as CancelledError;
    expect(error.exitCode).toBe(130);
    expect(error.hint).toBe('The decision shown was not saved: to keep it, answer yes to "Save".');
    expect(existsSync(decisionsCsv())).toBe(false);
  });
});

describe('review of an account many pupils may be', () => {
  it('shows every choice, "Stop here" too, however many pupils share the name', async () => {
    const report = JSON.parse(readFileSync(path.join(school.folder, 'audit.json'), 'utf8')) as AuditReport;
    const ellie = report.findings.find((f) => f.pupil.name === 'Eleanor (Ellie) Smith')!;
    const other = ellie.otherCandidates![0]!;
    ellie.otherCandidates = Array.from({ length: 9 }, (_, i) => ({
      ...other,
      pupil: { ...other.pupil, id: `A9${i}`, name: `Ellie Smith ${i}` },
    }));
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(report));
    const { kit } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(screen.getScreen()).toContain('It is Ellie Smith 8');
    expect(screen.getScreen()).toContain('Stop here (nothing decided yet)');
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('a review resumed after many decisions', () => {
  it('names the findings decided earlier in one line, not one line each', async () => {
    const report = JSON.parse(readFileSync(path.join(school.folder, 'audit.json'), 'utf8')) as AuditReport;
    const finding = report.findings.find((f) => f.level === 'review')!;
    const earlier = {
      key: 'k',
      staffId: finding.staff.id,
      pupilId: finding.pupil.id,
      decision: 'dismiss' as const,
      decidedOn: TODAY,
      decidedBy: 'K. Head',
    };
    const items = [4, 5, 6, 7].map((number) => ({ number, finding, earlier }));
    const { kit, said } = testKit();
    const result = await reviewFlow(kit, {
      items,
      reportName: REPORT,
      today: TODAY,
      exemptions: [],
      decisionsName: 'school/decisions.csv',
      exemptionsName: 'school/exemptions.csv',
    });
    expect(result).toEqual({ kind: 'nothing' });
    expect(said.join('')).toBe(
      'Findings no. 4, 5, 6, 7 were already decided (in school/decisions.csv); they are left as they are.\nThere is nothing to review in school/audit.json.\n',
    );
  });
});
