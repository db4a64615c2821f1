import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { WEAK_CEILING_BITS, withinEvidence } from '../../src/match/evidence.js';
import { readYears } from '../../src/match/yearEvidence.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Adults of other naming traditions whose names read as a pupil's (issue 14: no unrelated
// background adult flagged). Each case fails on the main before this branch.

const PUPILS = [
  pupil('C1', 'Lin', 'Chen'),
  pupil('C2', 'Wei', 'Li'),
  pupil('S1', 'Jaspreet', 'Sandhu', { middleNames: 'Kaur' }),
  pupil('S2', 'Gurpreet', 'Gill', { middleNames: 'Singh' }),
  pupil('V1', 'Lan', 'Tran', { middleNames: 'Thi' }),
  pupil('E1', 'Ellie', 'Clark', { middleNames: 'Rose' }),
  pupil('N1', 'Lucia', 'Quennell'),
  pupil('N2', 'Oliver', 'Bhatia'),
  pupil('J1', 'James', 'Baker'),
  pupil('L1', 'Leah', 'Fernsby'),
  pupil('L2', 'John', 'Ashwell'),
  pupil('L3', 'Finn', 'Corrow'),
];
const matcher = createMatcher(PUPILS);
const levelsFor = (id: string, displayName: string) =>
  matcher.match(connection(displayName), STAFF).find((c) => c.pupil.id === id)?.levels;

describe('two short names, either of which may be the family name', () => {
  it('reads Chen Lin (Chen of the Lin family) as Lin Chen back to front only in doubt', () => {
    expect(levelsFor('C1', 'Chen Lin')?.order).toBe('orderInDoubt');
    expect(levelsFor('C2', 'Li Wei')?.order).toBe('orderInDoubt');
  });

  it('still reads a surname that is no given name before the forename as surname first (Sandhu Jaspreet)', () => {
    expect(levelsFor('S1', 'Sandhu Jaspreet')?.order).toBe('surnameFirst');
  });
});

describe('a middle name every member of a tradition bears', () => {
  it('is the pupil’s word, but no middle name agreeing (Kaur, Singh, Thi)', () => {
    for (const [id, name] of [
      ['S1', 'Jaspreet Kaur Sandhu'],
      ['S2', 'Gurpreet Singh Gill'],
      ['V1', 'Lan Thi Tran'],
    ] as const) {
      const levels = levelsFor(id, name);
      expect(levels?.middle, name).toBe('no');
      expect(levels?.unexplained, name).toBe('0');
    }
  });

  it('leaves a middle name of the pupil’s own as evidence (Ellie Rose Clark)', () => {
    expect(levelsFor('E1', 'Ellie Rose Clark')?.middle).toBe('yes');
  });
});

describe('two digits of an adult’s birth year after the whole name', () => {
  it('reads a repeated digit as a year like any other: parents were born in 1977 and 1988 (kerry.taylor77)', () => {
    for (const digits of ['66', '77', '88', '99']) expect(readYears([digits], 2012, 9)).toBe('olderTwoDigit');
  });

  it('reads the digits after the account’s own form of the name alike for every pupil it may be (jamie_84kir)', () => {
    const james = matcher.match(connection('Jamie Baker', 'jamie_84kir'), STAFF).find((c) => c.pupil.id === 'J1');
    expect(james?.levels.fore).toBe('nickname');
    expect(james?.levels.digits).toBe('olderTwoDigit');
  });

  it('reads 69 as no year, and two digits in a handle of other words as none (fifawolf88)', () => {
    expect(readYears(['69'], 2012, 9)).toBeNull();
    expect(readYears(['88'], 2012, 9, false)).toBeNull();
  });
});

describe('a short form of the pupil’s forename that is a given name of its own', () => {
  it('is marked so: an adult called Lucy is more often a Lucy than a Lucia going by it', () => {
    expect(levelsFor('N1', 'Lucy Quennell')?.fore).toBe('nickname');
    expect(levelsFor('N1', 'Lucy Quennell')?.foreForm).toBe('nameOfItsOwn');
    // Ollie is only ever a short form, no name of its own (Olivia's as Oliver's: family39 holds it below FLAG).
    expect(levelsFor('N2', 'Ollie Bhatia')?.foreForm).not.toBe('nameOfItsOwn');
  });

  it('is so where the table gives a spelling one letter from the forename as its short form (Lea, Jon, Fin)', () => {
    // Another spelling one letter from the pupil's is never the whole name (issue 14): the table's short forms
    // Lea for Leah, Jon for John, Fin for Finn are names the ONS counts, each somebody's own.
    expect(levelsFor('L1', 'Lea Fernsby')?.foreForm).toBe('nameOfItsOwn');
    expect(levelsFor('L2', 'Jon Ashwell')?.foreForm).toBe('nameOfItsOwn');
    expect(levelsFor('L3', 'Fin Corrow')?.foreForm).toBe('nameOfItsOwn');
  });

  it('is held below FLAG whatever the weights, as other weak evidence is', () => {
    const nickname = { ...WHOLE_NAME_LEVELS, fore: 'nickname' };
    expect(withinEvidence({ ...nickname, foreForm: 'nameOfItsOwn' }, 20)).toBe(WEAK_CEILING_BITS);
    expect(withinEvidence(nickname, 20)).toBe(20);
  });
});
