import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A forename alone with the pupil's number, wrapped in the words children run onto a handle (`itspoppy11`).
describe('a forename and the pupil’s number wrapped in its, real, the, x (`itspoppy11`)', () => {
  const pupils = [
    pupil('P1', 'Poppy', 'Standen', { dob: '2011-05-01', yearGroup: 'Year 10' }),
    pupil('P2', 'Poppy', 'Oakes', { dob: '2013-02-01', yearGroup: 'Year 8' }),
    pupil('R1', 'Ray', 'Fenwick', { dob: '2011-03-01', yearGroup: 'Year 10' }),
    pupil('I1', 'Nia', 'Imray', { dob: '2012-03-01', yearGroup: 'Year 9' }),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const found = (displayName: string | undefined, username: string) =>
    matcher.match(connection(displayName, username), STAFF).map((c) => [c.pupil.id, c.levels.digits]);

  it.each([
    'itspoppy11',
    'itzpoppy2011',
    'itz_poppy11',
    'realpoppy_11',
    'thepoppy.11',
    'iampoppy11',
    'officialpoppy11',
    'xxpoppy11xx',
    'itspoppy11xx',
    'itspoppyy10',
  ])('reads %s as the forename with the pupil’s birth year or year group', (handle) => {
    expect(found(undefined, handle)[0]).toEqual(['P1', handle.endsWith('y10') ? 'yearGroup' : 'dob']);
  });

  it('reads the wrapped forename beside a display name of the forename', () => {
    expect(found('Poppy ✨', 'itspoppy13')).toEqual([['P2', 'dob']]);
  });

  it('takes no prefix off a name on the roll (Imray is no Ray)', () => {
    expect(found(undefined, 'imray11')).toEqual([]);
  });

  it('finds nobody with a number that is neither pupil’s', () => {
    expect(found(undefined, 'itspoppy84')).toEqual([]);
    expect(found(undefined, 'itz_poppy_7')).toEqual([]);
  });
});
