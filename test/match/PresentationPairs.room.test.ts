import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES, type FeatureLevels } from '../../src/match/matchModel.js';
import { type PresentationPair, PresentationPairs } from '../../src/match/PresentationPairs.js';

const LEVELS = Object.fromEntries(FEATURES.map((f) => [f, 'none'])) as FeatureLevels;
const pair = fc
  .record({
    base: fc.double({ min: -20, max: 20, noNaN: true }),
    platform: fc.constantFrom('instagram', 'facebook', 'other'),
    age: fc.constantFrom('age8to12', 'unknown', 'under4'),
    lists: fc.constantFrom('one', 'several', 'none'),
    ageShare: fc.option(fc.double({ min: 0.01, max: 0.9, noNaN: true }), { nil: undefined }),
  })
  .map(
    ({ base, platform, age, lists, ageShare }): PresentationPair => ({
      base,
      levels: { ...LEVELS, platform, age, lists, stage: 'older', underPlatform: 'no' },
      platformShare: 0.3,
      ...(ageShare !== undefined ? { ageShare } : {}),
    }),
  );

/** Everything the EM reads of the pairs, at their size. */
function contents(pairs: PresentationPairs) {
  const n = pairs.size;
  return {
    size: n,
    groups: Array.from(pairs.groupEnd.subarray(0, pairs.groups)),
    columns: [pairs.base, pairs.logPlatformShare, pairs.logAgeShare, pairs.platform, pairs.age, pairs.lists].map((c) =>
      Array.from(c.subarray(0, n)),
    ),
    platforms: pairs.platforms,
    ages: pairs.ages,
  };
}

describe('PresentationPairs made with room for them', () => {
  it('holds the same pairs as one grown from the default, with room exact, short or none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(pair, { minLength: 1, maxLength: 5 }), { maxLength: 400 }),
        fc.nat(3),
        (groups, room) => {
          const all = groups.flat().length;
          const made = [new PresentationPairs(), new PresentationPairs(all, groups.length)];
          made.push(new PresentationPairs(Math.floor(all / (room + 2)), Math.floor(groups.length / (room + 2))));
          made.push(new PresentationPairs(0, 0));
          for (const pairs of made) {
            for (const group of groups) {
              for (const p of group) pairs.add(p);
              pairs.endGroup();
            }
          }
          const [first, ...others] = made.map(contents);
          for (const other of others) expect(other).toEqual(first);
          expect(made[1]!.base.length).toBe(Math.max(1, all));
        },
      ),
      { numRuns: 40 },
    );
  });
});
