import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditFolder, copySchool, testIO } from './harness.js';

/** Ellie Smith's Instagram account on Jane Doe's list and on Tom Brown's: one account, one answer. */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
const REPORT = 'school/audit.json';
const decisions = () => readFileSync(path.join(school.folder, 'decisions.csv'), 'utf8').trim().split(/\r?\n/);

beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), 'S2,instagram,Ellie Smith,ellie.s,follower,\n');
  const report = await auditFolder(school.folder);
  const ellie = report.findings.filter((f) => f.connection.username === 'ellie.s');
  expect(ellie.map((f) => [f.staff.id, f.level, f.sameAccount])).toEqual([
    ['S1', 'review', [ellie[1]!.number]],
    ['S2', 'review', [ellie[0]!.number]],
  ]);
  writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(report));
});
afterEach(() => school.cleanup());

describe('review of an account on two staff members’ lists', () => {
  it('offers the answer for the other finding too, and saves both', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(said.join('')).toContain('The same account is on other staff members’ lists as this pupil: finding');
    await answer(''); // it is Eleanor (Ellie) Smith
    expect(screen.getScreen()).toMatch(/The same account is finding no\. \d+, on another member of staff’s list/);
    // The answer, once given, is said short (two pupils bear the name: the whole choice ran past 80 columns).
    expect(await screen.getFullOutput()).toMatch(/What is it\? It is Eleanor \(Ellie\) Smith\n/);
    await answer(''); // yes, the same way
    expect(said.join('')).toContain('Decisions by K. Head:');
    expect(screen.getScreen()).toContain('Save these 2 decisions');
    screen.keypress('enter');
    expect(await run).toBe(0);
    const [header, ...rows] = decisions();
    const column = (name: string) => header!.split(',').indexOf(name);
    expect(rows.map((r) => [r.split(',')[column('staff_id')], r.split(',')[column('decision')]]).sort()).toEqual([
      ['S1', 'confirm'],
      ['S2', 'confirm'],
    ]);
  });

  it('does not dismiss on one list what this review confirmed on the other without overruling both', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    await answer(''); // it is Eleanor (Ellie) Smith, on Jane Doe's list
    screen.type('n'); // not Tom Brown's the same way: asked on its own
    await answer('');
    expect(said.join('')).toMatch(/Finding 2 of 2 \(no\. \d+ in school\/audit\.json\) — REVIEW\n {2}Tom Brown/);
    expect(said.join('')).toMatch(
      /\n {2}Finding no\. \d+, the same account on Jane Doe’s list, confirmed by K\. Head on [^:]*: answered the other way here, it is changed there too/,
    );
    screen.keypress('down');
    screen.keypress('down');
    await answer(''); // none of these pupils: dismiss it
    const asked = screen.getScreen().replace(/\s+/g, ' ');
    expect(asked).toMatch(
      /’s account was confirmed as Eleanor \(Ellie\) Smith on Jane Doe’s list \(finding no\. \d+, by K\. Head on .*\), a FLAG there from then on/,
    );
    expect(asked).toContain('Overrule the audit and dismiss it?');
    screen.type('y');
    await answer('');
    await answer('her aunt');
    expect(said.join('')).toMatch(
      /Finding no\. \d+, the same account on Jane Doe’s list, confirmed by K\. Head on [^:]*: dismissed, overruled with this one/,
    );
    expect(screen.getScreen()).toContain('Save these 2 decisions');
    screen.keypress('enter');
    expect(await run).toBe(0);
    const [header, ...rows] = decisions();
    const column = (name: string) => header!.split(',').indexOf(name);
    const ellie = rows.filter((r) => r.split(',')[column('pupil_id')] === 'A100000000004');
    expect(
      ellie
        .map((r) => [
          r.split(',')[column('staff_id')],
          r.split(',')[column('decision')],
          r.split(',')[column('overruled')],
        ])
        .sort(),
    ).toEqual([
      ['S1', 'dismiss', 'flag'],
      ['S2', 'dismiss', 'flag'],
    ]);
  });

  it('asks about the other finding on its own when the answer is no', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    await answer('');
    screen.type('n');
    await answer('');
    expect(said.join('')).toMatch(/Finding 2 of 2 \(no\. \d+ in school\/audit\.json\) — REVIEW\n {2}Tom Brown/);
    screen.keypress('escape');
    await expect(run).rejects.toThrow();
  });
});
