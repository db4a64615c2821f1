import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPairCounts } from '../../src/match/WordPairCounts.js';

describe('WordPairCounts', () => {
  it('counts as a Map keyed by both ids does, in the order pairs were first added', () => {
    const id = fc.oneof(fc.nat(20), fc.nat(200_000));
    fc.assert(
      // `size: 'max'` so that runs pass the 768 pairs where its slots grow (fast-check's default gives about ten adds);
      // shrinking limited, a failure among a thousand adds shrunk one by one takes minutes.
      fc.property(
        fc.limitShrink(
          fc.array(fc.tuple(id, id, fc.integer({ min: 1, max: 50 })), { maxLength: 2_000, size: 'max' }),
          10,
        ),
        // Room given, fewer or more than the pairs added, or none.
        fc.option(fc.nat(3_000), { nil: undefined }),
        (adds, room) => {
          const pairs = new WordPairCounts(room);
          const plain = new Map<string, [number, number, number]>();
          for (const [fore, sur, count] of adds) {
            pairs.add(fore, sur, count);
            const key = `${fore} ${sur}`;
            const had = plain.get(key);
            plain.set(key, [fore, sur, (had?.[2] ?? 0) + count]);
          }
          const listed: [number, number, number][] = [];
          pairs.forEach((fore, sur, count) => {
            listed.push([fore, sur, count]);
          });
          // Booleans, not `expect`s: a diff of a thousand pairs at each try made a failure slow to shrink.
          const got = [...plain.values()].map(([fore, sur]) => pairs.get(fore, sur));
          return (
            isDeepStrictEqual(listed, [...plain.values()]) &&
            isDeepStrictEqual(
              got,
              [...plain.values()].map(([, , count]) => count),
            ) &&
            pairs.get(200_001, 3) === 0
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('WordPairCounts, grown far past its first room', () => {
  it('keeps every pair and count of 200,000 pairs, in the order first added', () => {
    const pairs = new WordPairCounts();
    const n = 200_000;
    // Each pair added twice, the second time after every other pair: counts 1 + 2.
    for (let round = 1; round <= 2; round++) for (let i = 0; i < n; i++) pairs.add(i % 4_000, (i / 4_000) | 0, round);
    let seen = 0;
    let wrong = 0;
    pairs.forEach((fore, sur, count) => {
      if (fore !== seen % 4_000 || sur !== ((seen / 4_000) | 0) || count !== 3) wrong++;
      seen++;
    });
    expect([seen, wrong]).toEqual([n, 0]);
    expect([pairs.get(3_999, 49), pairs.get(0, 50)]).toEqual([3, 0]);
  });
});

describe('WordPairCounts given room', () => {
  it('grows nothing while its pairs fit the room given: no array made, copied and freed (mem48)', () => {
    const pairs = new WordPairCounts(50_000);
    const arrays = pairs as unknown as { pairs: Int32Array; slots: Int32Array };
    const made = [arrays.pairs, arrays.slots];
    for (let i = 0; i < 50_000; i++) pairs.add(i % 700, i, 1);
    expect([arrays.pairs, arrays.slots]).toEqual(made);
    expect([arrays.pairs === made[0], arrays.slots === made[1], pairs.get(699, 49_699)]).toEqual([true, true, 1]);
  });
});
