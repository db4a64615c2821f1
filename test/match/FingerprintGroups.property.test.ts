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
  const entries = fc.array(fc.tuple(key, fc.integer({ min: -5, max: 2 ** 31 - 1 })), { maxLength: 300 });

  it('gives every key the numbers a Map of lists gives it, in the same order, and unknown keys none', () => {
    fc.assert(
      fc.property(entries, fc.array(key, { maxLength: 20 }), (given, asked) => {
        const groups = new FingerprintGroups(given);
        const plain = plainGroups(given);
        for (const k of [...plain.keys(), ...asked]) expect(listed(groups, k)).toEqual(plain.get(k) ?? []);
      }),
      { numRuns: caseCount(300, 5_000) },
    );
  });

  it('holds thousands of keys, each found with its own numbers', () => {
    const given: [string, number][] = [];
    for (let i = 0; i < 20_000; i++) given.push([`w${i % 7_000}`, i]);
    const groups = new FingerprintGroups(given);
    const plain = plainGroups(given);
    for (const [k, values] of plain) expect(listed(groups, k)).toEqual(values);
    expect(listed(groups, 'w7000')).toEqual([]);
  });

  it('is empty when built from nothing', () => {
    expect(listed(new FingerprintGroups([]), '')).toEqual([]);
  });
});
