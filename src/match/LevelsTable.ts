import type { FeatureLevels } from './matchModel.js';

/**
 * One object and one number for each distinct set of levels an audit's candidates show (a few
 * thousand, against 780,000 candidates trust-wide): candidates waiting for every list to be read are
 * kept as numbers (`CandidateStore`), and the matchers of one audit share the table, so that the
 * levels they made are known by identity, without building their key again. Levels are read and
 * replaced, never changed in place, so one object may stand for all that are equal.
 */
export class LevelsTable {
  private readonly byKey = new Map<string, number>();
  /** Only the table's own objects, so that it keeps alive nothing it was merely shown. */
  private readonly byObject = new Map<FeatureLevels, number>();
  private readonly all: FeatureLevels[] = [];

  get size(): number {
    return this.all.length;
  }

  /** The number of levels equal to these (same features, same order, same levels), given on first sight. */
  idOf(levels: FeatureLevels): number {
    const known = this.byObject.get(levels);
    if (known !== undefined) return known;
    // for…in, not Object.entries: the same keys in the same order, without an array per candidate.
    let key = '';
    for (const feature in levels) key += `${feature}\u0001${levels[feature as keyof FeatureLevels]}\u0000`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.all.length;
      this.all.push(levels);
      this.byKey.set(key, id);
      this.byObject.set(levels, id);
    }
    return id;
  }

  /** The table's object equal to `levels` (the first such it was shown). */
  canonical(levels: FeatureLevels): FeatureLevels {
    return this.all[this.idOf(levels)]!;
  }

  levels(id: number): FeatureLevels {
    const levels = this.all[id];
    if (levels === undefined) throw new RangeError(`LevelsTable: no levels ${id}`);
    return levels;
  }
}
