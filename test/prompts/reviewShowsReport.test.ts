import { Writable } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/report.js';
import { createPromptKit } from '../../src/prompts/PromptKit.js';
import { type ReviewItem, reviewFlow } from '../../src/prompts/reviewFlow.js';
import { findingLines } from '../../src/report/textFinding.js';
import { finding as aFinding, pupil, staffMember } from '../report/pdf/factories.js';
import { testKit, until } from './harness.js';

// The Headteacher deciding in `review` whether an account is the pupil sees what the report says of it: another
// school's child it may be, a colleague's confirmation at an earlier review, in the report's own words.

const base = aFinding(staffMember('ST01', 'Jo Invented'), pupil('Priya Sharma', { yearGroup: 'Year 8', age: 12 }), {
  level: 'review',
  connection: { platform: 'instagram', name: 'Priya Sharma', username: 'priyasharma', source: 'connections.csv:2' },
  score: 0.45,
  reasons: ['NAME_EXACT'],
});

/** A school's copy of a trust-wide audit: two other candidates, other schools' pupils, not named. */
const leftOut: Finding = { ...base, otherCandidatesLeftOut: 2, sameAccountElsewhere: [3] };
/** Confirmed at an earlier review, and asked again (decisions.csv's rows about it now disagree). */
const confirmed: Finding = {
  ...base,
  level: 'flag',
  score: 0.98,
  decision: { decision: 'confirm', decidedBy: 'J. Other', decidedOn: '2026-10-03' },
};

const CONTEXT = {
  reportName: 'school/audit.json',
  today: '2026-11-24',
  exemptions: [],
  decisionsName: 'school/decisions.csv',
  exemptionsName: 'school/exemptions.csv',
};
const item = (finding: Finding): ReviewItem => ({
  number: 1,
  finding,
  ...(finding.decision ? { disputed: '  ! school/decisions.csv lines 2 and 4 disagree about this account' } : {}),
});

/** The text report's rows of the finding, each with its indent taken off. */
const reported = (finding: Finding): string[] =>
  findingLines(finding, 1, new Chalk({ level: 0 }), 400, 1).map((row) => row.trim());

/** What `review` says of the finding and asks about it, on a terminal `columns` wide and 24 rows high. */
async function shownBeforeAsking(finding: Finding, columns: number): Promise<{ said: string; screen: string }> {
  const said: string[] = [];
  const terminal = Object.assign(
    new Writable({
      write(chunk, _encoding, callback) {
        said.push(String(chunk));
        callback();
      },
    }),
    { columns, rows: 24 },
  );
  const kit = createPromptKit({ input: screen.input, output: terminal });
  const flow = reviewFlow(kit, { ...CONTEXT, items: [item(finding)] }, { decidedBy: 'K. Head' });
  await until('What is it?');
  const shown = { said: said.join(''), screen: screen.getScreen() };
  screen.keypress('escape');
  await expect(flow).rejects.toThrow();
  return shown;
}

/** What the test kit collected: the flow's `say`s, unfolded. */
async function saidUnfolded(finding: Finding): Promise<string> {
  const { kit, said } = testKit();
  const flow = reviewFlow(kit, { ...CONTEXT, items: [item(finding)] }, { decidedBy: 'K. Head' });
  await until('What is it?');
  const text = said.join('');
  screen.keypress('escape');
  await expect(flow).rejects.toThrow();
  return text;
}

describe('review shows what the report shows about a finding', () => {
  it('a school’s copy: that it could also be a pupil at another school, in the report’s words', async () => {
    const said = await saidUnfolded(leftOut);
    expect(said).toContain(
      '\n  Could also be one of 2 pupils at other schools of the trust, not named in this school’s copy\n',
    );
    expect(reported(leftOut)).toContain(
      'Could also be one of 2 pupils at other schools of the trust, not named in this school’s copy',
    );
  });

  it('the same account on another school’s list: the report’s line, ending as it does', async () => {
    const said = await saidUnfolded(leftOut);
    const line = reported(leftOut).find((row) => row.startsWith('The same account is on another school’s'))!;
    expect(line).toMatch(/a decision here is not carried there$/);
    expect(said).toContain(`\n  ${line}\n`);
  });

  it('confirmed at an earlier review: who confirmed it and when, in the report’s words', async () => {
    const said = await saidUnfolded(confirmed);
    expect(said).toContain('\n  Confirmed by J. Other on 3 October 2026\n');
    expect(reported(confirmed)).toContain('Confirmed by J. Other on 3 October 2026');
  });

  it('says neither of a finding that has neither', async () => {
    const said = await saidUnfolded(base);
    expect(said).toContain('may be Priya Sharma');
    expect(said).not.toContain('Confirmed');
    expect(said).not.toContain('Could also be');
  });

  it.each([
    ['other candidates left out', leftOut, /Could also be one of 2 pupils at other schools of the trust/],
    ['confirmed earlier', confirmed, /Confirmed by J\. Other on 3 October 2026/],
  ])('at 40 × 24 (%s): folded to the width, every choice in sight', async (_name, finding, words) => {
    const shown = await shownBeforeAsking(finding, 40);
    for (const line of [...shown.said.split('\n'), ...shown.screen.split('\n')])
      expect(line.length, line).toBeLessThanOrEqual(40);
    expect(shown.said.replace(/\s+/g, ' ')).toMatch(words);
    expect(shown.screen).toContain('Stop here (nothing decided yet)');
  });
});
