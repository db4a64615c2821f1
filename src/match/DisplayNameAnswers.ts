import type { NameTally } from './DisplayNameTally.js';
import { FingerprintCache } from './FingerprintCache.js';

/** What a reader asks of a cache of names' answers (`FingerprintCache` is one). */
export interface NameAnswers<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Answers other than nobody held now. */
  readonly kept: number;
  release(): void;
}

/**
 * The display names' answers kept on the lists' tally of them (`DisplayNameTally`): a row's display
 * name is counted, then read, so its entry is found once for both, and the reader's cache of half a
 * million names (a second large table, a second wait on memory per row) is not needed. The answer
 * of nobody, nearly every name's, is a number on the entry; the few others are kept, with their
 * names compared in full, in a cache of their own that lets the oldest go.
 */
export class DisplayNameAnswers<V extends object> implements NameAnswers<V> {
  private readonly found: FingerprintCache<V>;

  /** `nothing`: the answer of nobody; `foundLimit`: how many other answers to keep at most. */
  constructor(
    private readonly tally: NameTally,
    private readonly nothing: V,
    foundLimit: number,
  ) {
    this.found = new FingerprintCache<V>(foundLimit, nothing);
  }

  get(key: string): V | undefined {
    const answer = this.tally.answerOf(key);
    if (answer === NOBODY) return this.nothing;
    return answer === FOUND ? this.found.get(key) : undefined;
  }

  set(key: string, value: V): void {
    if (value !== this.nothing) {
      this.found.set(key, value);
      this.tally.remember(key, FOUND);
    } else if (this.tally.answerOf(key) !== FOUND) {
      // Two names of one fingerprint share an entry: one that found somebody is not hidden by one that did not.
      this.tally.remember(key, NOBODY);
    }
  }

  get kept(): number {
    return this.found.kept;
  }

  release(): void {
    this.tally.forgetAnswers();
    this.found.release();
  }
}

const NOBODY = -1;
const FOUND = 1;
