import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { readHandleText } from '../../src/match/nameReadings.js';
import { readYears, yearGroupNumber, yearGroupOf } from '../../src/match/yearEvidence.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

describe('year evidence in handles', () => {
  it.each([
    ['Year 7', 7],
    ['Y10', 10],
    ['Yr 2', 2],
    ['Reception', 0],
    ['R', 0],
    ['Nursery', -1],
    ['N2', -1],
    ['NC Year 9', 9],
    ['', undefined],
  ])('year group %s → %s', (text, n) => expect(yearGroupNumber(text)).toBe(n));

  it.each([
    [['2012'], 'dob'],
    [['12'], 'dob'],
    [['9'], 'yearGroup'],
    [['1985'], 'adult'],
    [['85'], 'olderTwoDigit'],
    [['2019'], null],
    [['2010'], null],
    [['1234'], null],
    [['07'], null],
    [['23'], null],
  ])('%j for a pupil born 2012 in Year 9 → %s', (numbers, verdict) =>
    expect(readYears(numbers, 2012, 9)).toBe(verdict),
  );

  it('reads two digits as an older year only beside the name the handle spells', () => {
    expect(readYears(['83'], 2012, 9, true)).toBe('olderTwoDigit');
    expect(readYears(['83'], 2012, 9, false)).toBe(null);
    expect(readYears(['12'], 2012, 9, false)).toBe('dob');
    expect(readYears(['1983'], 2012, 9, false)).toBe('adult');
  });

  it('says nothing without a date of birth', () => {
    expect(readYears(['1985'], undefined, undefined)).toBe(null);
  });
});

describe('an adult’s two-digit birth year beside a name the handle does not spell whole', () => {
  const pupils = [pupil('M1', 'Imogen', 'Mitchell', { dob: '2012-05-01', yearGroup: 'Year 9' })];
  const digitsOf = (displayName: string, username: string): string | undefined =>
    createMatcher(pupils).match(connection(displayName, username), STAFF)[0]?.levels.digits;

  it('reads the digits after the surname and an initial (`mitchelli70`) as an older year', () => {
    expect(digitsOf('Imogen Mitchell', 'mitchelli70')).toBe('olderTwoDigit');
    expect(digitsOf('Imogen Mitchell', 'imogen.m83')).toBe('olderTwoDigit');
  });

  it('reads two digits after the whole name in a display name as an older year, and the birth year as the pupil’s', () => {
    expect(digitsOf('Imogen Mitchell 83', 'fifawolf')).toBe('olderTwoDigit');
    expect(digitsOf('Imogen Mitchell 12', 'fifawolf')).toBe('dob');
  });

  it('does not read the number of a handle of other words (`fifawolf83`) as a year', () => {
    expect(digitsOf('Imogen Mitchell', 'fifawolf83')).toBe('otherNumber');
  });
});

describe('a former pupil’s year group: the one they left from', () => {
  it('reckons it from the date of birth and the leaving date, by English school years', () => {
    expect(yearGroupOf({ dob: '2010-03-10', leavingDate: '2026-07-20' })).toBe(11);
    expect(yearGroupOf({ dob: '2009-09-01', leavingDate: '2026-07-20' })).toBe(11);
    expect(yearGroupOf({ dob: '2009-08-31', leavingDate: '2026-07-20' })).toBe(12);
    expect(yearGroupOf({ dob: '2013-01-05', leavingDate: '2024-10-02' })).toBe(7);
    expect(yearGroupOf({ yearGroup: 'Year 9', dob: '2012-01-01', leavingDate: '2026-07-20' })).toBe(9);
    expect(yearGroupOf({ dob: '2010-03-10' })).toBeUndefined();
    expect(yearGroupOf({ dob: '1990-03-10', leavingDate: '2026-07-20' })).toBeUndefined();
  });

  it('reads a handle carrying it as the pupil’s year group (poppy.yr11, made at school)', () => {
    // A leavers list has no year group.
    const { yearGroup: _onRoll, ...leaver } = pupil('L1', 'Poppy', 'Hartnell', {
      dob: '2010-03-10',
      leavingDate: '2026-07-20',
    });
    const found = createMatcher([leaver]).match(connection('Poppy', 'poppy.yr11'), STAFF)[0];
    expect(found?.pupil.id).toBe('L1');
    expect(found?.levels.digits).toBe('yearGroup');
  });
});

describe('a birthday, and two digits with a leading zero, in a handle', () => {
  it('reads the birthday day first, alone or with the year, as the pupil’s date of birth', () => {
    for (const digits of ['2610', '261012', '26102012'])
      expect(readYears([digits], 2012, 9, true, '2012-10-26')).toBe('dob');
    // Not the birthday: month first, another day, another year; and without a date of birth.
    for (const digits of ['1026', '2710', '261013', '26102013'])
      expect(readYears([digits], 2012, 9, true, '2012-10-26')).toBe(null);
    expect(readYears(['2610'], 2012, 9)).toBe(null);
  });

  it('reads a year that is neither the pupil’s nor an adult’s as the birthday when it is (`bilal.2006`, 20 June)', () => {
    expect(readYears(['2006'], 2011, 10, true, '2011-06-20')).toBe('dob');
    expect(readYears(['2006'], 2011, 10, true, '2011-06-21')).toBe(null);
    // An adult's year stays an adult's, whatever the birthday.
    expect(readYears(['2001'], 2012, 9, true, '2012-01-20')).toBe('adult');
  });

  it('reads 09 as the birth year 2009 or as Year 9; after a year word, as Year 9 only', () => {
    expect(readYears(['09'], 2009, 12)).toBe('dob');
    expect(readYears(['09'], 2012, 9)).toBe('yearGroup');
    expect(readYears(['9'], 2012, 9)).toBe('yearGroup');
    expect(readHandleText('tristan.y09')[0]!.numbers).toEqual(['9']);
    expect(readHandleText('tristan_yr09')[0]!.numbers).toEqual(['9']);
    expect(readHandleText('09tristan')[0]!.numbers).toEqual(['09']);
  });

  it('finds a pupil by forename and birthday, and only that pupil of the forename (`louie2610`)', () => {
    const pupils = [
      pupil('B1', 'Louie', 'Hartnell', { dob: '2012-10-26', yearGroup: 'Year 9' }),
      pupil('B2', 'Louie', 'Brackley', { dob: '2012-03-02', yearGroup: 'Year 9' }),
    ];
    const found = createMatcher(pupils).match(connection('', 'louie2610'), STAFF);
    expect(found.map((c) => [c.pupil.id, c.levels.digits])).toEqual([['B1', 'dob']]);
  });
});

describe('a forename with the surname’s initial run on, beside a year (`ariaw11`)', () => {
  const pupils = [
    pupil('A1', 'Aria', 'Whitfield', { dob: '2011-03-04', yearGroup: 'Year 10' }),
    pupil('A2', 'Aria', 'Patel', { dob: '2011-06-07', yearGroup: 'Year 10' }),
  ];
  const found = (username: string) =>
    createMatcher(pupils)
      .match(connection('', username), STAFF)
      .map((c) => [c.pupil.id, c.levels.sur, c.levels.digits]);

  it('reads the initial as the surname’s, and the digits as the birth year', () => {
    expect(found('ariaw11')).toEqual([['A1', 'initial', 'dob']]);
    expect(found('ariap2011')).toEqual([['A2', 'initial', 'dob']]);
  });

  it('reads no initial without the pupil’s year beside, nor an x (a kiss)', () => {
    expect(found('ariaw')).toEqual([]);
    // Adults write `sarahj23`: digits that are not the pupil's year say nothing for her.
    expect(found('ariaw23')).toEqual([]);
    expect(
      createMatcher([pupil('M1', 'Saskia', 'Mason', { dob: '2010-09-02', yearGroup: 'Year 11' })]).match(
        connection('', 'masons4'),
        STAFF,
      ),
    ).toEqual([]);
    expect(found('ariax11').map(([, sur]) => sur)).not.toContain('initial');
  });
});
