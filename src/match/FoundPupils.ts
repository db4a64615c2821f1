import type { NameEvidence } from './evidence.js';
import type { Found } from './NameFinder.js';

/** What a reading found, as the reader asks it: how many pupils, the earliest born, and each with its evidence. */
export interface FoundAnswer {
  readonly size: number;
  /** The earliest birth year among the pupils found (undefined if any has no date of birth). */
  readonly earliestDob?: number | undefined;
  /** Each pupil found (its place in the index) with its evidence, in the order the search found them. */
  forEach(visit: (evidence: NameEvidence, pupilAt: number) => void): void;
}

/**
 * A display name's search remembered compactly (`createAnalyser`): one array of pupils and their
 * evidence (each evidence one shared object, see `NameFinder`) rather than a Map with its hash table.
 * A trust-wide audit's readers keep some 60,000 display names that found somebody each, most
 * finding one to four pupils, the other schools' taking some 37 MB of heap (docs/performance.md, memory23).
 */
export class FoundPupils implements FoundAnswer {
  /** Pupil, evidence, pupil, evidence…, in the order found. */
  private readonly entries: (number | NameEvidence)[] = [];
  readonly earliestDob: number | undefined;

  constructor(found: Found) {
    found.forEach((evidence, pupilAt) => {
      this.entries.push(pupilAt, evidence);
    });
    this.earliestDob = found.earliestDob;
  }

  get size(): number {
    return this.entries.length / 2;
  }

  forEach(visit: (evidence: NameEvidence, pupilAt: number) => void): void {
    const entries = this.entries;
    for (let i = 0; i < entries.length; i += 2) visit(entries[i + 1] as NameEvidence, entries[i] as number);
  }
}
