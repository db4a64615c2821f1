import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Adults whose handle is their forename and a number were reviewed as a pupil of that forename whose
// year group, age or birth year the number is, though their display name gives another surname
// (bench: 350 false reviews in the trust audited school by school, no pupil's own account).

describe('a forename alone in the handle beside a display name with another surname', () => {
  const matcher = createMatcher([
    pupil('S1', 'Szymon', 'Wood', { dob: '2019-05-01', yearGroup: 'Year 2' }),
    pupil('C1', 'Callum', 'Burton', { dob: '2016-05-01', yearGroup: 'Year 5' }),
    pupil('E1', 'Ellie', 'Clark', { dob: '2012-05-01', yearGroup: 'Year 9', middleNames: 'Rose' }),
  ]);
  const found = (displayName: string | undefined, handle: string) =>
    matcher.match(connection(displayName, handle, '2026-01-10'), STAFF).map((c) => [c.pupil.id, c.levels.fore]);

  it('is the adult’s own forename: nobody is found', () => {
    expect(found('Simon Wilkinson', 'simon_2')).toEqual([]);
    expect(found('Callum Taylor', 'callum_5')).toEqual([]);
    expect(found('Ellie Smith', 'ellie2012')).toEqual([]);
  });

  it('is still the pupil’s forename beside the forename alone, no display name or a word of the pupil’s', () => {
    expect(found('Simon', 'simon_2')).toEqual([['S1', 'none']]);
    expect(found(undefined, 'simon_2')).toEqual([['S1', 'none']]);
    expect(found('Callum 🔥', 'callum_5')).toEqual([['C1', 'none']]);
    expect(found('Ellie Rose', 'ellie2012')).toEqual([['E1', 'none']]);
  });
});
