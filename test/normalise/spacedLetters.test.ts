import { describe, expect, it } from 'vitest';
import { joinSpacedLetters, mayHaveSpacedLetters } from '../../src/normalise/spacedLetters.js';

describe('joinSpacedLetters', () => {
  it.each([
    ['E L L I O T   C L A R K', ['ELLIOT CLARK', 'ELLIOTCLARK']],
    ['E  L  L  I  O  T     C  L  A  R  K', ['ELLIOT CLARK', 'ELLIOTCLARK']],
    ['E L L I O T C L A R K', ['ELLIOTCLARK']],
    ['Elliot C L A R K', ['Elliot CLARK']],
    ['L•a•y•l•a Davies', ['Layla Davies']],
    ['J.a.c.k', ['Jack']],
    ['j_a_c_k_smith', ['jack_smith']],
    ['l-a-y-l-a', ['layla']],
    ['L·a·y·l·a Davies', ['Layla Davies']],
    ['J.a.c.k S.m.i.t.h', ['Jack Smith', 'JackSmith']],
    ['L a y l a D a v i e s', ['Layla Davies', 'LaylaDavies']],
    ['E L L I O T ✨ C L A R K', ['ELLIOT CLARK', 'ELLIOT✨CLARK'.replace('✨', '')]],
  ])('%s → %j', (raw, texts) => {
    expect(joinSpacedLetters(raw).texts.map((t) => t.replace('✨', ''))).toEqual(texts);
  });

  it('keeps decorated and look-alike letters for folding afterwards', () => {
    expect(joinSpacedLetters('𝐄 𝐋 𝐋 𝐈 𝐎 𝐓  𝐂 𝐋 𝐀 𝐑 𝐊').texts[0]).toBe('𝐄𝐋𝐋𝐈𝐎𝐓 𝐂𝐋𝐀𝐑𝐊');
    expect(joinSpacedLetters('✨ Е l l і о t  С l а r k ✨').texts[0]).toBe('✨ Еllіоt Сlаrk ✨');
    expect(joinSpacedLetters('Z o ë  N g u y ễ n').texts[0]).toBe('Zoë Nguyễn');
  });

  it('leaves names without three single letters in a row alone', () => {
    expect(joinSpacedLetters('Jack Smith').texts).toEqual([]);
    expect(joinSpacedLetters('J R Smith').texts).toEqual([]);
    expect(joinSpacedLetters("Mary-Jane O'Brien").texts).toEqual([]);
  });

  it('says how long the longest run is: three may be initials, four are a name spelt out', () => {
    expect(joinSpacedLetters('J R R Tolkien').longestRun).toBe(3);
    expect(joinSpacedLetters('J.a.c.k Smith').longestRun).toBe(4);
  });
});

describe('mayHaveSpacedLetters', () => {
  it('looks for three single letters in a row among folded words', () => {
    expect(mayHaveSpacedLetters(['e', 'l', 'l', 'i', 'o', 't'])).toBe(true);
    expect(mayHaveSpacedLetters(['elliot', 'c', 'l', 'a', 'r', 'k'])).toBe(true);
    expect(mayHaveSpacedLetters(['j', 'r', 'smith'])).toBe(false);
    expect(mayHaveSpacedLetters(['j', '1', '2', 'smith'])).toBe(false);
  });
});
