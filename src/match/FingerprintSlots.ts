import { giveBack } from './giveBack.js';
import { ownPages } from './ownPages.js';

/**
 * An open-addressing table from 64-bit fingerprints (two 32-bit halves, see fingerprint.ts) to
 * non-zero numbers, in one typed array: a slot's halves and value lie side by side, so that a probe
 * reads one cache line rather than three arrays. It starts small and doubles, up to `maxSlots`,
 * when three quarters of its slots are full: a probe past the first slot reads the next few
 * numbers, mostly in the same cache line. Three numbers a slot, not four, and fuller than half:
 * a trust audited school by school holds some 200 of these tables (docs/performance.md, mem6).
 */
export class FingerprintSlots {
  /** [a, b, value] per slot; value 0 is an empty slot. */
  private table: Int32Array;
  private mask: number;
  private used = 0;

  /** `firstSlots` (a power of two): room for three quarters as many values before the table first grows. */
  constructor(
    private readonly maxSlots = 2 ** 26,
    firstSlots = FIRST_SLOTS,
  ) {
    this.table = new Int32Array(Math.min(maxSlots, firstSlots) * SLOT);
    this.mask = this.table.length / SLOT - 1;
  }

  /** The first slot holding (a, b) after slot `after` in probe order (from the start when -1), or -1. */
  find(a: number, b: number, after = -1): number {
    const table = this.table;
    const mask = this.mask;
    for (let at = after < 0 ? a & mask : (after + 1) & mask; ; at = (at + 1) & mask) {
      const i = at * SLOT;
      if (table[i + 2] === 0) return -1;
      if (table[i] === a && table[i + 1] === b) return at;
    }
  }

  /** The value in a slot `find` gave. */
  value(at: number): number {
    return this.table[at * SLOT + 2]!;
  }

  /** Stores `value` (not 0) under (a, b), beside any already there. */
  insert(a: number, b: number, value: number): void {
    if (4 * (this.used + 1) > 3 * (this.mask + 1) && this.mask + 1 < this.maxSlots) this.grow();
    this.place(a, b, value);
    this.used++;
  }

  /**
   * Empties the table and gives its memory back now, for a cache let go (`Matcher.forgetCaches`): a
   * large old ArrayBuffer is freed only at the next full collection, which may come after the weighing's
   * peak; moved into a new one (young) that nothing holds, it is freed at the next minor collection.
   */
  release(): void {
    giveBack(this.table);
    this.table = new Int32Array(Math.min(this.maxSlots, FIRST_SLOTS) * SLOT);
    this.mask = this.table.length / SLOT - 1;
    this.used = 0;
  }

  /** Empties the table, keeping its size: a cache half cleared once fills again (a new table is fresh memory, and garbage). */
  clear(): void {
    this.table.fill(0);
    this.used = 0;
  }

  private place(a: number, b: number, value: number): void {
    const table = this.table;
    const mask = this.mask;
    let at = a & mask;
    while (table[at * SLOT + 2] !== 0) at = (at + 1) & mask;
    const i = at * SLOT;
    table[i] = a;
    table[i + 1] = b;
    table[i + 2] = value;
  }

  /** Twice the slots, every value placed again by its fingerprint (nothing is hashed again). */
  private grow(): void {
    const old = this.table;
    // In pages of their own, and the old table given back now: malloc kept outgrown tables resident (`ownPages`).
    this.table = ownPages(Int32Array, old.length * 2);
    this.mask = this.table.length / SLOT - 1;
    for (let i = 0; i < old.length; i += SLOT) if (old[i + 2] !== 0) this.place(old[i]!, old[i + 1]!, old[i + 2]!);
    giveBack(old);
  }
}

/** Numbers a slot holds. */
const SLOT = 3;

/** Slots a table starts with: a few pages. */
const FIRST_SLOTS = 1024;
