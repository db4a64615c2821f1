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

  it('counts other accounts bearing a pupil’s whole name, a row without a handle once per platform and name', () => {
    const terms = new NameTerms(typical);
    terms.notePupil(['zephyrine'], ['quillon']);
    terms.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    terms.note('Zephyrine Quillon', 'facebook', 'https://www.facebook.com/profile.php?id=1000123');
    terms.note('Zephyrine Quillon', 'x');
    terms.note('Zephyrine Quillon', 'x');
    expect(terms.otherAccounts('zephyrine', 'quillon', 'Zephyrine Quillon')).toBe(2);
    expect(terms.otherAccounts('zephyrine', 'quillon')).toBe(3);
    expect(terms.accountCount).toBe(3);
  });

  it('measures the lists’ platforms and dates, and how much whole names cluster beyond their parts', () => {
    const terms = new NameTerms(typical);
    const fores = ['amy', 'ben', 'cara', 'dan', 'eve', 'finn', 'gus', 'hana'];
    const surs = ['jones', 'khan', 'lee', 'moss', 'nash', 'owen', 'pike', 'quinn'];
    // Independent draws: each forename with each surname, so no clustering beyond chance.
    for (let i = 0; i < 640; i++)
      terms.note(
        `${fores[i % 8]} ${surs[Math.floor(i / 8) % 8]}`,
        i % 4 === 0 ? 'tiktok' : 'facebook',
        `u${i}`,
        `20${10 + (i % 10)}-06-01`,
      );
    expect(terms.platformShare('tiktok')).toBeCloseTo(0.25, 1);
    expect(terms.wholeNameClustering).toBeCloseTo(1, 0);
    // Born mid-2012: accounts connected 2016–2019 are 10 in 100 of those connected since (4 years of the 8 since 2012).
    const born = 2012 * 12 + 5;
    expect(terms.dateShare(born, born + 48, born + 96).share).toBeCloseTo(0.5, 1);
    // The same names each paired with one surname only: whole names recur far beyond their parts.
    const clustered = new NameTerms(typical);
    for (let i = 0; i < 640; i++) clustered.note(`${fores[i % 8]} ${surs[i % 8]}`, 'facebook', `u${i}`);
    expect(clustered.wholeNameClustering).toBeGreaterThan(4);
  });
});
