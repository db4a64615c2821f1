import type { FeatureLevels } from './matchModel.js';

/**
 * One object and one number for each distinct set of levels an audit's candidates show (a few
 * thousand, against 780,000 candidates trust-wide): candidates waiting for every list to be read are
 * kept as numbers (`CandidateStore`), and the matchers of one audit share the table, so that the
 * levels they made are known by identity, without building their key again. Levels are read and
 * replaced, never changed in place, so one object may stand for all that are equal.
 */
export class LevelsTable {
  /**
   * Levels by their features and values, in order: a trie (feature, then its value) rather than a key string, which,
   * some 300 characters built and hashed for each of a trust's candidates, was a twentieth of its audit's allocation
   * (docs/performance.md, perf41). Its nodes are the distinct prefixes of a few thousand levels.
   */
  private readonly root: LevelsNode = { next: new Map(), id: -1 };
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
    let node = this.root;
    // for…in, not Object.entries: the same keys in the same order, without an array per candidate.
    for (const feature in levels) {
      // As a template would write it: an absent optional level is `undefined`.
      const value = String(levels[feature as keyof FeatureLevels]);
      let values = node.next.get(feature);
      if (!values) {
        values = new Map();
        node.next.set(feature, values);
      }
      let child = values.get(value);
      if (!child) {
        child = { next: new Map(), id: -1 };
        values.set(value, child);
      }
      node = child;
    }
    if (node.id < 0) {
      node.id = this.all.length;
      this.all.push(levels);
      this.byObject.set(levels, node.id);
    }
    return node.id;
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

/** A prefix of some levels: its next features, each by its values; `id` where a whole set of levels ends (else -1). */
interface LevelsNode {
  readonly next: Map<string, Map<string, LevelsNode>>;
  id: number;
}
