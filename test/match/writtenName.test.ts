import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { writtenName } from '../../src/match/writtenName.js';
import { judgeConnection, type PolicyLookup } from '../../src/policy/judgeConnection.js';
import { pupilScope } from '../../src/policy/pupilScope.js';
import { describeContribution } from '../../src/report/wording.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Near-namesakes (issue 14): an adult "Youssef Ahmed" is no Yusuf Ahmed when the lists show the
// spelling Youssef with the surname Ahmed is a name other accounts bear as their own.

const PUPILS = [
  pupil('Y1', 'Yusuf', 'Ahmed'),
  pupil('V1', 'Wiktoria', 'Nowakowska'),
  pupil('O1', 'Olivia', 'Taylor-Wood'),
];
const FORENAMES = ['Amy', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivy', 'Joel'];

/** The account `displayName`'s candidates once the lists are read, with `others` more accounts bearing the same name. */
function weighed(displayName: string, others: number, pupils = PUPILS): MatchCandidate[] {
  const matcher = createMatcher(pupils);
  const rows = Array.from({ length: 2_000 }, (_, i) => connection(`${FORENAMES[i % 10]} Ashby${i % 26}`, `u${i}`));
  for (let n = 0; n < others; n++) rows.push(connection(displayName, `other${n}`));
  const account = connection(displayName, 'the_account');
  rows.push(account);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  return matcher.finalise(candidates.at(-1)!, account);
}

const lookup: PolicyLookup = { scopeOf: (p) => pupilScope(p, '2026-11-24'), exemptionFor: () => undefined };

describe('another spelling of a pupil’s forename that other accounts on the lists bear with the surname', () => {
  it('weighs as that whole name would, and is not reviewed when several accounts bear it (six here)', () => {
    const alone = weighed('Youssef Ahmed', 0).find((c) => c.pupil.id === 'Y1')!;
    const borne = weighed('Youssef Ahmed', 6).find((c) => c.pupil.id === 'Y1')!;
    expect(alone.reasons).toContain('NAME_VARIANT');
    expect(borne.reasons).toContain('NAME_VARIANT');
    const frequency = borne.contributions.find((c) => c.code === 'NAME_FREQUENCY')!;
    expect(frequency.args).toMatchObject({ writtenOtherAccounts: '2+' });
    expect(alone.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty(
      'writtenOtherAccounts',
    );
    expect(judgeConnection('S1', [alone], lookup)).toMatchObject({ kind: 'finding', level: 'review' });
    expect(judgeConnection('S1', [borne], lookup)).toEqual({ kind: 'none' });
  });

  it('weighs the forename beside half a double-barrelled surname as that whole name would (Olivia Taylor)', () => {
    const alone = weighed('Olivia Taylor', 0).find((c) => c.pupil.id === 'O1')!;
    const borne = weighed('Olivia Taylor', 6).find((c) => c.pupil.id === 'O1')!;
    expect(borne.reasons).toEqual(expect.arrayContaining(['NAME_EXACT', 'PARTIAL_SURNAME']));
    expect(borne.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).toMatchObject({
      writtenOtherAccounts: '2+',
    });
    expect(borne.score).toBeLessThan(alone.score / 2);
  });

  it('leaves a name as written that a pupil on the roll bears: the accounts bearing it may be theirs', () => {
    const roll = [...PUPILS, pupil('Y2', 'Youssef', 'Ahmed')];
    const yusuf = weighed('Youssef Ahmed', 6, roll).find((c) => c.pupil.id === 'Y1')!;
    expect(yusuf.reasons).toContain('NAME_VARIANT');
    expect(yusuf.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty(
      'writtenOtherAccounts',
    );
  });

  it('leaves a short form or another language’s counterpart as it was: a pupil goes by it every day', () => {
    const borne = weighed('Victoria Nowakowska', 3).find((c) => c.pupil.id === 'V1')!;
    expect(borne.reasons).toContain('SHARED_FORM');
    expect(borne.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty(
      'writtenOtherAccounts',
    );
  });
});

describe('writtenName', () => {
  const YUSUF = { forenames: ['yusuf'], surname: 'ahmed', surnameWords: ['ahmed'] };
  const OLIVIA = { forenames: ['olivia'], surname: 'wood', surnameWords: ['taylor', 'wood'] };
  const variant = { fore: 'variant', sur: 'full', digits: 'none' };
  const half = { fore: 'legal', sur: 'part', digits: 'none' };

  it('reads another spelling of the forename beside the whole surname, as the lists tally names', () => {
    expect(writtenName('Youssef Ahmed', variant, YUSUF)).toEqual(['youssef', 'ahmed']);
    expect(writtenName('AHMED, Youssef', variant, YUSUF)).toEqual(['youssef', 'ahmed']);
    expect(writtenName('Youssef Khan', variant, YUSUF)).toBeUndefined();
    expect(writtenName('Youssef', variant, YUSUF)).toBeUndefined();
    expect(writtenName(undefined, variant, YUSUF)).toBeUndefined();
    expect(writtenName('Youssef Ahmed', { ...variant, fore: 'nickname' }, YUSUF)).toBeUndefined();
    expect(writtenName('Youssef Ahmed', { ...variant, digits: 'dob' }, YUSUF)).toBeUndefined();
  });

  it('leaves another spelling beside a whole double-barrelled surname: the lists tally only its last word', () => {
    // Counting "Khaled … Thomas" would weigh Khaled Todgate-Thomas as one of the adults called Khaled Thomas.
    const KHALID = { forenames: ['khalid'], surname: 'thomas', surnameWords: ['todgate', 'thomas'] };
    expect(writtenName('Khaled Todgate-Thomas', variant, KHALID)).toBeUndefined();
    expect(writtenName('Khaled Todgate Thomas', variant, KHALID)).toBeUndefined();
    expect(writtenName('Khaled Thomas', variant, KHALID)).toEqual(['khaled', 'thomas']);
  });

  it('reads the forename beside half a double-barrelled surname', () => {
    expect(writtenName('Olivia Taylor', half, OLIVIA)).toEqual(['olivia', 'taylor']);
    expect(writtenName('Olivia Taylor-Wood', half, OLIVIA)).toBeUndefined();
    expect(writtenName('Olivia Taylor', { ...half, fore: 'initial' }, OLIVIA)).toBeUndefined();
    expect(writtenName('Olivia Taylor', { ...half, digits: 'yearGroup' }, OLIVIA)).toBeUndefined();
  });
});

describe('a whole name read back to front without a comma (ORDER_IN_DOUBT)', () => {
  // Adults' own names: Graham a common forename and Jackson a common surname on these lists, as among adults.
  function readBack(displayName: string, pupils = [pupil('J1', 'Jackson', 'Graham')]): MatchCandidate | undefined {
    const matcher = createMatcher(pupils);
    const rows = Array.from({ length: 2_000 }, (_, i) =>
      connection(
        i % 40 === 0
          ? `Graham ${FORENAMES[i % 10]}ley`
          : i % 40 === 1
            ? `${FORENAMES[i % 10]} Jackson`
            : `${FORENAMES[i % 10]} Ashby${i % 26}`,
        `u${i}`,
      ),
    );
    const account = connection(displayName, 'the_account');
    rows.push(account);
    const candidates = rows.map((row) => matcher.match(row, STAFF));
    return matcher.finalise(candidates.at(-1)!, account).find((c) => c.pupil.id === 'J1');
  }

  it('is weighed as the name as written, which adults bear as their own: a common name, so a weak reading', () => {
    const reversed = readBack('Graham Jackson')!;
    const comma = readBack('GRAHAM, Jackson')!;
    expect(reversed.contributions.map((c) => c.code)).toContain('ORDER_IN_DOUBT');
    const frequency = reversed.contributions.find((c) => c.code === 'NAME_FREQUENCY')!;
    expect(frequency.args).toMatchObject({ writtenOtherAccounts: 0 });
    expect(frequency.weight).toBeLessThan(0);
    expect(reversed.score).toBeLessThan(comma.score / 4);
    expect(describeContribution(frequency)).toContain('read as written, the name is a given name and a surname');
    expect(describeContribution(frequency)).not.toContain('other accounts');
  });

  it('leaves the comma’s reading as it was: `GRAHAM, Jackson` is written surname first', () => {
    const comma = readBack('GRAHAM, Jackson')!;
    expect(comma.contributions.map((c) => c.code)).not.toContain('ORDER_IN_DOUBT');
    expect(comma.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty(
      'writtenOtherAccounts',
    );
    expect(judgeConnection('S1', [comma], lookup)).toMatchObject({ kind: 'finding' });
  });
});
