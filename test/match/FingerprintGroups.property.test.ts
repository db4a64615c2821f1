import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintGroups } from '../../src/match/FingerprintGroups.js';
import { caseCount } from '../helpers/depth.js';

/** What FingerprintGroups replaces in the typo index: a Map of each key to its numbers, pushed in order. */
function plainGroups(entries: readonly (readonly [string, number])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

const listed = (groups: FingerprintGroups, key: string): number[] => {
  const values: number[] = [];
  groups.forEach(key, (value) => values.push(value));
  return values;
};

describe('FingerprintGroups', () => {
  const key = fc.oneof(
    fc.stringMatching(/^[a-c]{0,4}$/),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const entry = fc.tuple(key, fc.integer({ min: -5, max: 2 ** 31 - 1 }));
  // Most runs about ten entries (fast-check's default size); one in twenty up to 3,000, past the 256 keys a byte
  // counts and into buckets of 2^12. Shrinking limited: thousands of entries shrunk one by one take minutes.
  const entries = fc.oneof(
    { weight: 19, arbitrary: fc.array(entry, { maxLength: 300 }) },
    { weight: 1, arbitrary: fc.limitShrink(fc.array(entry, { maxLength: 3_000, size: 'max' }), 10) },
  );

  it('gives every key the numbers a Map of lists gives it, in the same order, and unknown keys none', () => {
    fc.assert(
      fc.property(entries, fc.array(key, { maxLength: 20 }), (given, asked) => {
        const groups = new FingerprintGroups(given);
        const plain = plainGroups(given);
        // Booleans, not `expect`s: a diff at each of thousands of keys made a failure slow to shrink.
        return [...plain.keys(), ...asked].every((k) => isDeepStrictEqual(listed(groups, k), plain.get(k) ?? []));
      }),
      { numRuns: caseCount(300, 5_000) },
    );
  });

  it('holds tens of thousands of keys, each found with its own numbers', () => {
    // Past 65,536 entries: where a key's numbers start no longer fits in 16 bits.
    const given: [string, number][] = [];
    for (let i = 0; i < 70_000; i++) given.push([`w${i % 25_000}`, i]);
    const groups = new FingerprintGroups(given);
    const plain = plainGroups(given);
    expect([...plain].filter(([k, values]) => !isDeepStrictEqual(listed(groups, k), values))).toEqual([]);
    expect(listed(groups, 'w25000')).toEqual([]);
  });

  it('is empty when built from nothing', () => {
    expect(listed(new FingerprintGroups([]), '')).toEqual([]);
  });
});
