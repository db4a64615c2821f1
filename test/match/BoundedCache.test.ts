import { describe, expect, it } from 'vitest';
import { BoundedCache } from './BoundedCache.js';

describe('BoundedCache', () => {
  it('keeps at most its limit, letting go of what was not asked for lately', () => {
    const cache = new BoundedCache<string, number>(4);
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      cache.set(key, value);
    // `a` is asked for, so it moves up and outlives `b`.
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    cache.set('e', 5);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('d'), cache.get('e')]).toEqual([4, 5]);
  });

  it('answers what it was told for any number of keys within its limit', () => {
    const cache = new BoundedCache<number, number>(1000);
    for (let i = 0; i < 500; i++) cache.set(i, i * 2);
    for (let round = 0; round < 3; round++) for (let i = 0; i < 500; i++) expect(cache.get(i)).toBe(i * 2);
  });
});
