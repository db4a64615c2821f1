import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { writtenAsAChild } from '../../src/match/writtenAsAChild.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

describe('two digits beside a name written as children write theirs', () => {
  const matcher = createMatcher([pupil('W1', 'William', 'Farrowdale'), pupil('J1', 'Joshua', 'Kettlewood')], {
    auditDate: '2026-11-30',
  });
  const best = (shown: string, handle: string) => matcher.match(connection(shown, handle), STAFF)[0];

  it('reads no adult’s birth year beside a name spelt out or stretched', () => {
    for (const [shown, handle] of [
      ['W_i_l_l_i_a_m F•a•r•r•o•w•d•a•l•e', 'billy_60'],
      ['joshuaaa kettlewooood', 'joshuaaakettlewood77'],
    ]) {
      const candidate = best(shown!, handle!);
      expect(candidate?.levels.digits, shown).toBe('otherNumber');
      expect(candidate?.reasons, shown).not.toContain('HANDLE_YEAR_NOT_DOB');
    }
  });

  it('still reads it beside the name written plainly', () => {
    expect(best('William Farrowdale', 'billy_60')?.reasons).toContain('HANDLE_YEAR_NOT_DOB');
    expect(best('Joshua Kettlewood', 'joshuakettlewood77')?.reasons).toContain('HANDLE_YEAR_NOT_DOB');
  });

  it('moves no other pair’s weight: the audit’s own estimates count the digits as the adult’s year they were', () => {
    const pupils = [pupil('W1', 'William', 'Farrowdale'), pupil('J1', 'Jack', 'Smith'), pupil('A1', 'Amelia', 'Jones')];
    const others = [
      connection('Jack Smith', 'jacksmith2012', '2024-03-01'),
      connection('Amelia Jones', undefined, '2023-01-01'),
      connection('Jack Smith', 'jack.smith.77'),
    ];
    const finalScores = (shown: string) => {
      const m = createMatcher(pupils, { auditDate: '2026-11-30' });
      const rows = [connection(shown, 'billy_60', '2024-05-01'), ...others];
      const waiting = rows.map((row) => m.match(row, STAFF));
      m.forgetCaches?.();
      return rows.slice(1).map((row, i) => m.finalise(waiting[i + 1]!, row).map((c) => c.score));
    };
    expect(finalScores('W_i_l_l_i_a_m F•a•r•r•o•w•d•a•l•e')).toEqual(finalScores('William Farrowdale'));
  });

  it('tells a name spelt out or stretched from initials, emoji and doubled letters', () => {
    expect(writtenAsAChild('J R Hartley')).toBe(false);
    expect(writtenAsAChild('Jess Allenn 🏃‍♀️')).toBe(false);
    expect(writtenAsAChild('L•a•y•l•a Davies')).toBe(true);
    expect(writtenAsAChild('Ellieee')).toBe(true);
    expect(writtenAsAChild(undefined)).toBe(false);
  });
});
