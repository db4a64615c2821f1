import { describe, expect, it } from 'vitest';
import { NameTerms } from '../../src/match/NameTerms.js';

describe('name terms counted from the lists', () => {
  const typical = { forename: 0.001, surname: 0.001 };

  it('counts an account once however many staff lists hold it', () => {
    const once = new NameTerms(typical);
    const thrice = new NameTerms(typical);
    for (const terms of [once, thrice]) {
      terms.notePupil(['zephyrine'], ['quillon']);
      terms.note('Amy Jones', 'instagram', 'amyj');
    }
    once.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    for (let i = 0; i < 3; i++) thrice.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    expect(thrice.shares('zephyrine', 'quillon', true)).toEqual(once.shares('zephyrine', 'quillon', true));
    expect(thrice.otherAccounts('zephyrine', 'quillon', 'Zephyrine Quillon')).toBe(0);
  });

  it('counts other accounts bearing a pupil’s whole name, and rows without a handle each time', () => {
    const terms = new NameTerms(typical);
    terms.notePupil(['zephyrine'], ['quillon']);
    terms.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    terms.note('Zephyrine Quillon', 'facebook', 'https://www.facebook.com/profile.php?id=1000123');
    terms.note('Zephyrine Quillon', 'x');
    terms.note('Zephyrine Quillon', 'x');
    expect(terms.otherAccounts('zephyrine', 'quillon', 'Zephyrine Quillon')).toBe(3);
    expect(terms.otherAccounts('zephyrine', 'quillon')).toBe(4);
  });
});
