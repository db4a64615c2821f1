import { giveBack } from './giveBack.js';
import { grown } from './grown.js';
import type { FeatureLevels } from './matchModel.js';
import { ownPages } from './ownPages.js';

/** One candidate pair as the EM of how pupils present sees it. */
export interface PresentationPair {
  /** log2 odds without the accounts-per-pupil term and without the platform and age terms that are learnt. */
  base: number;
  levels: FeatureLevels;
  /** u: the lists' share of accounts on the pair's platform. */
  platformShare: number;
  /** u: the lists' share of accounts in the pair's age band (undefined: no age term). */
  ageShare?: number;
}

/** The `lists` levels learnt (how many members of staff hold the account), by index; others are NONE. */
export const LISTS_LEVELS = ['one', 'several'] as const;

/** Whether a pair's platform term is learnt (a named platform, not under its minimum age, which is a rule). */
export function platformLearnt(levels: FeatureLevels): boolean {
  return levels.platform !== 'other' && levels.underPlatform !== 'yes';
}

/** Whether a pair's age term is learnt (dated from 4, or undated; before 4 is a rule). */
export function ageLearnt(levels: FeatureLevels, ageShare: number | undefined): boolean {
  return ageShare !== undefined && levels.age !== 'under4';
}

/** No level learnt. */
export const NONE = 255;

/**
 * An audit's candidate pairs, packed in typed arrays (a trust-wide audit holds 700,000), grouped by
 * account: each pair's base, the log2 of its lists' shares (u), and which learnt level of platform
 * and of (stage, age) it shows, by index into `platforms` and `ages` (NONE: not learnt).
 */
export class PresentationPairs {
  base: Float64Array;
  logPlatformShare: Float64Array;
  logAgeShare: Float64Array;
  platform: Uint8Array;
  age: Uint8Array;
  /** Index into `LISTS_LEVELS`, or NONE (no handle: not known). */
  lists: Uint8Array;
  /** Where each group ends (exclusive). */
  groupEnd: Int32Array;
  size = 0;
  groups = 0;
  /** A pair's levels for each learnt platform level and each learnt (stage, age) level. */
  readonly platforms: FeatureLevels[] = [];
  readonly ages: FeatureLevels[] = [];
  private readonly platformAt = new Map<string, number>();
  private readonly ageAt = new Map<string, number>();

  /**
   * `pairs`, `groups`: room made at once, when the caller knows how many (trust-wide 600,000 pairs: grown by
   * doubling, the arrays reached twice that, and a copy at each step, at the audit's peak: docs/performance.md, memory14).
   */
  constructor(pairs = 1024, groups = 256) {
    // In pages of their own (`ownPages`): made and let go matcher by matcher at the trust-wide peak, malloc's held 21 MB of holes (mem48).
    const length = Math.max(1, pairs);
    this.base = ownPages(Float64Array, length);
    this.logPlatformShare = ownPages(Float64Array, length);
    this.logAgeShare = ownPages(Float64Array, length);
    this.platform = ownPages(Uint8Array, length);
    this.age = ownPages(Uint8Array, length);
    this.lists = ownPages(Uint8Array, length);
    this.groupEnd = ownPages(Int32Array, Math.max(1, groups));
  }

  static of(groups: readonly (readonly PresentationPair[])[]): PresentationPairs {
    const pairs = new PresentationPairs();
    for (const group of groups) {
      for (const pair of group) pairs.add(pair);
      pairs.endGroup();
    }
    return pairs;
  }

  add({ base, levels, platformShare, ageShare }: PresentationPair): void {
    if (this.size === this.base.length) this.grow();
    const at = this.size++;
    this.base[at] = base;
    this.platform[at] = platformLearnt(levels)
      ? this.index(this.platformAt, this.platforms, levels.platform, levels)
      : NONE;
    this.logPlatformShare[at] = Math.log2(platformShare);
    const dated = ageLearnt(levels, ageShare);
    this.age[at] = dated ? this.index(this.ageAt, this.ages, `${levels.stage}\u0000${levels.age}`, levels) : NONE;
    this.logAgeShare[at] = dated ? Math.log2(ageShare!) : 0;
    const lists = LISTS_LEVELS.indexOf(levels.lists as (typeof LISTS_LEVELS)[number]);
    this.lists[at] = lists < 0 ? NONE : lists;
  }

  endGroup(): void {
    if (this.groups === this.groupEnd.length) this.groupEnd = grown(this.groupEnd);
    this.groupEnd[this.groups++] = this.size;
  }

  /**
   * Lets the pairs go once the estimate is made, their memory given back now (`giveBack`): a matcher's pairs are
   * up to 25 MB, made one matcher after another as the lists end (docs/performance.md, memory17). Empty after.
   */
  release(): void {
    for (const array of [this.base, this.logPlatformShare, this.logAgeShare, this.platform, this.age, this.lists])
      giveBack(array);
    giveBack(this.groupEnd);
    this.base = new Float64Array(1);
    this.logPlatformShare = new Float64Array(1);
    this.logAgeShare = new Float64Array(1);
    this.platform = new Uint8Array(1);
    this.age = new Uint8Array(1);
    this.lists = new Uint8Array(1);
    this.groupEnd = new Int32Array(1);
    this.size = 0;
    this.groups = 0;
  }

  private index(at: Map<string, number>, list: FeatureLevels[], key: string, levels: FeatureLevels): number {
    let i = at.get(key);
    if (i === undefined) {
      i = list.length;
      // Platforms and (stage, age) bands are a handful; more would be a reading gone wrong.
      if (i >= NONE) throw new RangeError(`more than ${NONE} learnt levels`);
      at.set(key, i);
      list.push(levels);
    }
    return i;
  }

  private grow(): void {
    this.base = grown(this.base);
    this.logPlatformShare = grown(this.logPlatformShare);
    this.logAgeShare = grown(this.logAgeShare);
    this.platform = grown(this.platform);
    this.age = grown(this.age);
    this.lists = grown(this.lists);
  }
}
