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
export function titleBesideHandle(levels: FeatureLevels, displayName: string | undefined): FeatureLevels {
  if (levels.names !== 'handle' || !displayName || levels.adultWords === 'title') return levels;
  if (!plainWords(displayName).some((word) => ADULT_WORDS.has(word))) return levels;
  // The strongest kind (`adultWordKind`'s order): the title outweighs any other word the reading found.
  return { ...levels, adultWords: 'title' };
}
