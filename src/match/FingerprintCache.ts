/**
 * Remembers what names said, like BoundedCache, for the caches a trust's million rows go through
 * (display names, name searches). Most names find nobody; their answers are kept as a 64-bit
 * fingerprint of the name in typed arrays, not as the name itself. A Map of 200,000 names is as
 * many strings scattered over the heap: every lookup then waits on memory and every collection
 * walks them, which cost a trust audit seconds. Answers that found somebody keep their name and
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

  /** Two independent 32-bit hashes of `key`; a get and the set after it hash once. */
  private fingerprint(key: string): void {
    if (key === this.lastKey) return;
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    this.lastKey = key;
    this.lastA = mix(a);
    this.lastB = mix(b ^ 0x2545f491);
  }
}

/** Murmur3's finaliser: every input bit moves every output bit, so the low bits index well. */
function mix(seed: number): number {
  let h = seed ^ (seed >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * One half of the cache: open addressing over typed arrays; slot 0 is empty, -1 nobody, n the nth
 * kept answer. An empty half is not probed: an older half is often never filled (a trust's
 * display names fill no half).
 */
class Generation<V> {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly slot: Int32Array;
  private keys: string[] = [];
  private values: V[] = [];
  private count = 0;

  constructor(
    slots: number,
    private readonly capacity: number,
  ) {
    this.a = new Int32Array(slots);
    this.b = new Int32Array(slots);
    this.slot = new Int32Array(slots);
  }

  full(): boolean {
    return this.count >= this.capacity;
  }

  clear(): this {
    this.slot.fill(0);
    this.keys = [];
    this.values = [];
    this.count = 0;
    return this;
  }

  find(key: string, a: number, b: number, nothing: V): V | undefined {
    if (this.count === 0) return undefined;
    const mask = this.slot.length - 1;
    for (let at = a & mask; ; at = (at + 1) & mask) {
      const slot = this.slot[at]!;
      if (slot === 0) return undefined;
      if (this.a[at] !== a || this.b[at] !== b) continue;
      if (slot === -1) return nothing;
      if (this.keys[slot - 1] === key) return this.values[slot - 1];
    }
  }

  /** `value` undefined: the answer of nobody. */
  put(key: string, a: number, b: number, value: V | undefined): void {
    const mask = this.slot.length - 1;
    let at = a & mask;
    while (this.slot[at] !== 0) at = (at + 1) & mask;
    this.a[at] = a;
    this.b[at] = b;
    if (value === undefined) {
      this.slot[at] = -1;
    } else {
      this.keys.push(key);
      this.values.push(value);
      this.slot[at] = this.values.length;
    }
    this.count++;
  }
}
