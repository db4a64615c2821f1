import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHOOL } from '../commands/harness.js';
import { tempFolders } from '../helpers/tempFolders.js';
import { runCli } from './runCli.js';

/**
 * Ellie Smith's Instagram account on Jane Doe's list (S1) and on Tom Brown's (S2). decisions.csv sets aside
 * every row about an account said to be a pupil on one list and not on another, so a dismissal on Jane's list
 * of the account a colleague confirmed on Tom's undid that confirmation without --overrule, and a confirmation
 * beside a dismissal applied neither. One account, one answer: the other list's decision goes with it.
 */
const folders = tempFolders('review-same-account');

interface Finding {
  number: number;
  level: string;
  staff: { id: string };
  connection: { username?: string };
  decision?: { decision: string };
}

function school(): { cwd: string; ellie: (staff: string) => string } {
  const cwd = folders.make();
  cpSync(SCHOOL, path.join(cwd, 'school'), { recursive: true });
  appendFileSync(path.join(cwd, 'school', 'connections', 'lists.csv'), 'S2,instagram,Ellie Smith,ellie.s,follower,\n');
  expect(runCli(['audit', 'school', '--date', '2026-11-24', '--out', 'school/audit.json'], { cwd }).code).toBe(1);
  const { findings } = JSON.parse(readFileSync(path.join(cwd, 'school', 'audit.json'), 'utf8')) as {
    findings: Finding[];
  };
  const number = (staff: string) =>
    String(findings.find((f) => f.connection.username === 'ellie.s' && f.staff.id === staff)!.number);
  return { cwd, ellie: number };
}

function review(cwd: string, finding: string, ...rest: string[]) {
  return runCli(['review', 'school/audit.json', '--finding', finding, ...rest], { cwd });
}

/** The next audit's findings of Ellie's account, by staff id, and its warnings' codes. */
function nextAudit(cwd: string): { levels: Record<string, string>; warnings: string[] } {
  const run = runCli(['audit', 'school', '--date', '2026-11-24', '--format', 'json'], { cwd });
  const report = JSON.parse(run.stdout) as { findings: Finding[]; warnings: { code: string }[] };
  const levels: Record<string, string> = {};
  for (const f of report.findings.filter((f) => f.connection.username === 'ellie.s'))
    levels[f.staff.id] = `${f.level}${f.decision ? ` ${f.decision.decision}` : ''}`;
  return { levels, warnings: report.warnings.map((w) => w.code) };
}

/** K. Head's dismissal of Ellie's account on S1's list, as the tests give it. */
const DISMISS = ['--decision', 'dismiss', '--reason', 'her aunt', '--recorded-by', 'K. Head'];

describe('review of an account a colleague’s list has decided', { timeout: 120_000 }, () => {
  it('refuses to dismiss an account confirmed on another list without --overrule, keeping the confirmation', () => {
    const { cwd, ellie } = school();
    expect(review(cwd, ellie('S2'), '--decision', 'confirm', '--recorded-by', 'J. Other').code).toBe(0);
    const decisions = path.join(cwd, 'school', 'decisions.csv');
    const before = readFileSync(decisions, 'utf8');
    const dismiss = review(cwd, ellie('S1'), ...DISMISS);
    expect(dismiss.code).toBe(2);
    expect(dismiss.stderr).toContain(
      `social-audit: finding ${ellie('S1')}’s account was confirmed as Eleanor (Ellie) Smith on Tom Brown’s list (finding no. ${ellie('S2')}, by J. Other on `,
    );
    expect(dismiss.stderr).toContain('which is not dismissed without --overrule');
    expect(dismiss.stderr).toContain(`(findings ${ellie('S1')} and ${ellie('S2')} are dismissed together)`);
    expect(readFileSync(decisions, 'utf8')).toBe(before);
    expect(nextAudit(cwd)).toEqual({ levels: { S1: 'review', S2: 'flag confirm' }, warnings: [] });
  });

  it('with --overrule dismisses it on both lists, each an overruled FLAG, with no rows left disagreeing', () => {
    const { cwd, ellie } = school();
    expect(review(cwd, ellie('S2'), '--decision', 'confirm', '--recorded-by', 'J. Other').code).toBe(0);
    const dismiss = review(cwd, ellie('S1'), ...DISMISS, '--overrule');
    expect(dismiss.code).toBe(0);
    expect(dismiss.stdout).toContain(
      `Finding no. ${ellie('S2')}, the same account on Tom Brown’s list, confirmed by J. Other on `,
    );
    expect(dismiss.stdout).toContain('dismissed, overruled with this one (one account, one answer).');
    expect(dismiss.stderr).toBe('');
    const rows = readFileSync(path.join(cwd, 'school', 'decisions.csv'), 'utf8').split(/\r\n/);
    expect(
      rows.filter((row) => /^S[12]\|instagram\|@ellie\.s\|A100000000004,.*,dismiss,her aunt,.*,flag$/.test(row)),
    ).toHaveLength(2);
    expect(nextAudit(cwd)).toEqual({ levels: {}, warnings: [] });
  });

  it('a finding confirmed on both lists: dismissing one says it takes the other too', () => {
    const { cwd, ellie } = school();
    expect(review(cwd, ellie('S2'), '--decision', 'confirm', '--recorded-by', 'J. Other').code).toBe(0);
    expect(review(cwd, ellie('S1'), '--decision', 'confirm', '--recorded-by', 'K. Head').code).toBe(0);
    const dismiss = review(cwd, ellie('S1'), ...DISMISS);
    expect(dismiss.code).toBe(2);
    const said = dismiss.stderr.replace(/\s+/g, ' ');
    expect(said).toMatch(
      new RegExp(
        `finding ${ellie('S1')} was decided by K\\. Head on [^(]* \\(confirmed: it is Eleanor \\(Ellie\\) Smith, current pupil, Year 7 7S, age 11\\), a FLAG from then on, and its account was confirmed as Eleanor \\(Ellie\\) Smith on Tom Brown’s list \\(finding no\\. ${ellie('S2')}, by J\\. Other on `,
      ),
    );
    expect(nextAudit(cwd)).toEqual({ levels: { S1: 'flag confirm', S2: 'flag confirm' }, warnings: [] });
  });

  it('confirming an account dismissed on another list confirms it there too: both flagged', () => {
    const { cwd, ellie } = school();
    const dismiss = ['--decision', 'dismiss', '--reason', 'not her', '--recorded-by', 'J. Other'];
    expect(review(cwd, ellie('S2'), ...dismiss).code).toBe(0);
    const confirm = review(cwd, ellie('S1'), '--decision', 'confirm', '--recorded-by', 'K. Head');
    expect(confirm.code).toBe(0);
    expect(confirm.stdout).toContain(
      `Finding no. ${ellie('S2')}, the same account on Tom Brown’s list, dismissed by J. Other on `,
    );
    expect(confirm.stderr).toBe('');
    expect(nextAudit(cwd)).toEqual({ levels: { S1: 'flag confirm', S2: 'flag confirm' }, warnings: [] });
  });
});
