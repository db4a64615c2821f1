/**
 * The last answer met for each of a few thousand slots of words, by length and first, second and
 * last letters: asked before a larger cache, it answers a word met lately (a common name nearly
 * always) from memory at hand, without hashing the word or probing a table of megabytes.
 */
export class RecentWords<V> {
  private readonly words: (string | undefined)[];
  private readonly values: (V | undefined)[];

  /** `slots`: a power of two. */
  constructor(private readonly slots = 8192) {
    this.words = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  /** What was last told for `word`, if its slot still holds it. */
  get(word: string): V | undefined {
    const slot = wordSlot(word, this.slots - 1);
    return this.words[slot] === word ? this.values[slot] : undefined;
  }

  set(word: string, value: V): void {
    const slot = wordSlot(word, this.slots - 1);
    this.words[slot] = word;
    this.values[slot] = value;
  }
}

/** A slot (0 to `mask`) from a word's length and its first, second and last letters: cheap, and apart for common names. */
export function wordSlot(word: string, mask: number): number {
  const n = word.length;
  if (n === 0) return 0;
  const h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(word.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(word.charCodeAt(n - 1), 0xc2b2ae35) ^
    Math.imul(word.charCodeAt(n > 1 ? 1 : 0), 0x27d4eb2f);
  return (h ^ (h >>> 15)) & mask;
}
