import { describe, expect, it } from 'vitest';
import { looksStretched, unstretchedForms } from '../../src/match/stretchedLetters.js';

describe('unstretchedForms', () => {
  it.each([
    ['jaaaack', 'jack'],
    ['elllie', 'ellie'],
    ['fosterrr', 'foster'],
    ['tobyy', 'toby'],
    ['annaaa', 'anna'],
    ['harrryyy', 'harry'],
    ['elliottt', 'elliott'],
    ['smiiith', 'smith'],
  ])('%s may be %s', (word, name) => {
    expect(unstretchedForms(word)).toContain(name);
  });

  it('tries the forms with most letters first (Ellie before Elie)', () => {
    const forms = unstretchedForms('elllie');
    expect(forms.indexOf('ellie')).toBeLessThan(forms.indexOf('elie'));
  });

  it('leaves real double letters alone in a word not stretched elsewhere', () => {
    for (const word of ['anna', 'harry', 'jack', 'hannah', 'lloyd', 'kennedy']) {
      expect(looksStretched(word), word).toBe(false);
      expect(unstretchedForms(word)).toEqual([]);
    }
    // A doubled last letter is tried, but the n's of Annaa stay as written unless also stretched.
    expect(unstretchedForms('annaa')).toEqual(['anna']);
    // Elliott is tried as Elliot too: the name finder asks only of words that are nobody's name.
    expect(unstretchedForms('elliott')).toEqual(['elliot']);
  });

  it('does not try every way in a word stretched all over', () => {
    expect(unstretchedForms('aaabbbcccddd')).toEqual([]);
  });
});

describe('unstretchedForms in display names', () => {
  it('leaves a doubled last letter alone to be read as a slip, unless the word is stretched elsewhere', () => {
    expect(unstretchedForms('ameliaa', false)).toEqual([]);
    expect(unstretchedForms('tobyy', false)).toEqual([]);
    expect(unstretchedForms('fosterrr', false)).toContain('foster');
    expect(unstretchedForms('harrryyy', false)).toContain('harry');
  });
});

describe('unstretchedForms in names decorated otherwise too', () => {
  it('tries any doubled letter', () => {
    expect(unstretchedForms('jaack', true, true)).toContain('jack');
    expect(unstretchedForms('smiith', true, true)).toContain('smith');
    expect(unstretchedForms('jaack', false, false)).toEqual([]);
  });
});
