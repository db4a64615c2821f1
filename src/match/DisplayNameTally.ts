import { FingerprintSlots } from './FingerprintSlots.js';
import { fingerprint } from './fingerprint.js';

/**
 * Counts a trust's display names by the forename and surname each is counted under, without
 * keeping the names. A million rows hold some 500,000 distinct display names: kept in a Map they
 * are as many strings (each holding its whole CSV line alive) that every lookup waits on and every
 * collection walks. Here a name is a 64-bit fingerprint in typed arrays, read into its two words
 * once, when first met; the words, a few thousand, are kept once each.
 *
 * Two display names with the same fingerprint would be counted as one: about one chance in 10^7
 * over a trust's audit, and it would move a name's count by the other's.
 */
export class DisplayNameTally {
  /** Word id → word; a display name's forename and surname are ids into it. */
  readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly slots = new FingerprintSlots();
  private fore = new Int32Array(1024);
  private sur = new Int32Array(1024);
  private count = new Int32Array(1024);
  private entries = 0;
  /** Per slot (see `recentSlot`), the id of the last word met there, or -1. */
  private readonly recentIds = new Int32Array(RECENT_SLOTS).fill(-1);

  /** `keysOf`: the forename and surname a display name is counted under, or none. */
  constructor(private readonly keysOf: (raw: string) => readonly [string, string] | undefined) {}

  /** Counts one more account called `raw`. */
  add(raw: string): void {
    fingerprint(raw, PRINT);
    const a = PRINT[0]!;
    const b = PRINT[1]!;
    const at = this.slots.find(a, b);
    if (at >= 0) {
      this.count[this.slots.value(at) - 1]!++;
      return;
    }
    if (this.entries === this.count.length) {
      this.fore = grown(this.fore);
      this.sur = grown(this.sur);
      this.count = grown(this.count);
    }
    const keys = this.keysOf(raw);
    const entry = this.entries++;
    this.fore[entry] = keys ? this.wordId(keys[0]) : -1;
    this.sur[entry] = keys ? this.wordId(keys[1]) : -1;
    this.count[entry] = 1;
    this.slots.insert(a, b, entry + 1);
  }

  /** Each distinct display name with a forename and surname: their word ids and how many accounts bear it. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    for (let entry = 0; entry < this.entries; entry++)
      if (this.fore[entry]! >= 0) visit(this.fore[entry]!, this.sur[entry]!, this.count[entry]!);
  }

  /** A word's id, if some display name was counted under it. */
  idOf(word: string): number | undefined {
    return this.wordIds.get(word);
  }

  private wordId(word: string): number {
    // Each word is a fresh slice, which a Map must hash: the last word seen in its slot (by length
    // and letters) is compared first, and a common name nearly always is that word.
    const slot = recentSlot(word);
    const recent = this.recentIds[slot]!;
    if (recent >= 0 && this.words[recent] === word) return recent;
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
    }
    this.recentIds[slot] = id;
    return id;
  }
}

const PRINT = new Int32Array(2);
const RECENT_SLOTS = 4096;

/** A slot from a word's length and its first, second and last letters: cheap, and apart for common names. */
function recentSlot(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(word.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(word.charCodeAt(n - 1), 0xc2b2ae35) ^
    Math.imul(word.charCodeAt(n > 1 ? 1 : 0), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & (RECENT_SLOTS - 1);
}

/** Twice the room, entries copied as they are. */
function grown(from: Int32Array): Int32Array<ArrayBuffer> {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}
