import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordShapes } from '../../src/match/WordShapes.js';

/** Words of names, short and long, with some letters beyond ASCII (whose codes share low bits with others). */
const unit = fc.constantFrom(...'abcdeklmnorsxyzéøńАа'.split(''));
/** Mostly words of up to ten letters (fast-check's default size); one in five up to 40, past the 31 a shape counts. */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit, maxLength: 40, size: 'max' }) },
);

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
        // One run in five adds one of its words 33,000 times at some point: past the 32,768 shapes where the table
        // is full, a bit per shape and no list (the words before placed again, those after placed as they come).
        fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
        (added, asked, padAt) => {
          const shapes = new WordShapes();
          const set = new Set<string>();
          let wrong = 0;
          added.forEach((w, at) => {
            shapes.add(w);
            set.add(w);
            if (padAt !== null && at === padAt % added.length) for (let i = 0; i < 33_000; i++) shapes.add(w);
            // Asked between additions too: each growth keeps every word added before it.
            if (set.size % 97 === 0) for (const seen of set) if (!shapes.mayHold(seen)) wrong++;
          });
          for (const w of [...asked, ...added]) {
            if (set.has(w) && !shapes.mayHold(w)) wrong++;
            if (shapes.mayHoldSlice(`#${w}#`, 1, w.length + 1) !== shapes.mayHold(w)) wrong++;
            // Cut in two and three, as a name's words are joined to look for one written apart.
            const [a, b] = [w.length >> 2, w.length >> 1];
            const parts = [w.slice(0, a), w.slice(a, b), w.slice(b)].map((part) => ({ word: part }));
            if (shapes.mayHoldJoined([{ word: 'x' }, ...parts], 1, 4) !== shapes.mayHold(w)) wrong++;
            if (shapes.mayHoldJoined(parts, 1, 3) !== shapes.mayHold(w.slice(a))) wrong++;
          }
          // A count, not an `expect` a word: thousands of words made a failure slow to report.
          expect(wrong).toBe(0);
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
