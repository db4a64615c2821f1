import { FingerprintSlots } from './FingerprintSlots.js';
import { fingerprint } from './fingerprint.js';

/**
 * Remembers what names said, like test/match/BoundedCache.ts, for the caches a trust's million rows go through
 * (display names, name searches). Most names find nobody; their answers are kept as a 64-bit
 * fingerprint of the name in typed arrays, not as the name itself. A Map of 200,000 names is as
 * many strings scattered over the heap: every lookup then waits on memory and every collection
 * walks them, which slowed a trust's audit. Answers that found somebody keep their name and
 * are compared in full.
 *
 * Two different names with the same 64-bit fingerprint would share an answer of nobody: about
 * one chance in 10^8 over a trust's audit, far below any other way a name is missed.
 */
export class FingerprintCache<V extends object> {
  private newer: Generation<V>;
  private older: Generation<V>;
  private lastKey = '';
  private lastA = 0;
  private lastB = 0;

  /**
   * @param limit how many answers to keep: the newer half is searched first, and when it fills
   *   the older half is let go (answers still asked for have moved up).
   * @param nothing the answer of nobody, shared by most names and kept as a fingerprint only.
   */
  constructor(
    limit: number,
    private readonly nothing: V,
  ) {
    const slots = 2 ** Math.ceil(Math.log2(limit)); // half full at most: short probes
    this.newer = new Generation(slots, limit / 2);
    this.older = new Generation(slots, limit / 2);
  }

  get(key: string): V | undefined {
    this.fingerprint(key);
    const a = this.lastA;
    const b = this.lastB;
    const found = this.newer.find(key, a, b, this.nothing);
    if (found !== undefined) return found;
    const old = this.older.find(key, a, b, this.nothing);
    if (old !== undefined) this.put(key, a, b, old);
    return old;
  }

  /** Forgets every answer and gives the tables' memory back at once (see `FingerprintSlots.release`). */
  release(): void {
    this.newer.release();
    this.older.release();
  }

  /** Answers other than nobody held now (each keeps its key and value on the heap). */
  get kept(): number {
    return this.newer.kept + this.older.kept;
  }

  set(key: string, value: V): void {
    this.fingerprint(key);
    this.put(key, this.lastA, this.lastB, value);
  }

  private put(key: string, a: number, b: number, value: V): void {
    if (this.newer.full()) {
      const emptied = this.older;
      this.older = this.newer;
      this.newer = emptied.clear();
    }
    this.newer.put(key, a, b, value === this.nothing ? undefined : value);
  }

  /** The key's fingerprint (see fingerprint.ts); a get and the set after it hash once. */
  private fingerprint(key: string): void {
    if (key === this.lastKey) return;
    fingerprint(key, PRINT);
    this.lastKey = key;
    this.lastA = PRINT[0]!;
    this.lastB = PRINT[1]!;
  }
}

const PRINT = new Int32Array(2);

/**
 * One half of the cache: fingerprints to -1 (nobody) or n (the nth kept answer). An empty half is
 * not probed: an older half is often never filled (a trust's display names fill no half). Its
 * table grows as answers come: a trust audited school by school has a matcher, so caches, per
 * school, and each sees only its school's rows (36 full-size tables would hold 650 MiB).
 */
class Generation<V> {
  private readonly slots: FingerprintSlots;
  /**
   * Each answer kept, its key then its value, side by side: a look-up that finds one reads one cache
   * line for both (two arrays were two waits on memory for a trust's word facts).
   */
  private answers: (string | V)[] = [];
  private count = 0;

  constructor(
    maxSlots: number,
    private readonly capacity: number,
  ) {
    this.slots = new FingerprintSlots(maxSlots);
  }

  get kept(): number {
    return this.answers.length / 2;
  }

  full(): boolean {
    return this.count >= this.capacity;
  }

  release(): void {
    this.slots.release();
    this.answers = [];
    this.count = 0;
  }

  clear(): this {
    this.slots.clear();
    this.answers = [];
    this.count = 0;
    return this;
  }

  find(key: string, a: number, b: number, nothing: V): V | undefined {
    if (this.count === 0) return undefined;
    for (let at = this.slots.find(a, b); at >= 0; at = this.slots.find(a, b, at)) {
      const slot = this.slots.value(at);
      if (slot === -1) return nothing;
      if (this.answers[2 * slot - 2] === key) return this.answers[2 * slot - 1] as V;
    }
    return undefined;
  }

  /** `value` undefined: the answer of nobody. */
  put(key: string, a: number, b: number, value: V | undefined): void {
    if (value === undefined) {
      this.slots.insert(a, b, -1);
    } else {
      this.answers.push(key, value);
      this.slots.insert(a, b, this.answers.length / 2);
    }
    this.count++;
  }
}
