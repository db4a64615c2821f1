import type { NameRelation } from './nicknames.js';

export interface ForeHit {
  id: number;
  /** `sharedForm`: a short form that is also a name in its own right (Mark for Marcus): weaker. */
  relation: 'exact' | NameRelation | 'sharedForm';
}
export interface SurHit {
  id: number;
  /** `variant`: another romanisation of the pupil's surname (Ahmad for Ahmed), never enough for a flag. */
  relation: 'exact' | 'pet' | 'variant';
}
/** What the index knows about one word of an account's name. */
export interface WordFacts {
  id: number;
  fore: ForeHit[];
  sur: SurHit[];
  /** Somebody's given name (the table's, or a pupil's): then it is no forename's typo. */
  knownGiven: boolean;
  /** A pupil's surname. */
  knownSurname: boolean;
  /** A pupil's surname or another common one (Thomson beside Thompson): then it is no surname's typo. */
  realSurname: boolean;
}

/** A word that names nobody and is no known name. */
export const NO_FACTS: WordFacts = Object.freeze({
  id: -1,
  fore: Object.freeze([]) as unknown as ForeHit[],
  sur: Object.freeze([]) as unknown as SurHit[],
  knownGiven: false,
  knownSurname: false,
  realSurname: false,
});
