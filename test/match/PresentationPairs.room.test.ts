import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FEATURES, type FeatureLevels } from '../../src/match/matchModel.js';
import {
  ageLearnt,
  LISTS_LEVELS,
  NONE,
  type PresentationPair,
  PresentationPairs,
  platformLearnt,
} from '../../src/match/PresentationPairs.js';

const LEVELS = Object.fromEntries(FEATURES.map((f) => [f, 'none'])) as FeatureLevels;
const pair = fc
  .record({
    base: fc.double({ min: -20, max: 20, noNaN: true }),
    platform: fc.constantFrom('instagram', 'facebook', 'other'),
    age: fc.constantFrom('age8to12', 'unknown', 'under4'),
    lists: fc.constantFrom('one', 'several', 'none'),
    stage: fc.constantFrom('older', 'younger'),
    underPlatform: fc.constantFrom('no', 'no', 'yes'),
    ageShare: fc.option(fc.double({ min: 0.01, max: 0.9, noNaN: true }), { nil: undefined }),
  })
  .map(
    ({ base, platform, age, lists, stage, underPlatform, ageShare }): PresentationPair => ({
      base,
      levels: { ...LEVELS, platform, age, lists, stage, underPlatform },
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

/** The same, read plainly from the pairs: each learnt level numbered as first met, its first pair's levels kept. */
function plainContents(groups: readonly (readonly PresentationPair[])[]): ReturnType<typeof contents> {
  const all = groups.flat();
  const ends: number[] = [];
  for (const group of groups) ends.push((ends.at(-1) ?? 0) + group.length);
  const platforms: FeatureLevels[] = [];
  const ages: FeatureLevels[] = [];
  const indexOf = (list: FeatureLevels[], levels: FeatureLevels, same: (l: FeatureLevels) => boolean) => {
    const at = list.findIndex(same);
    return at >= 0 ? at : list.push(levels) - 1;
  };
  const platform = all.map(({ levels }) =>
    platformLearnt(levels) ? indexOf(platforms, levels, (l) => l.platform === levels.platform) : NONE,
  );
  const age = all.map(({ levels, ageShare }) =>
    ageLearnt(levels, ageShare) ? indexOf(ages, levels, (l) => l.stage === levels.stage && l.age === levels.age) : NONE,
  );
  const lists = all.map(({ levels }) => {
    const at = (LISTS_LEVELS as readonly string[]).indexOf(levels.lists);
    return at < 0 ? NONE : at;
  });
  return {
    size: all.length,
    groups: ends,
    columns: [
      all.map((p) => p.base),
      all.map((p) => Math.log2(p.platformShare)),
      all.map((p) => (ageLearnt(p.levels, p.ageShare) ? Math.log2(p.ageShare!) : 0)),
      platform,
      age,
      lists,
    ],
    platforms,
    ages,
  };
}

/**
 * Most runs about ten groups (fast-check's default size); one in ten 400-700 groups of up to five pairs
 * (about 1,200-2,100 pairs), past the 1,024 pairs and 256 groups made room for by default. Shrinking limited: thousands of
 * pairs shrunk one by one take minutes.
 */
const groupsOfPairs = fc.oneof(
  { weight: 9, arbitrary: fc.array(fc.array(pair, { minLength: 1, maxLength: 5 }), { maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.limitShrink(
      fc.array(fc.array(pair, { minLength: 1, maxLength: 5 }), { minLength: 400, maxLength: 700, size: 'max' }),
      10,
    ),
  },
);

describe('PresentationPairs made with room for them', () => {
  it('holds the pairs as read plainly, made with room by default, exact, short or none', () => {
    fc.assert(
      fc.property(groupsOfPairs, fc.nat(3), (groups, room) => {
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
        // Booleans, not `expect`s: a diff of thousands of pairs at each shrink is slow to make.
        const plain = plainContents(groups);
        return (
          made.every((pairs) => isDeepStrictEqual(contents(pairs), plain)) && made[1]!.base.length === Math.max(1, all)
        );
      }),
      { numRuns: 40 },
    );
  });
});
