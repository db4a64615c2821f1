import { describe, expect, it } from 'vitest';
import { namesakeElsewhereDigits } from '../../src/match/namesakesElsewhereDigits.js';
import type { Connection } from '../../src/model/records.js';

const account = (username: string, connectedOn?: string): Connection => ({
  platform: 'instagram',
  displayName: 'Tamsin',
  username,
  connectedOn,
  source: { file: 'connections.csv', line: 2 },
});
const TODAY = '2026-11-30';

describe('the account’s numbers read as another school’s child bearing the pupil’s name', () => {
  it('reads the pupil’s year group as the namesake’s birth year where it is theirs', () => {
    // `tamsinquarrell10`: this school's Tamsin is in Year 10; the other school's was born in December 2010.
    expect(namesakeElsewhereDigits('yearGroup', account('tamsinquarrell10'), '2010-12-15', TODAY)).toBe('dob');
    expect(namesakeElsewhereDigits('dob', account('tamsin.quarrell2010'), '2010-12-15', TODAY)).toBe('dob');
  });

  it('reads the pupil’s birth year as the namesake’s year group or age where it is theirs', () => {
    // Born in February 2009: Year 13 on the audit's date; 14 when connected in 2023.
    expect(namesakeElsewhereDigits('dob', account('tamsin.quarrell13'), '2009-02-15', TODAY)).toBe('yearGroup');
    expect(namesakeElsewhereDigits('dob', account('tamsin.quarrell14', '2023-05-01'), '2009-02-15', TODAY)).toBe('age');
  });

  it('keeps a year group after its own word marked so', () => {
    expect(namesakeElsewhereDigits('yearGroupMarked', account('tamsin.yr13'), '2009-02-15', TODAY)).toBe(
      'yearGroupMarked',
    );
  });

  it('gives nothing where the number is the pupil’s alone, or the namesake’s age is unknown', () => {
    expect(namesakeElsewhereDigits('yearGroup', account('tamsinquarrell10'), '2013-03-15', TODAY)).toBeUndefined();
    expect(namesakeElsewhereDigits('dob', account('tamsin.quarrell2012'), '2011-03-15', TODAY)).toBeUndefined();
    expect(namesakeElsewhereDigits('dob', account('tamsin.quarrell2012'), undefined, TODAY)).toBeUndefined();
  });

  it('leaves every other reading of the numbers as the pupil’s', () => {
    for (const digits of ['none', 'otherNumber', 'olderTwoDigit'])
      expect(namesakeElsewhereDigits(digits, account('tamsinquarrell85'), undefined, TODAY)).toBe(digits);
  });
});
