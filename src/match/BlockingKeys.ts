import { exactLists } from './exactLists.js';
import { forenameEntry, forenameInitialKey, initialEntry, initialKey, pairEntry } from './indexEntries.js';
import type { PupilNameForms } from './pupilNameForms.js';
import { pushOnce } from './pushOnce.js';

/**
 * PupilIndex's blocking keys on whole name forms: forename × surname pairs, initial × surname,
 * forenames alone and forename × a surname's initial (the typo and sound keys are the index's own).
 */
export class BlockingKeys {
  /** Forename form → surname form → entries: two small-integer keys, where one key of both would not be small. */
  private readonly pairs = new Map<number, Map<number, number[]>>();
  private readonly initialPairs = new Map<number, number[]>();
  private readonly forenames = new Map<number, number[]>();
  /** Forename form × initial of a surname (`Jack S`): the `forenames` entries of pupils with such a surname. */
  private readonly forenameInitials = new Map<number, number[]>();

  /** Files the pupil at `at` under its forms (`initialOf`: the first letter of a forename form). */
  add(
    at: number,
    { fores, surs, surnames }: Pick<PupilNameForms, 'fores' | 'surs' | 'surnames'>,
    initialOf: (foreId: number) => string,
  ): void {
    for (const [foreId, foreKind] of fores) {
      pushOnce(this.forenames, foreId, forenameEntry.of(at, foreKind));
      let bySurname = this.pairs.get(foreId);
      if (!bySurname) {
        bySurname = new Map();
        this.pairs.set(foreId, bySurname);
      }
      for (const [surId, surKind] of surs) pushOnce(bySurname, surId, pairEntry.of(at, foreKind, surKind));
    }
    const initials = [...new Set(surnames.map((surname) => surname.charCodeAt(0) - 0x61))].filter(
      (letter) => letter >= 0 && letter < 26,
    );
    for (const [foreId, foreKind] of fores)
      for (const letter of initials)
        pushOnce(this.forenameInitials, forenameInitialKey(foreId, letter), forenameEntry.of(at, foreKind));
    for (const [foreId] of fores) {
      const initial = initialOf(foreId);
      for (const [surId, surKind] of surs)
        pushOnce(this.initialPairs, initialKey(initial.charCodeAt(0), surId), initialEntry.of(at, surKind));
    }
  }

  /** Once every pupil is filed: each list copied to its exact size (`exactLists`); look-ups read the same. */
  trim(): void {
    for (const bySurname of this.pairs.values()) exactLists(bySurname);
    exactLists(this.initialPairs);
    exactLists(this.forenames);
    exactLists(this.forenameInitials);
  }

  /** Pupils (read with `pairEntry`) with this forename form and surname form. */
  pair(foreId: number, surId: number): readonly number[] | undefined {
    return this.pairs.get(foreId)?.get(surId);
  }

  /** Pupils (read with `initialEntry`) with a forename starting with `initial` and this surname form. */
  initialPair(initial: string, surId: number): readonly number[] | undefined {
    return this.initialPairs.get(initialKey(initial.charCodeAt(0), surId));
  }

  /** Pupils (read with `forenameEntry`) with this forename form and a surname starting with `initial`. */
  forenameWithInitial(foreId: number, initial: string): readonly number[] | undefined {
    const letter = initial.charCodeAt(0) - 0x61;
    return letter >= 0 && letter < 26 && initial.length === 1
      ? this.forenameInitials.get(forenameInitialKey(foreId, letter))
      : undefined;
  }

  /** Pupils (read with `forenameEntry`) with this forename form. */
  forename(foreId: number): readonly number[] | undefined {
    return this.forenames.get(foreId);
  }
}
