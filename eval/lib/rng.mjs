// Seeded, deterministic random numbers: the same seed gives the same evaluation data everywhere.

/** Hashes a seed string to 32 bits (FNV-1a) so that any text can be a seed. */
export function hashSeed(text) {
  let h = 0x811c9dc5;
  for (const ch of String(text)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A small, fast generator (sfc32) with helpers for picking. */
export function makeRng(seed) {
  let a = hashSeed(`a${seed}`);
  let b = hashSeed(`b${seed}`);
  let c = hashSeed(`c${seed}`);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Poisson-distributed count (small means only). */
    poisson(mean) {
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    shuffle(list) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    },
  };
  return rng;
}

/** A weighted table: pick(rng) returns an item with probability proportional to its weight. */
export function weighted(items, weightOf) {
  const kept = items.filter((it) => weightOf(it) > 0);
  const cum = new Float64Array(kept.length);
  let total = 0;
  kept.forEach((it, i) => {
    total += weightOf(it);
    cum[i] = total;
  });
  return {
    items: kept,
    pick(rng) {
      const x = rng.next() * total;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return kept[lo];
    },
  };
}
