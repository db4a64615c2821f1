import type { Connection, Pupil } from '../model/records.js';
import { monthOf } from './monthOf.js';
import { NamesakeRate } from './NamesakeRate.js';
import type { NameWords } from './NameWords.js';
import { middleNamesGoneBy } from './pupilNameForms.js';
import { tallyKeys } from './tallyKeys.js';

/**
 * How many accounts not the pupil's bear a pupil's middle name with their surname, beyond what the names' shares
 * predict (weak44): counted, as the whole names' namesakes are (`NamesakeRate`), on the accounts connected before the
 * pupil was 4. A middle name honours a father or grandfather, who bears it with the family's surname far more
 * often than chance, and these lists say how often.
 */
export function middleNameBearers(pupils: readonly { pupil: Pupil }[], words: NameWords): NamesakeRate {
  const bearers = new NamesakeRate();
  for (const { pupil: p } of pupils) {
    const middles = middleNamesGoneBy((p.middleNames ?? '').split(/\s+/).map((name) => words.first(name)));
    const surnames = [words.last(p.legalSurname), words.last(p.preferredSurname)].filter(Boolean);
    // A pupil with no middle name counts for nothing (no date of birth): they would only dilute the rate.
    bearers.notePupil(middles, surnames, middles.length > 0 && p.dob ? monthOf(p.dob) : undefined);
  }
  return bearers;
}

/**
 * The pupil's middle name an account shows where the forename would be: the display name's forename as the lists
 * count it where it is one of them, else the first (a handle's). Weighed by its own share of the lists' forenames:
 * James or Rose is many adults' forename.
 */
export function middleNameShown(pupil: Pupil, connection: Connection, words: NameWords): string {
  const middles = (pupil.middleNames ?? '').split(/\s+/).map((name) => words.first(name));
  const shown = connection.displayName ? tallyKeys(connection.displayName)?.[0] : undefined;
  return shown !== undefined && middles.includes(shown) ? shown : (middles[0] ?? '');
}
