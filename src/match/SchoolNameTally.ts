import type { DisplayNameTally, NameTally } from './DisplayNameTally.js';
import { giveBack } from './giveBack.js';
import { ownPages } from './ownPages.js';

/**
 * A school's tally of display names in a trust-wide audit, kept by the trust's entries: the other
 * schools' matcher tallies every row's display name (`DisplayNameTally`), so a school's tally need not
 * hold its names' fingerprints and words again. Per name this keeps only the trust's entry, the school's
 * count and what its reader remembered (`DisplayNameAnswers`), two numbers a slot: the schools' 37
 * tallies held 720,000 entries beside the trust's 330,000 (docs/performance.md, memory23). It counts
 * and answers as a `DisplayNameTally` of its own would; its word ids are the trust's.
 */
export class SchoolNameTally implements NameTally {
  /** [trust entry + 1, count × 4 + answer code] per slot, open addressing; entry 0 is an empty slot. */
  private slots = new Int32Array(2 * FIRST_SLOTS);
  private log2 = Math.log2(FIRST_SLOTS);
  private used = 0;
  /** The last trust entry asked for and its slot (-1: not here): a row asks for its name three or four times. */
  private lastEntry = -1;
  private lastAt = -1;
  private namesLetGo = false;
  /** A name counted once the trust's names were let go: the counts are not whole. */
  private countedAfterLetGo = false;

  constructor(private readonly trust: DisplayNameTally) {}

  get words(): readonly string[] {
    return this.trust.words;
  }

  /** Names placed here (counted, or only remembered): at least as many as `forEach` visits. */
  get names(): number {
    return this.used;
  }

  idOf(word: string): number | undefined {
    return this.trust.idOf(word);
  }

  lookUp(raw: string): void {
    if (this.namesLetGo) return;
    const entry = this.trust.entry(raw, false);
    if (entry >= 0) this.slotOf(entry, false);
  }

  add(raw: string): void {
    const entry = this.namesLetGo ? -1 : this.trust.entry(raw, true);
    if (entry < 0) {
      this.countedAfterLetGo = true;
      return;
    }
    const at = this.slotOf(entry, true);
    // Read into its words when first counted here, if the trust has not (it counts an account once for all schools).
    if (this.slots[2 * at + 1]! < 4) this.trust.readEntry(raw, entry);
    this.slots[2 * at + 1]! += 4;
  }

  answerOf(raw: string): number {
    if (this.namesLetGo) return 0;
    const entry = this.trust.entry(raw, false);
    const at = entry < 0 ? -1 : this.slotOf(entry, false);
    return at < 0 ? 0 : ANSWER_OF[this.slots[2 * at + 1]! & 3]!;
  }

  remember(raw: string, answer: number): void {
    const entry = this.namesLetGo ? -1 : this.trust.entry(raw, true);
    if (entry < 0) return;
    const at = this.slotOf(entry, true);
    this.slots[2 * at + 1] = (this.slots[2 * at + 1]! & ~3) | (answer < 0 ? NOBODY : FOUND);
  }

  /** Forgets every answer remembered; the counts stay. */
  forgetAnswers(): void {
    const slots = this.slots;
    for (let i = 1; i < slots.length; i += 2) slots[i]! &= ~3;
  }

  /** Lets the names go, their memory given back now (see `DisplayNameTally.letGoOfNames`): tally them first. */
  letGoOfNames(): void {
    if (this.namesLetGo) return;
    this.namesLetGo = true;
    giveBack(this.slots);
    this.slots = new Int32Array(0);
    this.used = 0;
    this.lastEntry = -1;
  }

  /** Each name counted here with a forename and surname: the trust's word ids, and this school's count. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    if (this.namesLetGo || this.countedAfterLetGo)
      throw new Error(
        "SchoolNameTally: the names were let go, or one counted after: the school's counts are not whole",
      );
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 2) {
      const count = slots[i + 1]! >>> 2;
      if (count > 0) this.trust.visitEntry(slots[i]! - 1, count, visit);
    }
  }

  /** The slot of a trust entry, placed (uncounted, no answer) when `place` and not yet here; else -1. */
  private slotOf(entry: number, place: boolean): number {
    if (entry === this.lastEntry && (this.lastAt >= 0 || !place)) return this.lastAt;
    const slots = this.slots;
    const mask = (1 << this.log2) - 1;
    let at = Math.imul(entry + 1, 0x9e3779b1) >>> (32 - this.log2);
    for (let here = slots[2 * at]!; here !== 0; at = (at + 1) & mask, here = slots[2 * at]!) {
      if (here === entry + 1) return this.remembered(entry, at);
    }
    if (!place) return this.remembered(entry, -1);
    if (4 * (this.used + 1) > 3 * (mask + 1)) {
      this.grow();
      return this.slotOf(entry, true);
    }
    slots[2 * at] = entry + 1;
    this.used++;
    return this.remembered(entry, at);
  }

  private remembered(entry: number, at: number): number {
    this.lastEntry = entry;
    this.lastAt = at;
    return at;
  }

  /** Twice the slots, every entry placed again; the old table given back now (`giveBack`). */
  private grow(): void {
    const old = this.slots;
    this.log2++;
    this.slots = ownPages(Int32Array, 2 << this.log2);
    const mask = (1 << this.log2) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let at = Math.imul(old[i]!, 0x9e3779b1) >>> (32 - this.log2);
      while (this.slots[2 * at] !== 0) at = (at + 1) & mask;
      this.slots[2 * at] = old[i]!;
      this.slots[2 * at + 1] = old[i + 1]!;
    }
    giveBack(old);
    this.lastEntry = -1;
  }
}

/** Slots a school's tally starts with. */
const FIRST_SLOTS = 1024;
/** The answer codes in a slot's low two bits: none, nobody (-1), somebody found (1). */
const NOBODY = 1;
const FOUND = 2;
const ANSWER_OF = [0, -1, 1, 0];
