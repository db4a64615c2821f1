import type { Connection, Pupil } from '../model/records.js';
import { monthOf } from './monthOf.js';
import { type NamesakeEstimate, NamesakeRate } from './NamesakeRate.js';
import type { NameWords } from './NameWords.js';
import { middleNamesGoneBy } from './pupilNameForms.js';
import { tallyKeys } from './tallyKeys.js';

/**
 * How many accounts not the pupil's bear a pupil's middle name with their surname, beyond what the names' shares
 * predict (weak44): counted, as the whole names' namesakes are (`NamesakeRate`), on the accounts connected before the
 * pupil was 4. A middle name honours a father or grandfather, who bears it with the family's surname far more
 * often than chance, and these lists say how often. Only the pupils with a middle name and a date of birth are
 * kept (the others count for nothing): in every matcher of a trust-wide audit, the whole roll's took 5.5 MiB (mid47).
 */
export class MiddleNameBearers {
  private readonly rate = new NamesakeRate();
  /** Each pupil's place (+1) among those kept, by the matcher's place; 0: not kept. */
  private readonly kept: Int32Array;

  constructor(pupils: readonly { pupil: Pupil }[], words: NameWords) {
    this.kept = new Int32Array(pupils.length);
    let count = 0;
    pupils.forEach(({ pupil: p }, at) => {
      const middles = middleNamesGoneBy(middleNamesOf(p, words));
      const born = middles.length > 0 && p.dob ? monthOf(p.dob) : undefined;
      if (born === undefined) return;
      this.rate.notePupil(middles, [words.last(p.legalSurname), words.last(p.preferredSurname)].filter(Boolean), born);
      this.kept[at] = ++count;
    });
  }

  /** `NamesakeRate.under4` of the pupil at `pupilAt` (false for a pupil not kept). */
  under4(pupilAt: number, month: number): boolean {
    const at = this.kept[pupilAt] ?? 0;
    return at > 0 && this.rate.under4(at - 1, month);
  }

  /** `NamesakeRate.noteAccount`: an account proposing the pupil at `pupilAt`, read as `keys` (forename, surname). */
  noteAccount(pupilAt: number, keys: readonly [string, string], month: number): void {
    const at = this.kept[pupilAt] ?? 0;
    if (at > 0) this.rate.noteAccount(at - 1, keys, month);
  }

  onLists(...args: Parameters<NamesakeRate['onLists']>): NamesakeEstimate {
    return this.rate.onLists(...args);
  }

  estimate(...args: Parameters<NamesakeRate['estimate']>): NamesakeEstimate {
    return this.rate.estimate(...args);
  }
}

/**
 * The pupil's middle name an account shows where the forename would be: the display name's forename as the lists
 * count it where it is one of them, else the first (a handle's). Weighed by its own share of the lists' forenames:
 * James or Rose is many adults' forename.
 */
export function middleNameShown(pupil: Pupil, connection: Connection, words: NameWords): string {
  const middles = middleNamesOf(pupil, words);
  const shown = connection.displayName ? tallyKeys(connection.displayName)?.[0] : undefined;
  return shown !== undefined && middles.includes(shown) ? shown : (middles[0] ?? '');
}

/** The pupil's middle names as the lists' words count them. */
function middleNamesOf(pupil: Pupil, words: NameWords): string[] {
  return (pupil.middleNames ?? '').split(/\s+/).map((name) => words.first(name));
}
