/**
 * Counts per pair of word ids (a forename and a surname), in typed arrays: the name terms count a
 * trust's 500,000 display names by their whole name, and a Map keyed by `forename surname` made
 * as many strings. Pairs are compared in full (both ids), so counts are exact.
 */
export class WordPairCounts {
  /** Slot → pair number + 1 (0: empty). */
  private slots = new Int32Array(1024);
  private fore = new Int32Array(512);
  private sur = new Int32Array(512);
  private counts = new Float64Array(512);
  private size = 0;

  /** Adds `count` to the pair's count. */
  add(foreId: number, surId: number, count: number): void {
    const at = this.find(foreId, surId);
    const pair = this.slots[at]! - 1;
    if (pair >= 0) {
      this.counts[pair]! += count;
      return;
    }
    if (this.size === this.counts.length) this.growPairs();
    const made = this.size++;
    this.fore[made] = foreId;
    this.sur[made] = surId;
    this.counts[made] = count;
    this.slots[at] = made + 1;
    if (2 * this.size > this.slots.length) this.growSlots();
  }

  /** The pair's count (0 when never added). */
  get(foreId: number, surId: number): number {
    const pair = this.slots[this.find(foreId, surId)]! - 1;
    return pair >= 0 ? this.counts[pair]! : 0;
  }

  /** Each pair with its count, in the order first added. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    for (let pair = 0; pair < this.size; pair++) visit(this.fore[pair]!, this.sur[pair]!, this.counts[pair]!);
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  private find(foreId: number, surId: number): number {
    const mask = this.slots.length - 1;
    for (let at = spread(foreId, surId) & mask; ; at = (at + 1) & mask) {
      const pair = this.slots[at]! - 1;
      if (pair < 0 || (this.fore[pair] === foreId && this.sur[pair] === surId)) return at;
    }
  }

  private growPairs(): void {
    const length = this.counts.length * 2;
    this.fore = copied(new Int32Array(length), this.fore);
    this.sur = copied(new Int32Array(length), this.sur);
    this.counts = copied(new Float64Array(length), this.counts);
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let pair = 0; pair < this.size; pair++) {
      let at = spread(this.fore[pair]!, this.sur[pair]!) & mask;
      while (this.slots[at] !== 0) at = (at + 1) & mask;
      this.slots[at] = pair + 1;
    }
  }
}

/** Both ids mixed (Knuth's multiplicative hash, then Murmur3's last steps), so that one forename's pairs fall apart. */
function spread(foreId: number, surId: number): number {
  let h = Math.imul(foreId, 0x9e3779b1) ^ Math.imul(surId, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function copied<T extends Int32Array | Float64Array>(to: T, from: T): T {
  to.set(from);
  return to;
}
