import type { Pupil } from '../model/records.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { type RollName, rollNameReader } from './rollNames.js';

/**
 * An audit's pupils as its indexes hold them, read once and shared by every `PupilIndex` made with
 * it: a trust's pupil is in their school's index and, trust-wide, in the other schools' (and the
 * names' readings repeat across schools). What is kept depends on the pupil alone, so a shared one is
 * what each index would have made; 100,000 such records were 34 MB trust-wide (docs/performance.md, memory15).
 */
export class IndexedPupils {
  /** Names from the roll as words (see `rollNameReader`). */
  readonly readName: (raw: string | undefined) => RollName = rollNameReader();
  private readonly byPupil = new Map<Pupil, IndexedPupil>();

  /** The pupil as indexed already, if an index made with this has. */
  of(pupil: Pupil): IndexedPupil | undefined {
    return this.byPupil.get(pupil);
  }

  keep(indexed: IndexedPupil): void {
    this.byPupil.set(indexed.pupil, indexed);
  }
}
