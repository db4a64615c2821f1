import type { Connection } from '../model/records.js';
import { FingerprintSlots } from './FingerprintSlots.js';
import { fingerprint } from './fingerprint.js';
import type { FamilyFacts } from './ListFacts.js';
import type { NicknameBook } from './nicknames.js';
import { outgrown } from './outgrown.js';
import { tallyKeys } from './tallyKeys.js';

/**
 * Which names each member of staff's list holds, by surname: whether another of a pupil's family (the
 * surname, another forename) is on the same list as an account bearing the pupil's whole name (family41).
 * A relative the pupil is named after comes with the family's other accounts; the pupil's own account
 * comes with them less often. Names as the lists' tallies read them (`tallyKeys`: forename, surname), each
 * distinct (list, surname, forename) once, as 64-bit fingerprints: a trust's million rows make no strings.
 */
export class FamilyLists {
  /** Distinct (list, surname, forename) names: 1 each. */
  private readonly names = new FingerprintSlots();
  /** Per (list, surname), its number + 1 into `forenames`. */
  private readonly surnames = new FingerprintSlots();
  /** Per (list, surname) number, how many distinct forenames the list holds with it. */
  private forenames = new Int32Array(1024);
  private surnameCount = 0;
  /** Per list, how many distinct names it holds (a few thousand lists at most). */
  private readonly sizes = new Map<string, number>();
  /**
   * Per surname, the forenames the roll's children of it bear and their usual forms: beside a pupil's whole
   * name, a list's account of one of them is the pupil's own or a sibling's, never a relative's.
   */
  private readonly rollForenames = new Map<string, Set<string>>();

  /** `factsOf`'s counts once every list is read, per list and surname: a common surname's roll forenames are hundreds. */
  private readonly answered = new Map<string, number>();

  constructor(private readonly book: NicknameBook) {}

  /** Counts a pupil's forenames under each of their surnames (plain words, as the tallies read them). */
  notePupil(forenames: readonly string[], surnames: readonly string[]): void {
    for (const sur of surnames) {
      const known = this.rollForenames.get(sur) ?? new Set<string>();
      this.rollForenames.set(sur, known);
      for (const fore of forenames) {
        known.add(fore);
        for (const form of this.book.formsOf(fore).keys()) known.add(form);
      }
    }
  }

  /** Counts one row on its member of staff's list (all before the first `factsOf`, whose answers are kept). */
  note(connection: Connection): void {
    this.noteName(listOf(connection), connection.displayName);
  }

  /**
   * What the row's list says of the pupil `fore sur`'s family: the other forenames beside the surname, and the
   * accounts of it expected there by chance (the list's other names × `surnameShare`). Undefined: no list named.
   */
  factsOf(connection: Connection, fore: string, sur: string, surnameShare: number): FamilyFacts | undefined {
    const list = listOf(connection);
    if (!list) return undefined;
    const roll = this.rollForenames.get(sur);
    const key = `${list}\u0000${sur}`;
    let others = roll ? this.answered.get(key) : undefined;
    if (others === undefined) {
      others = this.othersBeside(list, sur, roll ?? [fore]);
      if (roll) this.answered.set(key, others);
    }
    return { others, chance: Math.max(0, this.size(list) - 1) * surnameShare };
  }

  /** Counts one row of `list` (a member of staff's id or name) called `displayName`. */
  noteName(list: string, displayName: string | undefined): void {
    const keys = displayName ? tallyKeys(displayName) : undefined;
    if (!keys) return;
    const [fore, sur] = keys;
    fingerprint(`${list}\u0000${sur}\u0000${fore}`, PRINT);
    if (this.names.find(PRINT[0]!, PRINT[1]!) >= 0) return;
    this.names.insert(PRINT[0]!, PRINT[1]!, 1);
    this.sizes.set(list, (this.sizes.get(list) ?? 0) + 1);
    fingerprint(`${list}\u0000${sur}`, PRINT);
    const at = this.surnames.find(PRINT[0]!, PRINT[1]!);
    if (at >= 0) {
      this.forenames[this.surnames.value(at) - 1]!++;
      return;
    }
    if (this.surnameCount === this.forenames.length) this.forenames = outgrown(this.forenames);
    this.forenames[this.surnameCount++] = 1;
    this.surnames.insert(PRINT[0]!, PRINT[1]!, this.surnameCount);
  }

  /** Distinct names on `list`. */
  size(list: string): number {
    return this.sizes.get(list) ?? 0;
  }

  /**
   * How many forenames `list` holds beside `surname` other than `explained` (the pupil's own forms, and
   * the forenames of the roll's children of that surname: a sibling's account is no relative's).
   */
  othersBeside(list: string, surname: string, explained: Iterable<string>): number {
    fingerprint(`${list}\u0000${surname}`, PRINT);
    const at = this.surnames.find(PRINT[0]!, PRINT[1]!);
    if (at < 0) return 0;
    let count = this.forenames[this.surnames.value(at) - 1]!;
    for (const fore of new Set(explained)) {
      fingerprint(`${list}\u0000${surname}\u0000${fore}`, PRINT);
      if (this.names.find(PRINT[0]!, PRINT[1]!) >= 0) count--;
    }
    return Math.max(0, count);
  }
}

const PRINT = new Int32Array(2);

/** The member of staff whose list a connection is on (empty: none named). */
function listOf(connection: Connection): string {
  return connection.staffId || connection.staffName || '';
}
