import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintCache } from '../../src/match/FingerprintCache.js';
import { BoundedCache } from './BoundedCache.js';

const NOBODY: string[] = [];

describe('FingerprintCache', () => {
  it('answers what it was told, nobody and somebody alike, for every name within its limit', () => {
    const cache = new FingerprintCache<string[]>(20_000, NOBODY);
    const names = Array.from({ length: 10_000 }, (_, i) => `name ${i} ${String.fromCharCode(0x400 + (i % 200))}`);
    names.forEach((name, i) => {
      cache.set(name, i % 7 === 0 ? [name] : NOBODY);
    });
    for (let round = 0; round < 2; round++) {
      names.forEach((name, i) => {
        if (i % 7 === 0) expect(cache.get(name)).toEqual([name]);
        else expect(cache.get(name)).toBe(NOBODY);
      });
    }
    expect(cache.get('never told')).toBeUndefined();
    expect(cache.get('')).toBeUndefined();
  });

  it('keeps names apart that differ in one letter, in order or in length', () => {
    const cache = new FingerprintCache<string[]>(100, NOBODY);
    cache.set('amy jones', ['amy']);
    cache.set('amy jone', NOBODY);
    expect(cache.get('amy jones')).toEqual(['amy']);
    expect(cache.get('amy jone')).toBe(NOBODY);
    for (const near of ['amy jonse', 'amy jones ', 'amyjones', 'Amy jones', 'amy jonez'])
      expect(cache.get(near)).toBeUndefined();
  });

  it('counts the answers other than nobody that it holds, and fewer once a generation is let go', () => {
    const cache = new FingerprintCache<string[]>(4, NOBODY);
    cache.set('a', ['a']);
    cache.set('b', NOBODY);
    expect(cache.kept).toBe(1);
    cache.set('c', ['c']);
    cache.set('d', ['d']);
    expect(cache.kept).toBe(3);
    // A third half-full generation lets go of the first (`a`, `b`).
    cache.set('e', NOBODY);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.kept).toBe(2);
  });

  it('keeps at most its limit, letting go of what was not asked for lately', () => {
    const cache = new FingerprintCache<string[]>(4, NOBODY);
    cache.set('a', ['a']);
    cache.set('b', NOBODY);
    cache.set('c', ['c']);
    // `a` is asked for, so it moves up and outlives `b` and `c`.
    expect(cache.get('a')).toEqual(['a']);
    cache.set('d', ['d']);
    cache.set('e', NOBODY);
    expect(cache.get('a')).toEqual(['a']);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('d')).toEqual(['d']);
    expect(cache.get('e')).toBe(NOBODY);
  });

  it('answers as a BoundedCache of the same limit does, as its tables grow and its halves turn over', () => {
    // Asked as the matcher asks: a name is told only after it was asked for and not known.
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2_000 }),
        // size 'max': fast-check's default size keeps arrays to ten asks, too few for a half to fill.
        fc.array(fc.integer({ min: 0, max: 4_000 }), { maxLength: 3_000, size: 'max' }),
        (limit, asked) => {
          const cache = new FingerprintCache<string[]>(limit, NOBODY);
          const model = new BoundedCache<string, string[]>(limit);
          for (const n of asked) {
            const name = `n${n}`;
            const answer = cache.get(name);
            expect(answer).toBe(model.get(name));
            if (answer !== undefined) continue;
            const value = n % 3 === 0 ? [name] : NOBODY;
            cache.set(name, value);
            model.set(name, value);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('FingerprintCache.release', () => {
  it('forgets every answer and, with fresh tables, answers afresh after', () => {
    const cache = new FingerprintCache<string[]>(20_000, NOBODY);
    const names = Array.from({ length: 5_000 }, (_, i) => `name ${i}`);
    names.forEach((name, i) => {
      cache.set(name, i % 5 === 0 ? [name] : NOBODY);
    });
    cache.release();
    for (const name of names) expect(cache.get(name)).toBeUndefined();
    expect(cache.kept).toBe(0);
    names.slice(0, 100).forEach((name, i) => {
      cache.set(name, i % 2 === 0 ? [name] : NOBODY);
    });
    names.slice(0, 100).forEach((name, i) => {
      expect(cache.get(name)).toEqual(i % 2 === 0 ? [name] : NOBODY);
    });
  });
});
