import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelsTable } from '../../src/match/LevelsTable.js';
import { FEATURES, type FeatureLevels } from '../../src/match/matchModel.js';
import { caseCount } from '../helpers/depth.js';

/** The table as it was: a key string of every feature and level, in their order (what the hashed table must match). */
class KeyedTable {
  private readonly byKey = new Map<string, number>();
  private readonly all: FeatureLevels[] = [];

  idOf(levels: FeatureLevels): number {
    let key = '';
    for (const feature in levels) key += `${feature}\u0001${levels[feature as keyof FeatureLevels]}\u0000`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.all.length;
      this.all.push(levels);
      this.byKey.set(key, id);
    }
    return id;
  }

  canonical(levels: FeatureLevels): FeatureLevels {
    return this.all[this.idOf(levels)]!;
  }
}

const NAMES = [...FEATURES, 'foreForm', 'surForm'];
// Levels as the matcher writes them, and others (no level holds the key string's separators).
const level = fc.oneof(
  fc.constantFrom('none', 'legal', 'typo', 'dob', 'yes', 'no', ''),
  fc.string({ unit: fc.constantFrom('a', 'n', 'o', '1'), maxLength: 3 }),
);
// Sets as the matcher makes them (every feature, in FEATURES' order) from one set of levels, each with a level or two
// changed, and some with a feature left out, added or moved: sets that differ in one thing only.
const variant = fc.record({
  changes: fc.array(fc.tuple(fc.nat(NAMES.length - 1), level), { maxLength: 2 }),
  drop: fc.option(fc.nat(NAMES.length - 1), { freq: 3 }),
  extra: fc.option(fc.constantFrom('foreForm', 'surForm'), { freq: 3 }),
  swap: fc.option(fc.tuple(fc.nat(FEATURES.length - 1), fc.nat(FEATURES.length - 1)), { freq: 3 }),
});
const levelsFrom = (
  base: readonly string[],
  { changes, drop, extra, swap }: typeof variant extends fc.Arbitrary<infer V> ? V : never,
): FeatureLevels => {
  const values = [...base];
  for (const [at, value] of changes) values[at] = value;
  const order: string[] = [...FEATURES];
  if (swap) [order[swap[0]], order[swap[1]]] = [order[swap[1]]!, order[swap[0]]!];
  if (extra) order.push(extra);
  if (drop !== null) order.splice(drop % order.length, 1);
  const made: Record<string, string> = {};
  for (const name of order) made[name] = values[NAMES.indexOf(name)]!;
  return made as FeatureLevels;
};
// A sequence of sets, with the same objects and equal copies coming round again (as candidates' levels do).
const shown = fc
  .record({
    base: fc.array(level, { minLength: NAMES.length, maxLength: NAMES.length }),
    variants: fc.array(variant, { minLength: 1, maxLength: 30 }),
  })
  .chain(({ base, variants }) => {
    const sets = variants.map((v) => levelsFrom(base, v));
    return fc
      .array(fc.tuple(fc.nat(sets.length - 1), fc.boolean()), { minLength: 1, maxLength: 120 })
      .map((picks) => picks.map(([at, copy]) => (copy ? { ...sets[at]! } : sets[at]!)));
  });

describe('LevelsTable', () => {
  // Every set one hash as well: then each look-up is decided by the comparison alone.
  for (const [name, table] of [
    ['by its hash', () => new LevelsTable()],
    ['with every set sharing one hash', () => new LevelsTable(() => 0)],
  ] as const) {
    it(`numbers sets of levels as a key string of every feature and level would (${name})`, () => {
      fc.assert(
        fc.property(shown, (sets) => {
          const hashed = table();
          const keyed = new KeyedTable();
          for (const levels of sets) {
            expect(hashed.idOf(levels)).toBe(keyed.idOf(levels));
            expect(hashed.canonical(levels)).toBe(keyed.canonical(levels));
          }
          expect(hashed.size).toBe(new Set(sets.map((l) => keyed.idOf(l))).size);
        }),
        { numRuns: caseCount(300, 5_000) },
      );
    });
  }
});
