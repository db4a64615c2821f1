import type { Pupil } from '../model/records.js';
import { ADULT_WORDS } from './data/fillerAndAdultWords.js';
import type { FeatureLevels } from './features.js';
import { plainWords } from './plainWords.js';

/**
 * The levels a pair read from the handle alone is weighed at once the lists are read: a title or family word in the
 * display name ("Katie's Dad", "Mrs Ahmed", "Mum of Sophie" beside `sbutler`) is the account holder's, whichever
 * name found the pupil, as a job after the display name is (`headlineNamesAJob`). A display name that names the
 * pupil weighs its own words already (`Reading.adultWord`). Not in the audit's own estimates, which count the pair as
 * before (fr50).
 */
export function titleBesideHandle(
  levels: FeatureLevels,
  displayName: string | undefined,
  pupil: Pick<Pupil, 'legalForename' | 'legalSurname' | 'preferredForename' | 'middleNames'>,
): FeatureLevels {
  if (levels.names !== 'handle' || !displayName || levels.adultWords === 'title') return levels;
  const titles = plainWords(displayName).filter((word) => ADULT_WORDS.has(word));
  if (titles.length === 0) return levels;
  // Never a word of the pupil's own name (Nana, an Akan given name).
  const own = plainWords(
    [pupil.legalForename, pupil.preferredForename, pupil.middleNames, pupil.legalSurname].filter(Boolean).join(' '),
  );
  if (titles.every((word) => own.includes(word))) return levels;
  // The strongest kind (`adultWordKind`'s order): the title outweighs any other word the reading found.
  return { ...levels, adultWords: 'title' };
}
