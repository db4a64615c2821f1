import { giveBack } from './giveBack.js';
import { outgrown } from './outgrown.js';
import { ownPages } from './ownPages.js';

/**
 * Counts per pair of word ids (a forename and a surname), in typed arrays: the name terms count a
 * trust's 500,000 display names by their whole name, and a Map keyed by `forename surname` made
 * as many strings. Pairs are compared in full (both ids), so counts are exact. A pair's ids and
 * count lie side by side (one cache line a probe), counts in 32 bits (accounts, never past 2^31),
 * the slots up to three quarters full: a trust-wide audit keeps 37 of these for the weighing, 920,000
 * pairs in 32 MB as three arrays, half-full slots and doubling (docs/performance.md, memory23).
 */
export class WordPairCounts {
  /** Slot → pair number + 1 (0: empty). */
  private slots: Int32Array;
  /** [fore id, surname id, count] per pair, in the order first added. */
  private pairs: Int32Array;
  private size = 0;

  /**
   * `room`: how many pairs may come, when the caller knows at most how many (a tally of display names): room made
   * once, so that nothing is grown, copied and freed (glibc kept the outgrown arrays resident: docs/performance.md,
   * mem48). More pairs than that still fit, grown as without it.
   */
  constructor(room = 512) {
    let slots = 1024;
    while (4 * room > 3 * slots) slots *= 2;
    this.slots = ownPages(Int32Array, slots);
    this.pairs = ownPages(Int32Array, 3 * Math.max(16, room));
  }

  /** Adds `count` (a whole number) to the pair's count. */
  add(foreId: number, surId: number, count: number): void {
    const at = this.find(foreId, surId);
    const pair = this.slots[at]! - 1;
    if (pair >= 0) {
      this.pairs[3 * pair + 2]! += count;
      return;
    }
    if (3 * (this.size + 1) > this.pairs.length) this.pairs = outgrown(this.pairs);
    const made = this.size++;
    this.pairs[3 * made] = foreId;
    this.pairs[3 * made + 1] = surId;
    this.pairs[3 * made + 2] = count;
    this.slots[at] = made + 1;
    if (4 * this.size > 3 * this.slots.length) this.growSlots();
  }

  /** The pair's count (0 when never added). */
  get(foreId: number, surId: number): number {
    const pair = this.slots[this.find(foreId, surId)]! - 1;
    return pair >= 0 ? this.pairs[3 * pair + 2]! : 0;
  }

  /** Each pair with its count, in the order first added. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    const pairs = this.pairs;
    for (let pair = 0; pair < this.size; pair++) visit(pairs[3 * pair]!, pairs[3 * pair + 1]!, pairs[3 * pair + 2]!);
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  private find(foreId: number, surId: number): number {
    const mask = this.slots.length - 1;
    const pairs = this.pairs;
    for (let at = spread(foreId, surId) & mask; ; at = (at + 1) & mask) {
      const pair = this.slots[at]! - 1;
      if (pair < 0 || (pairs[3 * pair] === foreId && pairs[3 * pair + 1] === surId)) return at;
    }
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (let pair = 0; pair < this.size; pair++) {
      let at = spread(this.pairs[3 * pair]!, this.pairs[3 * pair + 1]!) & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = pair + 1;
    }
    giveBack(old);
  }
}

/** Both ids mixed (Knuth's multiplicative hash, then Murmur3's last steps), so that one forename's pairs fall apart. */
function spread(foreId: number, surId: number): number {
  let h = Math.imul(foreId, 0x9e3779b1) ^ Math.imul(surId, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
