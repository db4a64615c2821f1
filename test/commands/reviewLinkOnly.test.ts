import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditSavedAsJson, copySchool, testIO } from './harness.js';

/** An account a list gives only by its profile link: the review prompt showed it empty where the report shows the link. */
const LINK = 'https://www.facebook.com/olliesmith';
const REPORT = 'school/audit.json';
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let number: number;

beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  writeFileSync(
    path.join(school.folder, 'connections', 'links.csv'),
    `staff_id,platform,display_name,username,profile_url,relationship\nS2,facebook,,,${LINK},friend\n`,
  );
  const report = await auditSavedAsJson(school.folder);
  const review = report.findings.filter((f) => f.level === 'review');
  // The fixture school's one other REVIEW comes first; this one is the last.
  expect(review.map((f) => [f.connection.name, f.connection.username, f.connection.profileUrl])).toEqual([
    ['Ellie Smith', 'ellie.s', undefined],
    [undefined, undefined, LINK],
  ]);
  number = report.findings.indexOf(review[1]!) + 1; // as review numbers them: from 1, in the report's order
});
afterEach(() => school.cleanup());

describe('review of an account known only by its link', () => {
  it('shows the link at the prompt, in the finding and in the decisions to save, as the report does', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    for (let i = 0; i < 9 && !/❯ Skip/.test(screen.getScreen()); i++) screen.keypress('down'); // the first: later
    await answer('');
    await until('What is it?');
    expect(said.join('')).toContain(`Facebook: ${LINK} · friends`);
    screen.keypress('down'); // Not this pupil: dismiss it
    await answer('');
    await answer('her brother’s account');
    expect(said.join('')).toContain(`no. ${number}, Tom Brown — ${LINK}: is not Oliver (Ollie) Smith`);
    expect(screen.getScreen()).toContain('Save this decision');
    screen.keypress('enter');
    expect(await run).toBe(0);
  });

  it('shows the link in the decision said back when it is given by options', async () => {
    const dismiss = { finding: String(number), decision: 'dismiss', reason: 'her brother’s', recordedBy: 'K. Head' };
    expect(await review(REPORT, undefined, dismiss, io)).toBe(0);
    expect(io.out()).toContain(`no. ${number}, Tom Brown — ${LINK}: is not Oliver (Ollie) Smith`);
  });
});
