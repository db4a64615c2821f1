import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Invented pupils whose names an adult's, read back to front or one letter away, might seem to be. */
const PUPILS = [
  pupil('G1', 'Thomas', 'Garcia'),
  pupil('E1', 'Evelyn', 'Whitmore'),
  pupil('O1', 'Owen', 'Francis'),
  pupil('J1', 'Jana', 'Heathcroft'),
  pupil('M1', 'Megan', 'Harris'),
  pupil('Y1', 'Jayden', 'Hughes'),
];
const matcher = createMatcher(PUPILS);
const ids = (displayName: string, username?: string): string[] =>
  matcher.match(connection(displayName, username), STAFF).map((c) => c.pupil.id);

describe('two doubts are no evidence', () => {
  it('does not read a slip in a name read back to front without a comma', () => {
    expect(ids('Marcia Thomas')).toEqual([]);
  });

  it('still reads a name written back to front with a comma, with one slip', () => {
    expect(ids('Garcai, Thomas')).toEqual(['G1']);
  });

  it('does not read a known name as another stretched (`Lynn` is no `Lyn` for Evelyn), as before', () => {
    expect(ids('Lynn Whitmore', 'lynn.whitmore')).toEqual([]);
  });

  it('does not read an adult’s own given name as a slip for a pupil’s', () => {
    expect(ids('Olwen Francis')).toEqual([]);
    expect(ids('Heathcroft, Jasna')).toEqual([]);
    // Other spellings of popular names are names of their own (issue 14).
    expect(ids('Meghan Harris')).toEqual([]);
    expect(ids('Jaiden Hughes')).toEqual([]);
    expect(ids('Megann Harris')).toEqual(['M1']);
  });
});
