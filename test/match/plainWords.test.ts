import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainWords, plainWordsPlain } from '../../src/match/plainWords.js';

/** Text of the kinds display names hold: ASCII letters, digits and marks, with some accents, styled letters and emoji. */
const nameText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'aAzZbY mM-_.,@[`{0912\'"\t'.split('')), maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'aé Zoë Ł ı İ ß ｆ 𝒜 😀 ́'.split('')), maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

describe('plainWords', () => {
  it('cuts a name into the words the Unicode path gives, ASCII or not', () => {
    fc.assert(
      fc.property(nameText, (raw) => {
        expect(plainWords(raw)).toEqual(plainWordsPlain(raw));
      }),
      { numRuns: 5_000 },
    );
  });

  it('lower-cases, drops one-letter words and cuts at anything but a letter', () => {
    expect(plainWords('Smith, J. O’Neil-Ward 2010')).toEqual(['smith', 'neil', 'ward']);
    expect(plainWords('JACK_smith99')).toEqual(['jack', 'smith']);
    expect(plainWords('Zoë Brontë')).toEqual(['zoe', 'bronte']);
  });
});
