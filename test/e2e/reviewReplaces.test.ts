import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHOOL } from '../commands/harness.js';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * `review --finding N --decision …` on a finding a colleague decided otherwise replaced their decision without
 * a word: a Headteacher could undo a colleague's "family link" or "not the pupil" unawares, and the family link
 * it recorded stayed in exemptions.csv unmentioned. The earlier decision is now named, and the link's staying.
 */
const folders = tempFolders('review-replaces');

describe('a decision given as options, replacing an earlier one', { timeout: 60_000 }, () => {
  it('names the decision it replaces, and takes out the family link recorded with it', () => {
    const cwd = folders.make();
    cpSync(SCHOOL, path.join(cwd, 'school'), { recursive: true });
    expect(runCli(['audit', 'school', '--date', '2026-11-24', '--out', 'school/audit.json'], { cwd }).code).toBe(1);
    const { findings } = JSON.parse(readFileSync(path.join(cwd, 'school', 'audit.json'), 'utf8')) as {
      findings: { number: number; level: string }[];
    };
    const finding = String(findings.find((f) => f.level === 'review')!.number);
    const review = (...rest: string[]) =>
      runCli(['review', 'school/audit.json', '--finding', finding, ...rest], { cwd });
    const family = review('--decision', 'family', '--relationship', 'cousin', '--recorded-by', 'J. Other');
    expect(family.code).toBe(0);
    expect(family.stdout).not.toContain('replaces');

    const dismissed = review('--decision', 'dismiss', '--reason', 'not his cousin', '--recorded-by', 'K. Head');
    expect(dismissed.stderr).toBe('');
    expect(dismissed.code).toBe(0);
    const said = dismissed.stdout.replace(/\s+/g, ' ');
    expect(said).toMatch(
      /was decided by J\. Other on \d+ \w+ \d{4} \(a declared family link with Eleanor \(Ellie\) Smith, current pupil, Year 7 7S, age 11\); this decision replaces it/,
    );
    // "Not his cousin": the link recorded as what this account was goes with the decision, said before it is saved.
    expect(said).toContain('and takes the family link recorded with it out of school/exemptions.csv');
    expect(said).toContain('`exemptions add` records it again');
    expect(said).toContain('Saved 1 decision to school/decisions.csv. The next audit applies it.');
    expect(said).toContain(
      'Took the family link between Jane Doe and Eleanor (Ellie) Smith (cousin) out of school/exemptions.csv',
    );
    expect(readFileSync(path.join(cwd, 'school', 'exemptions.csv'), 'utf8')).not.toContain(',cousin,');
    const decisions = readFileSync(path.join(cwd, 'school', 'decisions.csv'), 'utf8');
    expect(decisions).toContain(',dismiss,not his cousin,');
    expect(decisions).not.toContain(',family,');
  });
});
