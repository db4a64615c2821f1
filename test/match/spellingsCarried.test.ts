import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Pupil } from '../../src/model/records.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Issue 14 (fr46): an account writing a pupil's forename as a name many adults on these lists bear as their own
// (Kirsten for Kristen, James for Jamie) is as likely one of them as an account bearing that name; a slip nobody
// else carries is not, nor another spelling or short form of the pupil's own name.

const PUPILS = [
  pupil('A1', 'Aisha', 'Pemberton'),
  pupil('O1', 'Olivia', 'Taylor-Wood'),
  pupil('T1', 'Thomas', 'Marlow'),
  pupil('K1', 'Kristen', 'Pemberley'),
  pupil('J1', 'Jamie', 'Ormsby'),
];
const FORENAMES = ['Amy', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivy', 'Joel'];

/** The account `displayName`'s candidate `id` once the lists are read, beside 2,000 adults and `borne` more accounts. */
function weighed(
  displayName: string,
  id: string,
  borne: readonly string[] = [],
  pupils: Pupil[] = PUPILS,
): MatchCandidate {
  const matcher = createMatcher(pupils);
  const rows = Array.from({ length: 2_000 }, (_, i) => connection(`${FORENAMES[i % 10]} Ashby${i % 26}`, `u${i}`));
  for (const [n, name] of borne.entries()) rows.push(connection(name, `borne${n}`));
  const account = connection(displayName, 'the_account');
  rows.push(account);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  return matcher.finalise(candidates.at(-1)!, account).find((c) => c.pupil.id === id)!;
}

/** `n` accounts bearing `forename` with surnames none of the pupils', as adults' own names. */
const bearing = (forename: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${forename} ${FORENAMES[i % 10]}son${i % 7}`);

describe('a slip or a fuller form of the forename, weighed by how many accounts on the lists carry it', () => {
  it('weighs a one-letter slip that is a name adults bear as their own (Kirsten for Kristen) as commoner than a typical name', () => {
    const rare = weighed('Kirsten Pemberley', 'K1');
    const common = weighed('Kirsten Pemberley', 'K1', bearing('Kirsten', 60));
    expect(common.reasons).toContain('TYPO');
    const frequency = common.contributions.find((c) => c.code === 'NAME_FREQUENCY')!;
    expect(frequency.args).toHaveProperty('speltForenameOneIn');
    expect(frequency.weight).toBeLessThan(0);
    expect(rare.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty('speltForenameOneIn');
    expect(common.score).toBeLessThan(rare.score / 4);
  });

  it('weighs a fuller form that many adults on these lists bear (James for Jamie)', () => {
    const rare = weighed('James Ormsby', 'J1');
    const common = weighed('James Ormsby', 'J1', bearing('James', 60));
    expect(common.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).toHaveProperty('speltForenameOneIn');
    expect(common.score).toBeLessThan(rare.score / 4);
  });

  it('weighs another spelling of the pupil’s name that many adults on these lists bear (Ayesha for Aisha), as a slip is (fr47)', () => {
    const rare = weighed('Ayesha Pemberton', 'A1');
    const common = weighed('Ayesha Pemberton', 'A1', bearing('Ayesha', 60));
    expect(common.reasons).toContain('NAME_VARIANT');
    expect(common.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).toHaveProperty('speltForenameOneIn');
    expect(common.score).toBeLessThan(rare.score / 4);
  });

  it('leaves a short form or a counterpart as weighed before: a pupil goes by them every day', () => {
    for (const [account, id, forename] of [['Tom Marlow', 'T1', 'Tom']] as const) {
      const borne = weighed(account, id, bearing(forename, 60));
      expect(borne.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty(
        'speltForenameOneIn',
      );
      expect(borne.score).toBe(weighed(account, id, bearing('Zebedee', 60)).score);
    }
  });

  it('weighs half a double-barrelled surname that many accounts end in (Olivia Taylor) by the lists’ share of it', () => {
    const rare = weighed('Olivia Taylor', 'O1');
    const common = weighed(
      'Olivia Taylor',
      'O1',
      Array.from({ length: 80 }, (_, i) => `${FORENAMES[i % 10]} Taylor`),
    );
    expect(common.reasons).toContain('PARTIAL_SURNAME');
    expect(common.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).toHaveProperty('speltSurnameOneIn');
    expect(common.score).toBeLessThan(rare.score / 2);
  });

  it('leaves a slip no other account carries, or carried fewer times than a typical name, as weighed before', () => {
    const alone = weighed('Aisah Pemberton', 'A1');
    const beside = weighed('Aisah Pemberton', 'A1', bearing('Ayesha', 60));
    expect(alone.reasons).toContain('TYPO');
    expect(beside.score).toBe(alone.score);
    expect(alone.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty('speltForenameOneIn');
  });

  it('leaves the pupil’s own spelling as it was: the name’s own rarity is weighed already', () => {
    const own = weighed('Aisha Pemberton', 'A1', bearing('Aisha', 60));
    expect(own.contributions.find((c) => c.code === 'NAME_FREQUENCY')?.args).not.toHaveProperty('speltForenameOneIn');
  });
});
