import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordShapes } from '../../src/match/WordShapes.js';

/** Words of names, short and long, with some letters beyond ASCII (whose codes share low bits with others). */
const word = fc.string({ unit: fc.constantFrom(...'abcdeklmnorsxyzéøńАа'.split('')), maxLength: 40 });

describe('WordShapes', () => {
  it('says no only to words never added: a Set looked up behind it answers as the Set alone does', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 200 }), fc.array(word, { maxLength: 200 }), (added, asked) => {
        const shapes = new WordShapes();
        const set = new Set<string>();
        for (const w of added) {
          shapes.add(w);
          set.add(w);
        }
        for (const w of [...asked, ...added]) expect(shapes.mayHold(w) && set.has(w)).toBe(set.has(w));
      }),
    );
  });

  it('says no to most words that are not there', () => {
    const shapes = new WordShapes();
    for (const name of ['jack', 'smith', 'amelia', 'khan']) shapes.add(name);
    expect(['ksmith', 'acks', 'jac', 'mith', 'ameli'].filter((w) => shapes.mayHold(w))).toEqual([]);
    expect(shapes.mayHold('jack')).toBe(true);
    expect(shapes.mayHold('jaak')).toBe(true);
    expect(shapes.mayHold('jerk')).toBe(false);
  });
});

describe('WordShapes, grown as words are added', () => {
  it('loses no word as its table grows: a Set looked up behind it answers as the Set alone does', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 300, maxLength: 3_000 }),
        fc.array(word, { maxLength: 300 }),
        (added, asked) => {
          const shapes = new WordShapes();
          const set = new Set<string>();
          for (const w of added) {
            shapes.add(w);
            set.add(w);
            // Asked between additions too: each growth keeps every word added before it.
            if (set.size % 97 === 0) for (const seen of set) expect(shapes.mayHold(seen)).toBe(true);
          }
          for (const w of [...asked, ...added]) {
            expect(shapes.mayHold(w) && set.has(w)).toBe(set.has(w));
            expect(shapes.mayHoldSlice(`#${w}#`, 1, w.length + 1)).toBe(shapes.mayHold(w));
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a few words take a small table that says no to most others; many take the full one', () => {
    const shapes = new WordShapes();
    for (const name of ['jack', 'smith', 'amelia', 'khan']) shapes.add(name);
    const strangers = Array.from({ length: 2_000 }, (_, i) => `q${i.toString(36)}x`);
    expect(strangers.filter((w) => shapes.mayHold(w)).length).toBeLessThan(20);
    // 40,000 additions (one word again and again) grow it to a bit per shape: only shapes added get past.
    for (let i = 0; i < 40_000; i++) shapes.add('zz');
    expect(strangers.filter((w) => shapes.mayHold(w))).toEqual([]);
    expect(['jack', 'jaak', 'zz', 'khan', 'khin'].map((w) => shapes.mayHold(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['jerk', 'zzz', 'ksmith'].map((w) => shapes.mayHold(w))).toEqual([false, false, false]);
  });
});
