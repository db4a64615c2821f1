import type { NameEvidence } from './evidence.js';
import type { FoundAnswer } from './FoundPupils.js';
import { better } from './NameFinder.js';
import { PupilSlots } from './PupilSlots.js';
import type { Reading } from './Reading.js';

/**
 * Per pupil, the best reading of each of a connection's names (display name, handle) with its evidence, the
 * pupils in the order first found: `createAnalyser`'s table, kept from row to row. A trust's rows hand it 2.5
 * million pupils, most of them a forename alone that the digits then rule out; a Map entry, an object and a
 * pair per pupil were some 7 % of the audit's allocation (docs/performance.md, perf41).
 */
export class BestReadings {
  private readonly slots = new PupilSlots();
  readonly display: (Reading | undefined)[] = [];
  readonly displayEvidence: (NameEvidence | undefined)[] = [];
  readonly handle: (Reading | undefined)[] = [];
  readonly handleEvidence: (NameEvidence | undefined)[] = [];
  private reading: Reading | undefined;
  private readonly visit = (evidence: NameEvidence, pupilAt: number): void => this.note(evidence, pupilAt);

  /** Pupils found for this connection, in order: `size` of them. */
  get pupils(): readonly number[] {
    return this.slots.pupils;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Begins a connection, letting go of the last one's readings. */
  begin(): void {
    this.clear();
  }

  /** Every pupil one reading found, with its evidence, kept where it is the best of its name yet. */
  add(reading: Reading, found: FoundAnswer): void {
    this.reading = reading;
    found.forEach(this.visit);
    this.reading = undefined;
  }

  /** Lets go of the readings held (the table keeps its room). */
  clear(): void {
    for (let i = 0; i < this.slots.size; i++) {
      this.display[i] = undefined;
      this.displayEvidence[i] = undefined;
      this.handle[i] = undefined;
      this.handleEvidence[i] = undefined;
    }
    this.slots.begin();
  }

  private note(evidence: NameEvidence, pupilAt: number): void {
    const slot = this.slots.slotOf(pupilAt);
    const reading = this.reading!;
    if (reading.source === 'display') {
      const seen = this.displayEvidence[slot];
      if (seen === undefined || better(evidence, seen)) {
        this.display[slot] = reading;
        this.displayEvidence[slot] = evidence;
      }
    } else {
      const seen = this.handleEvidence[slot];
      if (seen === undefined || better(evidence, seen)) {
        this.handle[slot] = reading;
        this.handleEvidence[slot] = evidence;
      }
    }
  }
}
