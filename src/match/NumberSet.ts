import { giveBack } from './giveBack.js';
import { ownPages } from './ownPages.js';

/**
 * A set of non-negative small integers (fingerprints below 2^31) in one typed array, open
 * addressing: a Set of 500,000 numbers is a hash table V8 rebuilds as it grows and the
 * collector walks; this is one block of memory that doubles.
 */
export class NumberSet {
  /** Value + 1 per slot; 0 is empty. */
  private slots = new Int32Array(1024);
  private filled = 0;

  /** How many numbers the set holds. */
  get size(): number {
    return this.filled;
  }

  /** Adds `value`; false when it was there already. */
  add(value: number): boolean {
    const mask = this.slots.length - 1;
    const stored = value + 1;
    let at = spread(value) & mask;
    for (let here = this.slots[at]!; here !== 0; at = (at + 1) & mask, here = this.slots[at]!)
      if (here === stored) return false;
    this.slots[at] = stored;
    // Three quarters full at most, as FingerprintSlots: trust-wide, 37 sets of accounts held 18 MB half full (memory22).
    if (4 * ++this.filled > 3 * this.slots.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.slots;
    // In pages of their own, and the old slots given back now (see `FingerprintSlots.grow`).
    this.slots = ownPages(Int32Array, old.length * 2);
    const mask = this.slots.length - 1;
    for (const stored of old) {
      if (stored === 0) continue;
      let at = spread(stored - 1) & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = stored;
    }
    giveBack(old);
  }
}

/** The value's bits mixed, so that nearby values fall apart (Knuth's multiplicative hash). */
function spread(value: number): number {
  return Math.imul(value, 0x9e3779b1) >>> 7;
}
