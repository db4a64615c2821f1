import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordsOfText, writtenWhole } from '../../src/match/wordsAsWritten.js';

// The hand-written ASCII scan for a word written as a word of its own stands in for the Unicode path on
// nearly every display name of a trust's lists: it must answer as that path does.
describe('writtenWhole', () => {
  const agrees = (raw: string, extra: string) => {
    const words = new Set([...(raw.toLowerCase().match(/[a-z0-9]+/g) ?? []), extra.toLowerCase()]);
    const whole = wholeWordsOfText(raw);
    for (const word of words) expect(writtenWhole(raw, word), `${raw} / ${word}`).toBe(whole.has(word));
  };

  it('answers as the Unicode path for names of a few letters and separators', () => {
    const unit = fc.constantFrom(..."AaBbZz Jj-.,_09'x\tQqMm".split(''));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.string({ unit, maxLength: 4 }), agrees), {
      numRuns: 2000,
    });
  });

  it('answers as the Unicode path for any printable ASCII', () => {
    const text = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
    fc.assert(fc.property(text, text, agrees), { numRuns: 2000 });
  });

  it('is a capital, then small letters, between separators', () => {
    expect(writtenWhole('Luke Bramhill', 'bramhill')).toBe(true);
    expect(writtenWhole('Luke BramHill', 'bramhill')).toBe(false);
    expect(writtenWhole('Luke Br4mhill', 'br')).toBe(false);
    expect(writtenWhole('Jo Smith', 'jo')).toBe(true);
    expect(writtenWhole('Zoë Ñúñez', 'nunez')).toBe(true);
  });
});
