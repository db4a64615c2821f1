import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { readYears } from '../../src/match/yearEvidence.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A forename alone with the pupil's year group after its own word (`tamsin.yr9`, `tamsin_y9`): the way a child
// names their class. An adult's handle carries a birth year, a house or a shirt number, never `yr9`.
describe('a year group written after its word (`tamsin.yr9`)', () => {
  it('reads the number after y, yr or year as the year group so marked', () => {
    expect(readYears(['9'], 2013, 9, true, undefined, undefined, true)).toBe('yearGroupMarked');
    expect(readYears(['9'], 2013, 9)).toBe('yearGroup');
    // Another year group's number, marked, is not the pupil's.
    expect(readYears(['11'], 2013, 9, true, undefined, undefined, true)).toBe(null);
    // The pupil's birth year stays the stronger reading of the same digits.
    expect(readYears(['13'], 2013, 13, true, undefined, undefined, true)).toBe('dob');
  });

  const roll = [
    pupil('T1', 'Tamsin', 'Wexcombe', { dob: '2013-05-12', yearGroup: 'Year 9' }),
    pupil('T2', 'Tamsin', 'Orley', { dob: '2011-02-12', yearGroup: 'Year 11' }),
  ];
  const weighed = (username: string) => {
    const matcher = createMatcher(roll, { auditDate: '2026-11-30' });
    const c = connection('Tamsin', username);
    return matcher.finalise(matcher.match(c, STAFF), c);
  };

  it.each(['tamsin.yr9', 'tamsin_y9', 'tamsin.year9', 'tamsin_y09'])('reads %s as the marked year group', (handle) => {
    const [best, ...others] = weighed(handle);
    expect(best?.pupil.id).toBe('T1');
    expect(best?.levels.digits).toBe('yearGroupMarked');
    expect(best?.reasons).toContain('HANDLE_YEAR_MATCHES_YEAR_GROUP');
    expect(others).toEqual([]);
  });

  it('weighs the marked year group above the bare number, enough for a look where one pupil of the forename is in it', () => {
    const [marked] = weighed('tamsin.yr9');
    const [bare] = weighed('tamsin_9');
    expect(bare?.levels.digits).toBe('yearGroup');
    expect(marked!.score).toBeGreaterThan(bare!.score);
    expect(marked!.score).toBeGreaterThanOrEqual(REVIEW_AT);
  });
});
