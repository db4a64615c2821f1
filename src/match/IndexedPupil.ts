import type { Pupil } from '../model/records.js';

/**
 * A pupil as the index holds them: the roll's record and its names read once as words and forms.
 * Shared by an audit's indexes (`IndexedPupils`), so never changed once made.
 */
export interface IndexedPupil {
  readonly pupil: Pupil;
  /** Every word of the pupil's names: an account may carry any of them without counting against it. */
  readonly words: readonly string[];
  readonly middleNames: readonly string[];
  /** Forename forms (legal and preferred, whole and first part). */
  readonly forenames: readonly string[];
  /** Surname forms, whole and in parts, to compare with a staff member's surname. */
  readonly surnames: readonly string[];
  /** The roll spells the name with accents or other letters that fold to ASCII. */
  readonly accented: boolean;
  /** The forename begins with a part many share (Muhammad Rayyan), written any way before the rest. */
  readonly commonFirstPart: boolean;
  readonly dobYear: number | undefined;
  readonly yearGroup: number | undefined;
}
