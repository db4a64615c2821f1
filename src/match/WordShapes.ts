/**
 * A quick no for words a set cannot hold: one bit per (length, first letter, last letter) of the
 * words added. Splitting run-together words asks the index about every cut of every handle, and
 * nearly all are no name at all: hashing each fresh slice for a Set lookup cost seconds on a
 * trust. A word whose bit is clear is certainly not in the set; one whose bit is set is looked up.
 */
export class WordShapes {
  private readonly bits = new Uint32Array((LENGTHS * LETTERS * LETTERS) / 32);

  add(word: string): void {
    const at = shapeOf(word);
    this.bits[at >>> 5]! |= 1 << (at & 31);
  }

  /** False only when no word added has this one's length, first and last letters. */
  mayHold(word: string): boolean {
    const at = shapeOf(word);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }
}

const LENGTHS = 32;
const LETTERS = 64;

function shapeOf(word: string): number {
  const length = Math.min(word.length, LENGTHS - 1);
  const first = word.length > 0 ? word.charCodeAt(0) & (LETTERS - 1) : 0;
  const last = word.length > 0 ? word.charCodeAt(word.length - 1) & (LETTERS - 1) : 0;
  return (length * LETTERS + first) * LETTERS + last;
}
