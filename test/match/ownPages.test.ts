import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintSlots } from '../../src/match/FingerprintSlots.js';
import { NumberSet } from '../../src/match/NumberSet.js';
import { ownPages } from '../../src/match/ownPages.js';
import { PresentationPairs } from '../../src/match/PresentationPairs.js';

const inOwnPages = (array: { buffer: ArrayBufferLike }) => (array.buffer as { resizable?: boolean }).resizable === true;

describe('large arrays in pages of their own (ownPages), not malloc’s (docs/performance.md, mem48)', () => {
  it('makes a large array zeros in a buffer of its own, a small one as before', () => {
    const large = ownPages(Float64Array, 100_000);
    const small = ownPages(Float64Array, 1_000);
    expect([inOwnPages(large), large.length, large.every((n) => n === 0)]).toEqual([true, 100_000, true]);
    expect([inOwnPages(small), small.length]).toEqual([false, 1_000]);
  });

  it("a trust's estimate's pairs are in pages of their own", () => {
    const pairs = new PresentationPairs(700_000, 100_000);
    expect([pairs.base, pairs.logPlatformShare, pairs.platform, pairs.lists, pairs.groupEnd].map(inOwnPages)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('FingerprintSlots and NumberSet grown: the table in pages of its own, the one outgrown given back at once', () => {
    const slots = new FingerprintSlots();
    const set = new NumberSet();
    const tables = () => [
      (slots as unknown as { table: Int32Array }).table,
      (set as unknown as { slots: Int32Array }).slots,
    ];
    const first = tables();
    for (let i = 1; i <= 100_000; i++) {
      slots.insert(i, -i, i);
      set.add(i);
    }
    expect(tables().map(inOwnPages)).toEqual([true, true]);
    expect(first.map((table) => table.length)).toEqual([0, 0]);
    expect([slots.value(slots.find(77_777, -77_777)), set.add(77_777), set.add(100_001)]).toEqual([
      77_777,
      false,
      true,
    ]);
  });

  it('FingerprintSlots grown in pages of its own finds what a Map finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer(), fc.integer()), { minLength: 4_000, maxLength: 8_000, size: 'max' }),
        (keys) => {
          const slots = new FingerprintSlots();
          const map = new Map<string, number>();
          keys.forEach(([a, b], i) => {
            if (map.has(`${a} ${b}`)) return;
            map.set(`${a} ${b}`, i + 1);
            slots.insert(a, b, i + 1);
          });
          return keys.every(([a, b]) => slots.value(slots.find(a, b)) === map.get(`${a} ${b}`));
        },
      ),
      { numRuns: 5 },
    );
  });
});
