import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { readHandleText } from '../../src/match/nameReadings.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A forename and the pupil's form, year group and letter run on (`emma9b` for Emma in 9B): the year group is read.
describe('a forename and the pupil’s form in a handle (`emma9b`)', () => {
  const pupils = [
    pupil('E1', 'Emma', 'Standen', { dob: '2012-10-01', yearGroup: 'Year 9', regGroup: '9B' }),
    pupil('E2', 'Emma', 'Oakes', { dob: '2014-02-01', yearGroup: 'Year 8', regGroup: '8C' }),
    pupil('E3', 'Emma', 'Bradshaw', { dob: '2010-03-01', yearGroup: 'Year 11', regGroup: '11A' }),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const found = (displayName: string | undefined, username: string) =>
    matcher.match(connection(displayName, username), STAFF).map((c) => [c.pupil.id, c.levels.digits]);

  it('is a candidate for the pupil of that year group, read as their year group', () => {
    expect(found('Emma ✨', 'emma9b')).toContainEqual(['E1', 'yearGroup']);
    expect(found(undefined, 'emma_9b')).toContainEqual(['E1', 'yearGroup']);
    expect(found(undefined, 'emma.8c')).toContainEqual(['E2', 'yearGroup']);
  });

  it('is nobody’s year group in a year no Emma is in', () => {
    expect(found(undefined, 'emma13c').map(([id]) => id)).not.toContain('E1');
    expect(found(undefined, 'emma13c').map(([id]) => id)).not.toContain('E2');
  });

  it('keeps the letter as an initial too (`emma9b` may be an Emma B in Year 9)', () => {
    const words = readHandleText('emma9b').map((r) => r.words.join(' '));
    expect(words).toContain('emma b');
    expect(words).toContain('emma');
  });

  it('reads no form after a kiss or a number that is no year group', () => {
    const words = (handle: string) => readHandleText(handle).map((r) => r.words.join(' '));
    expect(words('emma9x')).not.toContain('emma x');
    expect(words('emma21b')).not.toContain('emma');
  });
});
