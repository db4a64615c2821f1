/** A key's middle name id is multiplied by this: above any surname's id, and exact in a double. */
const SHIFT = 2 ** 21;

/**
 * Middle name × surname form → the entries of pupils who may go by that middle name (`BlockingKeys.addMiddles`).
 * Filed as pairs of numbers while the roll is read, then packed (`pack`) into two typed arrays sorted by key and
 * searched by halves: 12 bytes an entry. As Maps of lists, a trust-wide audit's 37 indexes held them in some 6 MiB,
 * and at its peak (docs/match-model-figures.md, mid47); each list lists its entries in the order filed, a repeat of
 * the list's last entry filed once, as `pushOnce` lists them.
 */
export class MiddlePairs {
  /** While filing: key, entry, key, entry… */
  private filed: number[] | undefined = [];
  private keys = new Float64Array(0);
  private entries = new Int32Array(0);

  /** Files `entry` under (middle name id, surname form id). Never after `pack`. */
  add(middleId: number, surId: number, entry: number): void {
    if (!this.filed) throw new Error('MiddlePairs: a pair filed after pack');
    if (middleId >= SHIFT || surId >= SHIFT) throw new RangeError('MiddlePairs: an id past 2^21');
    this.filed.push(middleId * SHIFT + surId, entry);
  }

  /** Once every pair is filed: sorted by key (in the order filed within a key), and the filing let go. */
  pack(): void {
    const filed = this.filed;
    if (!filed) return;
    this.filed = undefined;
    const order = Array.from({ length: filed.length / 2 }, (_, i) => i);
    // Stable: a key's entries stay in the order filed.
    order.sort((i, j) => filed[2 * i]! - filed[2 * j]!);
    const keys: number[] = [];
    const entries: number[] = [];
    for (const i of order) {
      const key = filed[2 * i]!;
      const entry = filed[2 * i + 1]!;
      const last = keys.length - 1;
      if (last >= 0 && keys[last] === key && entries[last] === entry) continue;
      keys.push(key);
      entries.push(entry);
    }
    this.keys = Float64Array.from(keys);
    this.entries = Int32Array.from(entries);
  }

  /** The entries filed under (middle name id, surname form id), or undefined where none are. */
  of(middleId: number, surId: number): Int32Array | undefined {
    if (middleId < 0 || surId < 0 || middleId >= SHIFT || surId >= SHIFT) return undefined;
    const key = middleId * SHIFT + surId;
    const from = this.firstAtOrAbove(key);
    let to = from;
    while (to < this.keys.length && this.keys[to] === key) to++;
    return to > from ? this.entries.subarray(from, to) : undefined;
  }

  /** The first place whose key is `key` or above (the length where none is). */
  private firstAtOrAbove(key: number): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
