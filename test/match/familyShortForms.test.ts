import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { levelsCanFlag } from '../../src/match/evidence.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { shortFormOfOthers } from '../../src/match/shortFormOfOthers.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A pupil's family writes the pupil's usual short form as their own (family39): Samantha Stanhurst, the pupil
// Samuel's sister or mother, is "Sam Stanhurst" as he is. Each case fails on the main before this branch.

const PUPILS = [
  pupil('S1', 'Samuel', 'Stanhurst', { dob: '2014-08-22', yearGroup: 'Year 7' }),
  pupil('L1', 'Lucas', 'Bromfield'),
  pupil('O1', 'Olivia', 'Bhatia'),
  pupil('F1', 'Sofia', 'Quenwell'),
];
const matcher = createMatcher(PUPILS);
const candidate = (id: string, displayName: string, username?: string, on?: string) =>
  matcher.match(connection(displayName, username, on), STAFF).find((c) => c.pupil.id === id);

describe('a short form of the pupil’s forename that is as usual another name’s', () => {
  it('is read from the name tables: Sam is Samantha’s as Samuel’s, Livvy only Olivia’s', () => {
    const book = createNicknameBook();
    expect(shortFormOfOthers(book, 'sam', ['samuel'])).toBe(true);
    expect(shortFormOfOthers(book, 'lukey', ['lucas'])).toBe(true);
    expect(shortFormOfOthers(book, 'livvy', ['olivia'])).toBe(false);
    // Spellings of one name are one name: Soph is Sophie's too, another name, but not Sophia's alone.
    expect(shortFormOfOthers(book, 'soph', ['sofia'])).toBe(true);
    expect(shortFormOfOthers(book, 'soph', ['sophia', 'sophie'])).toBe(false);
  });

  it('marks the pair, says so, and is no whole name (never a FLAG)', () => {
    const sam = candidate('S1', 'Sam Stanhurst', undefined, '2023-06-01');
    expect(sam?.levels.fore).toBe('nickname');
    expect(sam?.levels.foreForm).toBe('shortOfAnother');
    expect(sam?.reasons).toContain('SHORT_FORM_OF_ANOTHER');
    expect(sam?.score).toBeLessThanOrEqual(0.98);
    expect(levelsCanFlag(sam!.levels)).toBe(false);
  });

  it('still finds the pupil: the pair weighs as a short form does, only held below FLAG', () => {
    const sam = candidate('S1', 'Sam Stanhurst', 'samstanhurst2014', '2023-06-01');
    expect(sam?.levels.digits).toBe('dob');
    expect(sam?.score).toBeGreaterThan(0.9);
    expect(sam?.score).toBeLessThanOrEqual(0.98);
  });

  it('leaves a short form no other name has flag-capable (Livvy for Olivia)', () => {
    const livvy = candidate('O1', 'Livvy Bhatia');
    expect(livvy?.levels.fore).toBe('nickname');
    expect(livvy?.levels.foreForm).toBeUndefined();
    expect(levelsCanFlag(livvy!.levels)).toBe(true);
  });
});
