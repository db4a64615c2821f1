import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { readHandleText } from '../../src/match/nameReadings.js';
import { agesWritten, readYears, yearGroupNumber, yearGroupOf } from '../../src/match/yearEvidence.js';
import type { Pupil } from '../../src/model/records.js';
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
    expect(found?.levels.digits).toBe('yearGroupMarked');
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

describe('the pupil’s age in a handle (`matilda12`)', () => {
  it('reads two digits that are one of the ages given as the pupil’s age', () => {
    expect(readYears(['14'], 2012, 9, true, undefined, [14])).toBe('age');
    expect(readYears(['14'], 2012, 9, true, undefined, [13, 14])).toBe('age');
    expect(readYears(['15'], 2012, 9, true, undefined, [14])).toBe(null);
    expect(readYears(['14'], 2012, 9)).toBe(null);
  });

  it('reads a birth year or year group before an age, and no age under 8', () => {
    expect(readYears(['13'], 2013, 9, true, undefined, [13])).toBe('dob');
    expect(readYears(['9'], 2012, 9, true, undefined, [9])).toBe('yearGroup');
    expect(readYears(['7'], 2019, 2, true, undefined, [7])).toBe(null);
  });

  it('takes the age when connected and at the audit date, each once, from 8', () => {
    expect(agesWritten('2012-05-01', '2024-04-30', '2026-11-30')).toEqual([11, 14]);
    expect(agesWritten('2012-05-01', '2024-05-01', '2026-11-30')).toEqual([12, 14]);
    expect(agesWritten('2012-05-01', undefined, '2026-11-30')).toEqual([14]);
    expect(agesWritten('2012-05-01', '2026-11-01', '2026-11-30')).toEqual([14]);
    expect(agesWritten('2012-05-01', '2018-05-01', undefined)).toEqual([]);
    expect(agesWritten(undefined, '2024-05-01', '2026-11-30')).toEqual([]);
  });
});

describe('a forename alone with the pupil’s age', () => {
  const pupils = [
    pupil('M1', 'Matilda', 'Standen', { dob: '2011-05-01', yearGroup: 'Year 10' }),
    pupil('M2', 'Matilda', 'Oakes', { dob: '2014-02-01', yearGroup: 'Year 8' }),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const ids = (displayName: string | undefined, username: string, connectedOn?: string) =>
    matcher
      .match(connection(displayName, username, connectedOn), STAFF)
      .map((c) => [c.pupil.id, c.reasons.includes('HANDLE_NUMBER_MATCHES_AGE') ? 'age' : c.levels.digits]);

  it('is a candidate at the age now or when connected, and only that pupil', () => {
    expect(ids('Matilda ✨', 'matilda15')).toEqual([['M1', 'age']]);
    expect(ids(undefined, '12_matilda')).toEqual([['M2', 'age']]);
    expect(ids(undefined, 'matilda13', '2024-06-01')).toEqual([['M1', 'age']]);
  });

  it('is nobody’s at an age neither pupil is or was then', () => {
    expect(ids(undefined, 'matilda16')).toEqual([]);
    expect(ids(undefined, 'matilda13')).toEqual([]);
  });

  it('gives the reason', () => {
    expect(matcher.match(connection('Matilda', 'matilda15'), STAFF)[0]?.reasons).toContain('HANDLE_NUMBER_MATCHES_AGE');
  });
});

describe('the age’s own level', () => {
  it('is weighed at digits: age', () => {
    const pupils = [pupil('M1', 'Matilda', 'Standen', { dob: '2011-05-01', yearGroup: 'Year 10' })];
    const [candidate] = createMatcher(pupils, { auditDate: '2026-11-30' }).match(connection('', 'matilda15'), STAFF);
    expect(candidate?.levels.digits).toBe('age');
  });
});

describe('the age is no rival to what the name or the digits already propose', () => {
  const AUDIT = '2026-11-24';
  /** Olivias born in 2012 (whose `olivia12` is their birth year) and twice as many aged 12 now or when connected. */
  const crowd = (born2012: number) => [
    ...Array.from({ length: born2012 }, (_, i) =>
      pupil(`B${i}`, 'Olivia', `Born${i}`, { dob: `2012-0${1 + (i % 8)}-10`, yearGroup: 'Year 9' }),
    ),
    ...Array.from({ length: 2 * born2012 }, (_, i) =>
      pupil(`A${i}`, 'Olivia', `Aged${i}`, { dob: `${2013 + (i % 2)}-0${1 + (i % 8)}-20`, yearGroup: 'Year 8' }),
    ),
  ];
  const found = (pupils: Pupil[], displayName: string | undefined, username: string) =>
    createMatcher(pupils, { auditDate: AUDIT })
      .match(connection(displayName, username, '2025-06-01'), STAFF)
      .map((c) => [c.pupil.id, c.levels.digits]);

  it('keeps the pupils whose birth year the number is, however many of the forename are that age', () => {
    // 21 born in 2012 and 42 aged 12: more than fifty forename-only matches took the birth year's with them.
    const candidates = found(crowd(21), 'Olivia', 'olivia12');
    expect(candidates).toHaveLength(21);
    expect(candidates.every(([id, digits]) => id!.startsWith('B') && digits === 'dob')).toBe(true);
  });

  it('names the pupils of the forename at that age beside the few the number is the birth year of', () => {
    // The number fits both (`olivia12`: born in 2012, or 12): a review naming both is better than none.
    expect(
      found(crowd(1), undefined, 'olivia12')
        .map(([, digits]) => digits)
        .sort(),
    ).toEqual(['age', 'age', 'dob']);
    expect(
      found(crowd(2), undefined, 'olivia12')
        .map(([, digits]) => digits)
        .sort(),
    ).toEqual([...['age', 'age', 'age', 'age'], ...['dob', 'dob']]);
  });

  it('adds none beside more than six of the forename in all: each would be too unlikely to look at', () => {
    expect(found(crowd(3), undefined, 'olivia12').map(([, digits]) => digits)).toEqual(['dob', 'dob', 'dob']);
  });

  it('adds none beside a pupil the whole name proposes, whose number is weighed as any other', () => {
    const pupils = [...crowd(0), pupil('W1', 'Olivia', 'Whitlock', { dob: '2013-05-02', yearGroup: 'Year 8' })];
    pupils.push(pupil('A9', 'Olivia', 'Aged9', { dob: '2014-02-20', yearGroup: 'Year 7' }));
    expect(found(pupils, 'Olivia Whitlock', 'olivia12')).toEqual([['W1', 'otherNumber']]);
    // Half a surname, an initial: the name proposes the pupil, the age is not read.
    const sophie = [pupil('S1', 'Sophie', 'Taylor-Wood', { dob: '2012-05-05', yearGroup: 'Year 9' })];
    expect(found(sophie, undefined, 'sophie.taylor13')).toEqual([['S1', 'otherNumber']]);
  });

  it('still proposes the pupils of the forename at that age where nothing else is read', () => {
    const pupils = [pupil('A1', 'Olivia', 'Aged1', { dob: '2014-02-20', yearGroup: 'Year 7' })];
    expect(found(pupils, 'Olivia', 'olivia12')).toEqual([['A1', 'age']]);
  });
});

describe('accounts only the age proposes', () => {
  it('do not move the estimates every other pair is weighed by', () => {
    const pupils = [
      pupil('J1', 'Jack', 'Smith', { dob: '2012-05-01' }),
      ...Array.from({ length: 6 }, (_, i) => pupil(`S${i}`, 'Sarah', `Ames${i}`, { dob: `2012-0${i + 1}-11` })),
    ];
    const weighed = (ageRows: number) => {
      const matcher = createMatcher(pupils, { auditDate: '2026-11-24' });
      const rows = [connection('Jack Smith', 'jacksmith2012', '2025-03-01')];
      // Adults writing a forename and a number that is those pupils' age (`sarah14`): each proposes them all.
      for (let i = 0; i < ageRows; i++)
        rows.push(connection('Sarah', `sarah${13 + (i % 2)}_${'x'.repeat(i)}`, '2025-03-01'));
      const found = rows.map((row) => matcher.match(row, STAFF));
      expect(found.slice(1).every((c) => c.length > 0 && c.every((x) => x.levels.digits === 'age'))).toBe(true);
      matcher.forgetCaches?.();
      return matcher.finalise(found[0]!, rows[0]!)[0]!;
    };
    const alone = weighed(0);
    const beside = weighed(40);
    // The lists hold 40 more accounts (population); what the audit estimates from its pairs is unmoved.
    expect(beside.prior?.accountsPerPupil).toBe(alone.prior?.accountsPerPupil);
    expect(beside.prior?.presentation).toEqual(alone.prior?.presentation);
    expect(beside.score).toBe(alone.score);
  });

  it('nor do the age’s pupils beside a birth year’s: the estimates are as for a year that is no age', () => {
    const pupils = [
      pupil('J1', 'Jack', 'Smith', { dob: '2012-05-01' }),
      pupil('B1', 'Olivia', 'Born', { dob: '2012-03-10', yearGroup: 'Year 9' }),
      pupil('A1', 'Olivia', 'Aged', { dob: '2014-01-20', yearGroup: 'Year 7' }),
      pupil('A2', 'Olivia', 'Young', { dob: '2014-02-20', yearGroup: 'Year 7' }),
    ];
    const weighed = (handle: (i: number) => string) => {
      const matcher = createMatcher(pupils, { auditDate: '2026-11-24' });
      const rows = [connection('Jack Smith', 'jacksmith2012', '2025-03-01')];
      for (let i = 0; i < 40; i++) rows.push(connection('Olivia', handle(i), '2025-03-01'));
      const found = rows.map((row) => matcher.match(row, STAFF));
      matcher.forgetCaches?.();
      return { found, jack: matcher.finalise(found[0]!, rows[0]!)[0]! };
    };
    // `olivia12`: B1's birth year and A1's and A2's age, all three named; `olivia2012`: B1's birth year alone.
    const twelve = weighed((i) => `olivia12_${'x'.repeat(i)}`);
    const year = weighed((i) => `olivia2012_${'x'.repeat(i)}`);
    expect(twelve.found[1]!.map((c) => c.pupil.id).sort()).toEqual(['A1', 'A2', 'B1']);
    expect(year.found[1]!.map((c) => c.pupil.id)).toEqual(['B1']);
    expect(twelve.jack.prior?.accountsPerPupil).toBe(year.jack.prior?.accountsPerPupil);
    expect(twelve.jack.prior?.presentation).toEqual(year.jack.prior?.presentation);
    expect(twelve.jack.score).toBe(year.jack.score);
  });
});
