import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelsTable } from '../../src/match/LevelsTable.js';
import type { FeatureLevels } from '../../src/match/matchModel.js';

/** The table as it was keyed before its trie (perf41): each feature and its level written into one string. */
class KeyedByString {
  private readonly byKey = new Map<string, number>();
  idOf(levels: FeatureLevels): number {
    let key = '';
    for (const feature in levels) key += `${feature}\u0001${levels[feature as keyof FeatureLevels]}\u0000`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.byKey.size;
      this.byKey.set(key, id);
    }
    return id;
  }
}

/**
 * Levels of a few features in any order, some absent, an optional one present but undefined (written `undefined`
 * by a template, as the string `undefined` is): equal contents arrive as fresh objects, as candidates' do.
 */
const FEATURES = ['fore', 'sur', 'age', 'lists', 'foreForm'] as const;
const VALUES = ['legal', 'typo', 'none', 'one', 'undefined', undefined, ''] as const;
const levels = fc
  .tuple(
    fc.shuffledSubarray([...FEATURES]),
    fc.array(fc.constantFrom(...VALUES), { minLength: FEATURES.length, maxLength: FEATURES.length }),
  )
  .map(([features, values]) => {
    const made: Record<string, string | undefined> = {};
    features.forEach((feature, i) => {
      made[feature] = values[i];
    });
    return made as unknown as FeatureLevels;
  });

describe('LevelsTable (levels numbered through a trie, not a key string)', () => {
  it('numbers levels as the key string did: equal features, order and levels one id, first seen first', () => {
    fc.assert(
      fc.property(fc.array(levels, { maxLength: 600, size: 'max' }), (all) => {
        const table = new LevelsTable();
        const reference = new KeyedByString();
        const ids = all.map((l) => table.idOf(l));
        expect(ids).toEqual(all.map((l) => reference.idOf(l)));
        // The first object of each id is the one the table answers with, by identity or by content.
        all.forEach((l, i) => {
          expect(table.levels(ids[i]!)).toBe(all[ids.indexOf(ids[i]!)]);
          expect(table.canonical({ ...l })).toBe(table.levels(ids[i]!));
        });
        expect(table.size).toBe(new Set(ids).size);
      }),
      { numRuns: 60 },
    );
  });
});
