import type { NameEvidence } from './evidence.js';

/** What a reading found, as the reader asks it: how many pupils, the earliest born, and each with its evidence. */
export interface FoundAnswer {
  readonly size: number;
  /** The earliest birth year among the pupils found (undefined if any has no date of birth). */
  readonly earliestDob?: number | undefined;
  /** Each pupil found (its place in the index) with its evidence, in the order the search found them. */
  forEach(visit: (evidence: NameEvidence, pupilAt: number) => void): void;
}

/**
 * What one search found (`NameFinder`), compactly: one array of pupils and their evidence (each evidence one
 * shared object, see `NameFinder`) rather than a Map with its hash table, grown as they were found. A trust-wide
 * audit's readers keep some 60,000 display names that found somebody each, most finding one to four pupils, the
 * other schools' taking some 37 MB of heap (docs/performance.md, memory23); its searches find 2.5 million pupils
 * in all, a forename alone hundreds (perf41).
 */
export class FoundPupils implements FoundAnswer {
  /** `entries`: pupil, evidence, pupil, evidence…, in the order found, each pupil once. */
  constructor(
    private readonly entries: readonly (number | NameEvidence)[],
    readonly earliestDob: number | undefined,
  ) {}

  get size(): number {
    return this.entries.length / 2;
  }

  forEach(visit: (evidence: NameEvidence, pupilAt: number) => void): void {
    const entries = this.entries;
    for (let i = 0; i < entries.length; i += 2) visit(entries[i + 1] as NameEvidence, entries[i] as number);
  }

  /** The pupil's evidence, if found (looked through: asked of few). */
  get(pupilAt: number): NameEvidence | undefined {
    const entries = this.entries;
    for (let i = 0; i < entries.length; i += 2) if (entries[i] === pupilAt) return entries[i + 1] as NameEvidence;
    return undefined;
  }

  /** The pupils found, in order. */
  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.entries.length; i += 2) yield this.entries[i] as number;
  }
}
