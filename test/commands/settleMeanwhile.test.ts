import { describe, expect, it } from 'vitest';
import { decisionsFor } from '../../src/commands/decisionsFor.js';
import { settleMeanwhile } from '../../src/commands/settleMeanwhile.js';
import type { Decision } from '../../src/model/records.js';
import type { ReviewAnswer } from '../../src/prompts/reviewFlow.js';
import { CAROL, DAVID, finding, pupil } from '../report/pdf/factories.js';

const TODAY = '2026-11-24';
const ELLIE = pupil('Eleanor Smith');
const NELL = pupil('Eleanor Smyth');
const shared = finding(CAROL, ELLIE, {
  level: 'review',
  otherCandidates: [{ pupil: NELL, score: 0.3, reasons: ['NAME_EXACT'] }],
});
const item = { number: 4, finding: shared };
const confirm = (who = ELLIE): ReviewAnswer => ({ item, decision: 'confirm', pupil: who });
/** What a colleague's `review` wrote meanwhile. */
const colleague = (answer: ReviewAnswer): Decision[] => decisionsFor(answer, 'B. Deputy', TODAY);

async function settle(answer: ReviewAnswer, meanwhile: Decision[], ask?: boolean) {
  const said: string[] = [];
  const asked: string[] = [];
  const settled = await settleMeanwhile([answer], meanwhile, new Map(), {
    by: 'A. Head',
    today: TODAY,
    out: (text) => said.push(text),
    ...(ask === undefined
      ? {}
      : {
          ask: async (question: string) => {
            asked.push(question);
            return ask;
          },
        }),
  });
  return { ...settled, said, asked };
}

describe('settling answers with a colleague’s decisions saved meanwhile', () => {
  it('asks, at a terminal, where a colleague took the same account to be another pupil; no keeps theirs', async () => {
    const theirs = colleague(confirm(NELL));
    const { kept, superseded, asked, said } = await settle(confirm(), theirs, false);
    expect(asked).toEqual([
      'Finding no. 4 was decided meanwhile by B. Deputy on 24 November 2026 (confirmed: it is the pupil) for Eleanor Smyth. Replace it with yours, Eleanor Smith (confirmed: it is the pupil)?',
    ]);
    expect([kept, superseded]).toEqual([[], []]);
    expect(said).toEqual(['Finding no. 4 stays as B. Deputy decided it; yours is not saved.']);
  });

  it('replaces the colleague’s decision for the other pupil on yes, and in a script (the later save stands)', async () => {
    const theirs = colleague({ item, decision: 'adult', pupil: NELL });
    for (const ask of [true, undefined]) {
      const { kept, superseded } = await settle(confirm(), theirs, ask);
      expect(kept).toHaveLength(1);
      expect(superseded).toEqual([theirs[0]!.key]);
    }
    expect((await settle(confirm(), theirs)).said).toEqual([
      'Finding no. 4 was decided meanwhile by B. Deputy on 24 November 2026 (now 18 or over, born 1 March 2017) for Eleanor Smyth; yours, Eleanor Smith (confirmed: it is the pupil) replaces it.',
    ]);
  });

  it('leaves alone another member of staff’s list, another account, and decisions already there', async () => {
    const elsewhere = colleague({
      item: { number: 9, finding: finding(DAVID, NELL) },
      decision: 'confirm',
      pupil: NELL,
    });
    const other = finding(CAROL, NELL);
    const otherAccount = colleague({
      item: { number: 5, finding: { ...other, connection: { ...other.connection, username: 'nell.s' } } },
      decision: 'confirm',
      pupil: NELL,
    });
    for (const meanwhile of [elsewhere, otherAccount]) {
      expect(await settle(confirm(), meanwhile, false)).toMatchObject({ kept: [confirm()], superseded: [], asked: [] });
    }
    const already = colleague(confirm(NELL));
    const settled = await settleMeanwhile([confirm()], already, new Map(already.map((d) => [d.key, d])), {
      by: 'A. Head',
      today: TODAY,
      out: () => {},
      ask: async () => false,
    });
    expect(settled).toEqual({ kept: [confirm()], superseded: [] });
  });

  it('asks about a dismissal as before: it covers every pupil the account was taken for', async () => {
    const dismissal = colleague({ item, decision: 'dismiss', reason: 'her aunt' });
    const { asked, superseded } = await settle(confirm(NELL), dismissal, true);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('(dismissed: not the pupil), reason: her aunt. Replace it with yours (confirmed');
    expect(superseded).toEqual([]);
  });
});
