import { grown } from './grown.js';

/**
 * A quick no for words a set cannot hold: one bit per (length, first, second and last letter) of
 * the words added. Splitting run-together words asks the index about every cut of every handle,
 * and nearly all are no name at all: hashing each fresh slice for a Set lookup cost seconds on a
 * trust. A word whose bit is clear is certainly not in the set; one whose bit is set is looked up.
 * With the second letter (128 KiB of bits) about one word in five asked on a trust gets past, where
 * length, first and last letters alone let through three in five (docs/performance.md, perf4).
 * A set of few words has fewer bits, each shared by several shapes (at least 32 bits a word, so few
 * more get past), and grows to the full table: a trust-wide audit's 37 indexes held two full tables
 * each, 9.4 MB, for some 3,000 words a school (docs/performance.md, memory23).
 */
export class WordShapes {
  /** One bit per shape once full (2^`FULL_LOG2` bits); below that, per shape's hash (`bitOf`). */
  private bits = new Uint32Array(FIRST_BITS / 32);
  /** log2 of the bits, and the shapes added while the table is not full (to place again as it grows). */
  private log2 = Math.log2(FIRST_BITS);
  private added: Int32Array | undefined = new Int32Array(64);
  private addedCount = 0;

  add(word: string): void {
    this.addShape(shapeOf(word));
  }

  private addShape(shape: number): void {
    // At least 32 bits a shape added (`bits.length` counts 32 at a time).
    if (this.added && this.addedCount >= this.bits.length) this.grow();
    if (this.added) {
      if (this.addedCount === this.added.length) this.added = grown(this.added);
      this.added[this.addedCount++] = shape;
    }
    const at = this.bitOf(shape);
    this.bits[at >>> 5]! |= 1 << (at & 31);
  }

  /** Twice the bits, every shape added placed again; once full, a bit per shape and no list. */
  private grow(): void {
    this.log2++;
    this.bits = new Uint32Array(2 ** this.log2 / 32);
    const added = this.added!;
    if (this.log2 === FULL_LOG2) this.added = undefined;
    for (let i = 0; i < this.addedCount; i++) {
      const at = this.bitOf(added[i]!);
      this.bits[at >>> 5]! |= 1 << (at & 31);
    }
  }

  /** The shape's bit: itself when full, else the top bits of its product with a large odd number. */
  private bitOf(shape: number): number {
    return this.log2 === FULL_LOG2 ? shape : Math.imul(shape, 0x9e3779b1) >>> (32 - this.log2);
  }

  /** False only when no word added has this one's length, first, second and last letters. */
  mayHold(word: string): boolean {
    const at = this.bitOf(shapeOf(word));
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /** `mayHold` of `text.slice(start, end)`, without slicing it: most cuts of a run-together word are no name. */
  mayHoldSlice(text: string, start: number, end: number): boolean {
    const n = end - start;
    const first = n > 0 ? text.charCodeAt(start) & (LETTERS - 1) : 0;
    const second = n > 1 ? text.charCodeAt(start + 1) & (LETTERS - 1) : 0;
    const last = n > 0 ? text.charCodeAt(end - 1) & (LETTERS - 1) : 0;
    const at = this.bitOf(((Math.min(n, LENGTHS - 1) * LETTERS + first) * LETTERS + second) * LETTERS + last);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /**
   * `mayHold` of the words of `parts` from `start` to `end` (not included) joined, without joining
   * them: a name's words are joined in twos and threes to look for a name written apart (`Mc Donald`),
   * and nearly none is one.
   */
  mayHoldJoined(parts: readonly { readonly word: string }[], start: number, end: number): boolean {
    let n = 0;
    for (let i = start; i < end; i++) n += parts[i]!.word.length;
    const first = n > 0 ? codeAt(parts, start, 0) & (LETTERS - 1) : 0;
    const second = n > 1 ? codeAt(parts, start, 1) & (LETTERS - 1) : 0;
    const last = n > 0 ? codeAt(parts, start, n - 1) & (LETTERS - 1) : 0;
    const at = this.bitOf(((Math.min(n, LENGTHS - 1) * LETTERS + first) * LETTERS + second) * LETTERS + last);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }
}

/** The char code at `at` of the parts' words from `start` on, joined (`at` within them). */
function codeAt(parts: readonly { readonly word: string }[], start: number, at: number): number {
  let i = start;
  let offset = at;
  while (offset >= parts[i]!.word.length) offset -= parts[i++]!.word.length;
  return parts[i]!.word.charCodeAt(offset);
}

const LENGTHS = 32;
/** Letters by their five low bits: a–z apart, other characters sharing with them (a looser no, never a wrong one). */
const LETTERS = 32;
/** Every shape's own bit: 2^20 bits, 128 KiB. */
const FULL_LOG2 = 20;
/** Bits a table starts with (1 KiB): a word list of a few dozen words. */
const FIRST_BITS = 2 ** 13;

function shapeOf(word: string): number {
  const n = word.length;
  const length = Math.min(n, LENGTHS - 1);
  const first = n > 0 ? word.charCodeAt(0) & (LETTERS - 1) : 0;
  const second = n > 1 ? word.charCodeAt(1) & (LETTERS - 1) : 0;
  const last = n > 0 ? word.charCodeAt(n - 1) & (LETTERS - 1) : 0;
  return ((length * LETTERS + first) * LETTERS + second) * LETTERS + last;
}
