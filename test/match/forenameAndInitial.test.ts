import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forenameAndInitialByClasses, isForenameAndInitial } from '../../src/match/forenameAndInitial.js';
import { NameTerms } from '../../src/match/NameTerms.js';

describe('a display name written as a forename and one letter', () => {
  it('is a word and one letter, however cased, stopped or decorated', () => {
    for (const name of ['Sarah K', 'sarah k.', 'Sarah K 🌸', 'Zoë K', 'Łucja Ż', '  Sarah   K  ', 'Sarah.K'])
      expect(isForenameAndInitial(name), name).toBe(true);
  });

  it('is not a whole name, an initial and a surname, a forename alone, or three words', () => {
    for (const name of ['Sarah Khan', 'S Khan', 'S K', 'Sarah', 'Sarah K Smith', 'Sarah-Jane K', 'K Sarah', '', '🌸 K'])
      expect(isForenameAndInitial(name), name).toBe(false);
  });

  it('reads plain ASCII by hand as the Unicode rule reads it (fast-check)', () => {
    const words = fc.stringMatching(/^[A-Za-z0-9 .,'_-]{0,14}$/);
    fc.assert(
      fc.property(words, (name) => {
        expect(isForenameAndInitial(name)).toBe(forenameAndInitialByClasses(name));
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('Sarah', 'jo', 'Al'),
        fc.constantFrom(' ', '  ', '.', '_'),
        fc.constantFrom('K', 'k', 'Kh'),
        fc.constantFrom('', '.', ' ', '!'),
        (a, gap, b, end) => {
          const name = `${a}${gap}${b}${end}`;
          expect(isForenameAndInitial(name)).toBe(forenameAndInitialByClasses(name));
        },
      ),
    );
  });
});

describe('the lists’ share of accounts written so', () => {
  it('counts each account once, among the accounts with a display name', () => {
    const terms = new NameTerms({ forename: 0.001, surname: 0.001 });
    terms.note('Sarah K', 'instagram', 'bluesky_7');
    terms.note('Sarah K', 'instagram', 'bluesky_7');
    terms.note('sarah k.', 'tiktok');
    terms.note('Sarah Khan', 'instagram', 'sarahkhan');
    terms.note(undefined, 'x', 'nameless');
    expect(terms.surnameInitials).toEqual({ accounts: 3, written: 2 });
  });
});
