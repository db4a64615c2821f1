import { FingerprintSlots } from './FingerprintSlots.js';
import { fingerprint } from './fingerprint.js';
import { giveBack } from './giveBack.js';
import { outgrown } from './outgrown.js';

/** What a matcher's name terms and display names' answers ask of a tally (`DisplayNameTally`, `SchoolNameTally`). */
export interface NameTally {
  /** Word id → word; a display name's forename and surname are ids into it. */
  readonly words: readonly string[];
  /** Names counted: at least as many as `forEach` visits (what a tally's pairs need room for). */
  readonly names: number;
  add(raw: string): void;
  lookUp(raw: string): void;
  answerOf(raw: string): number;
  remember(raw: string, answer: number): void;
  forgetAnswers(): void;
  letGoOfNames(): void;
  forEach(visit: (foreId: number, surId: number, count: number) => void): void;
  idOf(word: string): number | undefined;
}

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
export class DisplayNameTally implements NameTally {
  /** Word id → word; a display name's forename and surname are ids into it. */
  readonly words: string[] = [];
  private readonly slots = new FingerprintSlots();
  /** Per entry, its forename's and surname's word ids + 1: 0 while the name is unread, -1 for a name of no words. */
  private fore = new Int32Array(1024);
  private sur = new Int32Array(1024);
  private count = new Int32Array(1024);
  /**
   * Per entry, what the reader remembers of the name (`DisplayNameAnswers`): 0 nothing, -1 the answer
   * of nobody, 1 an answer kept there. Kept here, a row's display name is found once for the tally
   * and the reader's cache: two probes of two large tables were two waits on memory. A byte each (signed):
   * a trust-wide audit's tallies place some two million names (memory22).
   */
  private answers = new Int8Array(0);
  private entries = 0;
  /** Entries in the order first counted (the reader may place a name before it is counted). */
  private counted = new Int32Array(1024);
  private countedSize = 0;
  /** The last name found or placed, and its entry (-1: not placed): the reader asks right after the tally. */
  private lastRaw: string | undefined;
  private lastEntry = -1;
  private lastA = 0;
  private lastB = 0;
  /**
   * Every word by a hash of its letters, [hash, id + 1] per slot, half full at most: found in place
   * from a display name's letters (`keyRangesOf`), so a word met before is neither cut out nor
   * hashed by a Map (and a trust's 36 schools' tallies hold no Map of words besides).
   */
  private wordSlots = new Int32Array(2 * 1024);
  private readonly ranges = new Int32Array(4);
  /** Once `letGoOfNames`: the names' entries are gone (the words stay), and a name counted since spoils the tally. */
  private namesLetGo = false;
  private countedAfterLetGo = false;

  /**
   * `keysOf`: the forename and surname a display name is counted under, or none. `keyRangesOf`, the
   * same read in place where it can (see `tallyKeyRanges`): 1 with the keys' ranges in `out` (each
   * key the slice lower-cased, ASCII letters only), 0 for none, -1 to ask `keysOf`.
   */
  constructor(
    private readonly keysOf: (raw: string) => readonly [string, string] | undefined,
    private readonly keyRangesOf?: (raw: string, out: Int32Array) => number,
  ) {}

  get names(): number {
    return this.countedSize;
  }

  /** Counts one more account called `raw`. */
  add(raw: string): void {
    if (this.namesLetGo) {
      this.countedAfterLetGo = true;
      return;
    }
    const entry = this.entryOf(raw, true);
    // Read into its words when first counted (an entry the reader placed first has none yet).
    if (this.count[entry]!++ > 0) return;
    if (this.fore[entry] === 0) this.readWords(raw, entry);
    if (this.countedSize === this.counted.length) this.counted = outgrown(this.counted);
    this.counted[this.countedSize++] = entry;
  }

  /**
   * Looks `raw` up now, for the count and the reader's question that follow (see `lastRaw`): called
   * before another table's probe, so that the two waits on memory overlap.
   */
  lookUp(raw: string): void {
    if (this.namesLetGo) return;
    this.entryOf(raw, false);
  }

  /** What the reader remembered of `raw` (see `answers`): 0 when nothing. */
  answerOf(raw: string): number {
    if (this.namesLetGo) return 0;
    const entry = this.entryOf(raw, false);
    return entry < 0 || entry >= this.answers.length ? 0 : this.answers[entry]!;
  }

  /** Remembers `answer` (-1 or 1) for `raw`, placing the name (uncounted) if the tally has not met it. */
  remember(raw: string, answer: number): void {
    if (this.namesLetGo) return;
    const entry = this.entryOf(raw, true);
    if (this.answers.length < this.count.length) this.answers = outgrown(this.answers, this.count.length);
    this.answers[entry] = answer;
  }

  /** Forgets every answer remembered (the counts stay), and gives their memory back. */
  forgetAnswers(): void {
    // Freed now, not at the next full collection (see `giveBack`).
    giveBack(this.answers);
    this.answers = new Int8Array(0);
  }

  /**
   * Lets every display name's entry go, their memory given back now (`giveBack`), keeping the words and
   * their ids: once the lists are read and tallied (`forEach`), the weighing asks only for words (`idOf`), and
   * a trust-wide audit's 37 tallies held some 45 MB of names (docs/performance.md, memory17). After it, a name
   * is neither remembered nor answered, and one counted makes `forEach` refuse: its counts are gone.
   */
  letGoOfNames(): void {
    if (this.namesLetGo) return;
    this.namesLetGo = true;
    this.slots.release();
    for (const array of [this.fore, this.sur, this.count, this.counted, this.answers]) giveBack(array);
    this.fore = new Int32Array(0);
    this.sur = new Int32Array(0);
    this.count = new Int32Array(0);
    this.counted = new Int32Array(0);
    this.answers = new Int8Array(0);
    this.entries = 0;
    this.countedSize = 0;
    this.lastRaw = undefined;
    this.lastEntry = -1;
  }

  /** The name's entry, placed (with no count) when `place` and not yet met; else -1 for a name not met. */
  private entryOf(raw: string, place: boolean): number {
    if (raw !== this.lastRaw) {
      fingerprint(raw, PRINT);
      this.lastRaw = raw;
      this.lastA = PRINT[0]!;
      this.lastB = PRINT[1]!;
      const at = this.slots.find(this.lastA, this.lastB);
      this.lastEntry = at < 0 ? -1 : this.slots.value(at) - 1;
    }
    if (this.lastEntry < 0 && place) {
      if (this.entries === this.count.length) {
        this.fore = outgrown(this.fore);
        this.sur = outgrown(this.sur);
        this.count = outgrown(this.count);
      }
      const entry = this.entries++;
      this.slots.insert(this.lastA, this.lastB, entry + 1);
      this.lastEntry = entry;
    }
    return this.lastEntry;
  }

  private readWords(raw: string, entry: number): void {
    const read = this.keyRangesOf ? this.keyRangesOf(raw, this.ranges) : -1;
    if (read > 0) {
      this.fore[entry] = this.wordIdAt(raw, this.ranges[0]!, this.ranges[1]!) + 1;
      this.sur[entry] = this.wordIdAt(raw, this.ranges[2]!, this.ranges[3]!) + 1;
    } else {
      const keys = read === 0 ? undefined : this.keysOf(raw);
      this.fore[entry] = keys ? this.wordId(keys[0]) + 1 : -1;
      this.sur[entry] = keys ? this.wordId(keys[1]) + 1 : -1;
    }
  }

  /**
   * The entry of `raw` (-1 when not met), placed uncounted when `place`: a school's tally counts by the
   * trust's entries (`SchoolNameTally`). Found once for both: the last name asked is remembered.
   */
  entry(raw: string, place: boolean): number {
    return this.namesLetGo ? -1 : this.entryOf(raw, place);
  }

  /** Reads `raw`, whose entry this is, into its words if nobody has yet (a school counted it, the trust not). */
  readEntry(raw: string, entry: number): void {
    if (this.fore[entry] === 0) this.readWords(raw, entry);
  }

  /** Visits an entry's words (read, see `readEntry`) with `count`, if it has a forename and surname. */
  visitEntry(entry: number, count: number, visit: (foreId: number, surId: number, count: number) => void): void {
    if (this.namesLetGo) throw new Error('DisplayNameTally: the names were let go before a school tallied them');
    const fore = this.fore[entry]!;
    if (fore > 0) visit(fore - 1, this.sur[entry]! - 1, count);
  }

  /** Each distinct display name with a forename and surname: their word ids and how many accounts bear it. */
  forEach(visit: (foreId: number, surId: number, count: number) => void): void {
    if (this.namesLetGo)
      throw new Error(
        `DisplayNameTally: the names were let go${this.countedAfterLetGo ? ', and a display name counted after forgetCaches' : ''}: their counts are gone`,
      );
    for (let i = 0; i < this.countedSize; i++) {
      const entry = this.counted[i]!;
      const fore = this.fore[entry]!;
      if (fore > 0) visit(fore - 1, this.sur[entry]! - 1, this.count[entry]!);
    }
  }

  /** A word's id, if some display name was counted under it. */
  idOf(word: string): number | undefined {
    const id = this.find(word);
    return id < 0 ? undefined : id;
  }

  private wordId(word: string): number {
    let id = this.find(word);
    if (id < 0) {
      id = this.words.length;
      this.words.push(word);
      this.placeWord(lettersHash(word, 0, word.length), id);
    }
    return id;
  }

  /** The word's id, or -1. */
  private find(word: string): number {
    const hash = lettersHash(word, 0, word.length);
    const slots = this.wordSlots;
    const mask = slots.length / 2 - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = slots[2 * at + 1]! - 1;
      if (id < 0) return -1;
      if (slots[2 * at] === hash && this.words[id] === word) return id;
    }
  }

  /**
   * `wordId` of `raw.slice(start, end).toLowerCase()`, the range being ASCII letters: found by its
   * letters in place, so a word met before (nearly every one) is not cut out.
   */
  private wordIdAt(raw: string, start: number, end: number): number {
    const hash = lettersHash(raw, start, end);
    const slots = this.wordSlots;
    const mask = slots.length / 2 - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const id = slots[2 * at + 1]! - 1;
      if (id < 0) break;
      if (slots[2 * at] === hash && sameLetters(this.words[id]!, raw, start, end)) return id;
    }
    return this.wordId(raw.slice(start, end).toLowerCase());
  }

  private placeWord(hash: number, id: number): void {
    if (4 * (id + 1) > this.wordSlots.length) {
      // Half full at most: twice the slots, each word placed again by its hash.
      const old = this.wordSlots;
      this.wordSlots = new Int32Array(old.length * 2);
      for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.placeHashed(old[i]!, old[i + 1]! - 1);
    }
    this.placeHashed(hash, id);
  }

  private placeHashed(hash: number, id: number): void {
    const slots = this.wordSlots;
    const mask = slots.length / 2 - 1;
    let at = hash & mask;
    while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    slots[2 * at] = hash;
    slots[2 * at + 1] = id + 1;
  }
}

/** FNV-1a over the range's characters with 0x20 set (ASCII letters lower-cased), finished with Murmur3's mixer. */
function lettersHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h ^ (h >>> 16);
}

/** Whether `word` is `raw.slice(start, end)` lower-cased, the range being ASCII letters. */
function sameLetters(word: string, raw: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== (raw.charCodeAt(start + i) | 0x20)) return false;
  return true;
}

const PRINT = new Int32Array(2);
