import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { Presentation } from '../../src/match/matchModel.js';
import { NameTerms } from '../../src/match/NameTerms.js';
import { StaffListings } from '../../src/match/StaffListings.js';
import { withListsShare } from '../../src/match/withListsShare.js';
import type { Connection, StaffMember } from '../../src/model/records.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// u of being on several staff lists is no lower than the share of the lists' other accounts so held (bar41, #14):
// an adult bearing a pupil's rare name, whom the EM takes for the pupil, is known to several staff as adults are.

const OTHER: StaffMember = { id: 'S2', name: 'Dev Okafor', forename: 'Dev', surname: 'Okafor' };

describe('the lists’ accounts on several members of staff’s lists', () => {
  it('counts an account once, on several lists only when two members hold it', () => {
    const listings = new StaffListings();
    listings.note(1, true, 11);
    listings.note(1, false, 11); // the same member again (followers and following)
    listings.note(2, true, 21);
    listings.note(2, false, 22);
    listings.note(2, false, 23);
    expect(listings.counts).toEqual({ handled: 2, several: 1 });
  });

  it('is counted by NameTerms on accounts with a handle only', () => {
    const terms = new NameTerms({ forename: 0.001, surname: 0.001 });
    terms.note('Karen Bloggs', 'facebook', 'karen.b', undefined, 'S1');
    terms.note('Karen Bloggs', 'facebook', 'karen.b', undefined, 'S2');
    terms.note('Gary Hall', 'x', 'garyh', undefined, 'S1');
    terms.note('Sue Ward', 'x', undefined, undefined, 'S1');
    terms.note('Sue Ward', 'x', undefined, undefined, 'S2');
    expect(terms.staffListings).toEqual({ handled: 2, several: 1 });
  });

  it('raises u of several to the others’ share, less the pupils’ own the EM expects', () => {
    const presentation: Presentation = {
      platform: {},
      age: {},
      lists: { one: 0.9, several: 0.1 },
      listsShare: { one: 0.99, several: 0.01 },
    };
    // 1,000 accounts, 100 of them pupils' (10 of those on several lists as m says): 90 of the 900 others.
    const raised = withListsShare(presentation, { handled: 1_000, several: 100 }, 100);
    expect(raised.listsShare!.several).toBeCloseTo(0.1, 6);
    expect(raised.listsShare!.one).toBeCloseTo(0.9, 6);
    expect(raised.lists).toEqual(presentation.lists);
    // Never lowered; unweighed stays unweighed.
    expect(withListsShare(presentation, { handled: 1_000, several: 5 }, 100)).toBe(presentation);
    const unweighed = { platform: {}, age: {} };
    expect(withListsShare(unweighed, { handled: 1_000, several: 500 }, 100)).toBe(unweighed);
  });
});

describe('a rare whole name on two members’ lists where a tenth of the lists’ adults are', () => {
  const roll = [
    pupil('R1', 'Zephyrine', 'Oakhampstead', { dob: '2012-05-01' }),
    pupil('R2', 'Jack', 'Smith', { dob: '2012-05-01' }),
  ];
  const on = (name: string, handle: string, day = '2020-03-15'): Connection => ({
    ...connection(name, handle, day),
    platform: 'facebook',
  });
  it('is not lifted by the lists as if only pupils were so known', () => {
    const matcher = createMatcher(roll);
    const fores = ['Karen', 'Gary', 'Susan', 'Paul', 'Dawn', 'Neil'];
    // Adults written as the pupil Smith's initial and surname, each on one list: the accounts pupils' names bring up.
    for (let i = 0; i < 300; i++) matcher.match(on('J Smith', `jsmith${i}`), STAFF);
    // Other adults, a tenth of them on two members' lists.
    for (let i = 0; i < 3000; i++) {
      const row = on(`${fores[i % 6]} Hall${String.fromCharCode(97 + (i % 26))}`, `adult${i}`);
      matcher.match(row, STAFF);
      if (i % 10 === 0) matcher.match(row, OTHER);
    }
    const account: Connection = { ...connection('Zephyrine Oakhampstead', 'zoak77', '2024-03-01'), platform: 'tiktok' };
    const waiting = matcher.match(account, STAFF);
    matcher.match(account, OTHER);
    const [found] = matcher.finalise(waiting, account);
    expect(found!.levels.lists).toBe('several');
    expect(found!.prior!.presentation!.listsShare!.several).toBeGreaterThan(0.08);
    expect(found!.contributions.find((c) => c.code === 'STAFF_LISTS')?.weight ?? 0).toBeLessThan(1);
  });
});
