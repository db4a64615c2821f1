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
  private a = new Int32Array(FIRST_SLOTS);
  private b = new Int32Array(FIRST_SLOTS);
  /** Entry + 1 per slot; 0 is empty. */
  private slot = new Int32Array(FIRST_SLOTS);
  private fore = new Int32Array(FIRST_SLOTS / 2);
  private sur = new Int32Array(FIRST_SLOTS / 2);
  private count = new Int32Array(FIRST_SLOTS / 2);
  private entries = 0;

  /** `keysOf`: the forename and surname a display name is counted under, or none. */
  constructor(private readonly keysOf: (raw: string) => readonly [string, string] | undefined) {}

  /** Counts one more account called `raw`. */
  add(raw: string): void {
    fingerprint(raw, PRINT);
    const a = PRINT[0]!;
    const b = PRINT[1]!;
    const mask = this.slot.length - 1;
    let at = a & mask;
    for (let entry = this.slot[at]!; entry !== 0; at = (at + 1) & mask, entry = this.slot[at]!) {
      if (this.a[at] === a && this.b[at] === b) {
        this.count[entry - 1]!++;
        return;
      }
    }
    if (this.entries === this.count.length) {
      this.grow();
      this.add(raw);
      return;
    }
    const keys = this.keysOf(raw);
    const entry = this.entries++;
    this.fore[entry] = keys ? this.wordId(keys[0]) : -1;
    this.sur[entry] = keys ? this.wordId(keys[1]) : -1;
    this.count[entry] = 1;
    this.a[at] = a;
    this.b[at] = b;
    this.slot[at] = entry + 1;
  }

  /** Each distinct display name with a forename and surname: their word ids and how many accounts bear it. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    for (let entry = 0; entry < this.entries; entry++) if (this.fore[entry]! >= 0) visit(this.fore[entry]!, this.sur[entry]!, this.count[entry]!);
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
    }
    return id;
  }

  /** Twice the room: slots placed again by their fingerprints, entries copied as they are. */
  private grow(): void {
    const { a, b, slot } = this;
    const slots = slot.length * 2;
    this.a = new Int32Array(slots);
    this.b = new Int32Array(slots);
    this.slot = new Int32Array(slots);
    const mask = slots - 1;
    for (let from = 0; from < slot.length; from++) {
      if (slot[from] === 0) continue;
      let at = a[from]! & mask;
      while (this.slot[at] !== 0) at = (at + 1) & mask;
      this.a[at] = a[from]!;
      this.b[at] = b[from]!;
      this.slot[at] = slot[from]!;
    }
    this.fore = grown(this.fore, slots / 2);
    this.sur = grown(this.sur, slots / 2);
    this.count = grown(this.count, slots / 2);
  }
}

/** Slots to start with; entries are at most half of the slots, so probes stay short. */
const FIRST_SLOTS = 1024;
const PRINT = new Int32Array(2);

function grown(from: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}
