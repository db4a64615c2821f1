// A seeded PRNG of our own (sfc32 seeded through a string hash), so that eval3's data depend on
// nothing but the seed and the pools, whatever Node's Math.random does.

function hashSeed(text) {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const words = [];
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    words.push(h >>> 0);
  }
  return words;
}

export class Random {
  constructor(seedText) {
    [this.a, this.b, this.c, this.d] = hashSeed(String(seedText));
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [low, high], both included. */
  int(low, high) {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key of { key: weight }. */
  choose(weights) {
    const entries = Object.entries(weights);
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal count with the given median, clamped. */
  lognormal(median, sigma, low, high) {
    const x = Math.round(median * Math.exp(sigma * this.normal()));
    return Math.max(low, Math.min(high, x));
  }

  shuffle(items) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** Weighted picking from a fixed list, by binary search over the running totals. */
export class WeightedTable {
  constructor(items, weights) {
    this.items = items;
    this.totals = [];
    let total = 0;
    for (const w of weights) {
      total += w;
      this.totals.push(total);
    }
    this.total = total;
  }

  pick(random) {
    const x = random.next() * this.total;
    let low = 0;
    let high = this.totals.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.totals[mid] > x) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}
