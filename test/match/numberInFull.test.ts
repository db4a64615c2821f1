import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { numberInFull } from '../../src/match/yearEvidence.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const POPPY = { dobYear: 2011, dob: '2011-03-26', yearGroup: 10 };

describe('a forename alone’s number written in full', () => {
  it.each([
    ['poppy2011', 'dob', true],
    ['2011_poppy', 'dob', true],
    ['poppy_2603', 'dob', true],
    ['poppy11', 'dob', false],
    ['poppy_2012', 'dob', false],
    ['poppy.y10', 'yearGroup', true],
    ['yr10_poppy', 'yearGroup', true],
    ['poppy_year_10', 'yearGroup', true],
    ['poppy10', 'yearGroup', false],
    ['poppyy10', 'yearGroup', false],
    ['poppy.y9', 'yearGroup', false],
    ['poppy2011', 'age', false],
  ] as const)('%s read as %s: %s', (handle, years, inFull) =>
    expect(numberInFull([handle], years, POPPY)).toBe(inFull),
  );

  it('reads the display name as well as the handle', () => {
    expect(numberInFull([undefined, 'Poppy 2011'], 'dob', POPPY)).toBe(true);
    expect(numberInFull(['poppy', 'Poppy 11'], 'dob', POPPY)).toBe(false);
  });
});

describe('the level a forename alone written in full is weighed at', () => {
  const pupils = [pupil('P1', 'Poppy', 'Ward', { dob: '2011-03-26', yearGroup: 'Year 10' })];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const first = (displayName: string | undefined, username: string) =>
    matcher.match(connection(displayName, username), STAFF)[0];

  it('is set for a forename alone with the birth year in four digits or the year group with its Y, only', () => {
    expect(first('Poppy', 'poppy2011')?.levels.inFull).toBe('yes');
    expect(first(undefined, 'poppy.y10')?.levels.inFull).toBe('yes');
    expect(first('Poppy', 'poppy11')?.levels.inFull).toBe('no');
    expect(first(undefined, 'poppy10')?.levels.inFull).toBe('no');
    // Beside the whole name the number is weighed as before.
    expect(first('Poppy Ward', 'poppyward2011')?.levels.inFull).toBe('no');
  });
});

describe('how much a forename alone written in full weighs', () => {
  const pupils = [pupil('P1', 'Poppy', 'Ward', { dob: '2011-03-26', yearGroup: 'Year 10' })];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const first = (displayName: string | undefined, username: string) =>
    matcher.match(connection(displayName, username), STAFF)[0];

  it('weighs the birth year in four digits above two, and says why', () => {
    const full = first('Poppy', 'poppy2011');
    const bare = first('Poppy', 'poppy11');
    expect(full?.score).toBeGreaterThan(bare?.score ?? 1);
    expect(full?.contributions.find((c) => c.code === 'NUMBER_IN_FULL')?.weight).toBeGreaterThan(0);
    expect(bare?.contributions.some((c) => c.code === 'NUMBER_IN_FULL')).toBe(false);
  });

  it('weighs the year group with its Y above the bare number', () => {
    expect(first(undefined, 'poppy.y10')?.score).toBeGreaterThan(first(undefined, 'poppy10')?.score ?? 1);
  });
});
