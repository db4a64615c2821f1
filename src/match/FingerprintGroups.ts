import { fingerprint } from './fingerprint.js';

/**
 * A fixed map from strings to lists of numbers, built once, in three typed arrays: each key is a
 * 64-bit fingerprint, sorted into buckets by its first bits. The typo index of a school's roll
 * holds some 12,000 deletion keys; as a Map of strings to arrays it took 1.5 MiB a school, 44 MiB
 * for a trust audited school by school (docs/performance.md, mem6); here about 0.2 MiB.
 *
 * Two keys with the same fingerprint would share their lists: the typo index checks every word it
 * gives against the one asked about, so a stray one is never taken for a typo.
 */
export class FingerprintGroups {
  private readonly bits: number;
  /** Per bucket, the first key of it (keys sorted by bucket); one more at the end. */
  private readonly bucketStarts: Int32Array;
  /** Per key: its fingerprint's two halves, and where its numbers start in `values` (one more at the end). */
  private readonly keyA: Int32Array;
  private readonly keyB: Int32Array;
  private readonly valueStarts: Int32Array;
  private readonly values: Int32Array;

  /** `entries`: key and number, a key's numbers kept in the order given. */
  constructor(entries: readonly (readonly [string, number])[]) {
    const n = entries.length;
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      fingerprint(entries[i]![0], PRINT);
      a[i] = PRINT[0]!;
      b[i] = PRINT[1]!;
    }
    this.bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, n))));
    const bucketOf = (i: number): number => a[i]! >>> (32 - this.bits);
    // Sorted by bucket and fingerprint; entries of one key stay in the order given.
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (x, y) => bucketOf(x) - bucketOf(y) || a[x]! - a[y]! || b[x]! - b[y]! || x - y,
    );
    const keyA: number[] = [];
    const keyB: number[] = [];
    const valueStarts: number[] = [];
    this.values = new Int32Array(n);
    this.bucketStarts = new Int32Array(2 ** this.bits + 1);
    order.forEach((i, at) => {
      this.values[at] = entries[i]![1];
      const last = keyA.length - 1;
      if (last >= 0 && keyA[last] === a[i] && keyB[last] === b[i]) return;
      keyA.push(a[i]!);
      keyB.push(b[i]!);
      valueStarts.push(at);
      this.bucketStarts[bucketOf(i) + 1]!++;
    });
    for (let bucket = 1; bucket < this.bucketStarts.length; bucket++)
      this.bucketStarts[bucket]! += this.bucketStarts[bucket - 1]!;
    valueStarts.push(n);
    this.keyA = Int32Array.from(keyA);
    this.keyB = Int32Array.from(keyB);
    this.valueStarts = Int32Array.from(valueStarts);
  }

  /** Calls `visit` with each number of `key`, in the order given; nothing when the key is unknown. */
  forEach(key: string, visit: (value: number) => void): void {
    fingerprint(key, PRINT);
    const k = this.groupOf(PRINT[0]!, PRINT[1]!);
    if (k < 0) return;
    for (let v = this.valueStarts[k]!, last = this.valueStarts[k + 1]!; v < last; v++) visit(this.values[v]!);
  }

  /**
   * The group of the key with this fingerprint (see `fingerprint`), or -1: its numbers are `value(v)` for `v` from
   * `start(group)` up to `start(group + 1)`. For a caller that fingerprints without making the key (the typo index).
   */
  groupOf(a: number, b: number): number {
    const bucket = a >>> (32 - this.bits);
    for (let k = this.bucketStarts[bucket]!, end = this.bucketStarts[bucket + 1]!; k < end; k++)
      if (this.keyA[k] === a && this.keyB[k] === b) return k;
    return -1;
  }

  start(group: number): number {
    return this.valueStarts[group]!;
  }

  value(at: number): number {
    return this.values[at]!;
  }
}

const PRINT = new Int32Array(2);
