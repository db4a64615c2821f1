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
   * The first levels of each hash, then the next of the same hash by id (-1: none): found by a hash of
   * the features and levels and compared in full, where a key string per candidate (300 characters,
   * built a piece at a time) was a tenth of a trust's bytes (docs/performance.md, perf42).
   */
  private readonly byHash = new Map<number, number>();
  private readonly sameHash: number[] = [];
  /** Only the table's own objects, so that it keeps alive nothing it was merely shown. */
  private readonly byObject = new Map<FeatureLevels, number>();
  private readonly all: FeatureLevels[] = [];
  /** Each levels' own features, in their order, against which a candidate's are compared. */
  private readonly features: string[][] = [];

  /** `hash`: of a set of levels (another only in tests, to have every set share one). */
  constructor(private readonly hash: (levels: FeatureLevels) => number = hashOf) {}

  get size(): number {
    return this.all.length;
  }

  /** The number of levels equal to these (same features, same order, same levels), given on first sight. */
  idOf(levels: FeatureLevels): number {
    const known = this.byObject.get(levels);
    if (known !== undefined) return known;
    const hash = this.hash(levels);
    const first = this.byHash.get(hash);
    for (let id = first ?? -1; id >= 0; id = this.sameHash[id]!)
      if (sameLevels(levels, this.all[id]!, this.features[id]!)) return id;
    const id = this.all.length;
    this.all.push(levels);
    // for…in, as `sameLevels` reads them: the features in their order.
    const features: string[] = [];
    for (const feature in levels) features.push(feature);
    this.features.push(features);
    this.sameHash.push(first ?? -1);
    this.byHash.set(hash, id);
    this.byObject.set(levels, id);
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

/** FNV-1a over each feature's length and first letter and its level's letters, in their order: no string made. */
function hashOf(levels: FeatureLevels): number {
  let h = 0x811c9dc5;
  for (const feature in levels) {
    h = Math.imul(h ^ feature.length, 0x01000193);
    h = Math.imul(h ^ feature.charCodeAt(0), 0x01000193);
    const level = String(levels[feature as keyof FeatureLevels]);
    for (let i = 0; i < level.length; i++) h = Math.imul(h ^ level.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  }
  // Thirty bits, so that V8 keeps the keys as small integers.
  return h >>> 2;
}

/** Whether `levels` has the features `features` (those of `known`), in that order, each at `known`'s level. */
function sameLevels(levels: FeatureLevels, known: FeatureLevels, features: readonly string[]): boolean {
  let at = 0;
  for (const feature in levels) {
    if (feature !== features[at]) return false;
    if (String(levels[feature as keyof FeatureLevels]) !== String(known[feature as keyof FeatureLevels])) return false;
    at++;
  }
  return at === features.length;
}
