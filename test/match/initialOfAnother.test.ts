import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// An adult whose display name gives their own forename, and whose handle is its initial with the
// surname (issue 14: false reviews). Each case marked so fails on the main before this branch.

const matcher = createMatcher([pupil('A1', 'Alexander', 'Robinson'), pupil('Y1', 'Yusuf', 'Ahmed')]);
const reasonsFor = (id: string, displayName: string | undefined, username: string) =>
  matcher.match(connection(displayName, username), STAFF).find((c) => c.pupil.id === id)?.reasons;

describe('an initial in the handle beside a display name that names somebody else of that letter', () => {
  it('is that person’s initial, not the pupil’s (Anita Robinson, arobinson73)', () => {
    expect(reasonsFor('A1', 'Anita Robinson', 'arobinson73')).toBeUndefined();
    expect(reasonsFor('A1', 'Anita Robinson', 'a.robinson')).toBeUndefined();
  });

  it('is still the pupil’s with no display name, or where the handle carries the pupil’s birth year', () => {
    expect(reasonsFor('A1', undefined, 'arobinson73')).toEqual(
      expect.arrayContaining(['INITIAL_SURNAME', 'HANDLE', 'HANDLE_YEAR_NOT_DOB']),
    );
    expect(reasonsFor('A1', 'Anita Robinson', 'arobinson2012')).toEqual(
      expect.arrayContaining(['INITIAL_SURNAME', 'HANDLE_YEAR_MATCHES_DOB']),
    );
  });

  it('leaves a display name that is the pupil’s own form of the name, or sounds like it', () => {
    expect(reasonsFor('A1', 'Alex Robinson', 'arobinson73')).toContain('NICKNAME');
    expect(reasonsFor('Y1', 'Youssef Ahmed', 'yahmed73')).toContain('NAME_VARIANT');
  });
});
