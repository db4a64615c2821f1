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
