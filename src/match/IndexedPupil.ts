import type { Pupil } from '../model/records.js';

/** A pupil as the index holds them: the roll's record and its names read once as words and forms. */
export interface IndexedPupil {
  pupil: Pupil;
  /** Every word of the pupil's names: an account may carry any of them without counting against it. */
  words: readonly string[];
  middleNames: readonly string[];
  /** Forename forms (legal and preferred, whole and first part). */
  forenames: readonly string[];
  /** Surname forms, whole and in parts, to compare with a staff member's surname. */
  surnames: readonly string[];
  /** The roll spells the name with accents or other letters that fold to ASCII. */
  accented: boolean;
  /** The forename begins with a part many share (Muhammad Rayyan), written any way before the rest. */
  commonFirstPart: boolean;
  dobYear: number | undefined;
  yearGroup: number | undefined;
}
