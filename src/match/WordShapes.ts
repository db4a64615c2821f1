/**
 * A quick no for words a set cannot hold: one bit per (length, first, second and last letter) of
 * the words added. Splitting run-together words asks the index about every cut of every handle,
 * and nearly all are no name at all: hashing each fresh slice for a Set lookup cost seconds on a
 * trust. A word whose bit is clear is certainly not in the set; one whose bit is set is looked up.
 * With the second letter (128 KiB of bits) about one word in five asked on a trust gets past, where
 * length, first and last letters alone let through three in five (docs/performance.md, perf4).
 */
export class WordShapes {
  private readonly bits = new Uint32Array((LENGTHS * LETTERS * LETTERS * LETTERS) / 32);

  add(word: string): void {
    const at = shapeOf(word);
    this.bits[at >>> 5]! |= 1 << (at & 31);
  }

  /** False only when no word added has this one's length, first, second and last letters. */
  mayHold(word: string): boolean {
    const at = shapeOf(word);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /** `mayHold` of `text.slice(start, end)`, without slicing it: most cuts of a run-together word are no name. */
  mayHoldSlice(text: string, start: number, end: number): boolean {
    const n = end - start;
    const first = n > 0 ? text.charCodeAt(start) & (LETTERS - 1) : 0;
    const second = n > 1 ? text.charCodeAt(start + 1) & (LETTERS - 1) : 0;
    const last = n > 0 ? text.charCodeAt(end - 1) & (LETTERS - 1) : 0;
    const at = ((Math.min(n, LENGTHS - 1) * LETTERS + first) * LETTERS + second) * LETTERS + last;
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
    const at = ((Math.min(n, LENGTHS - 1) * LETTERS + first) * LETTERS + second) * LETTERS + last;
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

function shapeOf(word: string): number {
  const n = word.length;
  const length = Math.min(n, LENGTHS - 1);
  const first = n > 0 ? word.charCodeAt(0) & (LETTERS - 1) : 0;
  const second = n > 1 ? word.charCodeAt(1) & (LETTERS - 1) : 0;
  const last = n > 0 ? word.charCodeAt(n - 1) & (LETTERS - 1) : 0;
  return ((length * LETTERS + first) * LETTERS + second) * LETTERS + last;
}
