import type { PupilIndex } from './PupilIndex.js';

/** What the roll and the name books say of a word, as the readings of a connection's names ask it. */
export interface NameWords {
  isGivenName(word: string): boolean;
  /** Asked only of words a title or trade may be run onto (`mrsamyjones`, `chloewalkerphotography`). */
  isName(word: string): boolean;
  /** A word of a pupil's name is theirs, never a job after a separator (`Ava | Driver`: `headlineNamesAJob`). */
  isRollName(word: string): boolean;
}

/** `NameWords` from the index's facts of each word. */
export function rollWordPredicates(index: PupilIndex): NameWords {
  return {
    isGivenName: (word) => index.facts(word).knownGiven,
    isName: (word) => {
      const facts = index.facts(word);
      return facts.fore.length > 0 || facts.sur.length > 0 || facts.knownGiven || facts.realSurname;
    },
    isRollName: (word) => {
      const facts = index.facts(word);
      return facts.fore.length > 0 || facts.sur.length > 0;
    },
  };
}
