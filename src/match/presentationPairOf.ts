import type { Connection, Pupil } from '../model/records.js';
import type { FeatureLevels, ListFacts, MatchModel } from './matchModel.js';
import { ageLearnt, type PresentationPair, platformLearnt } from './PresentationPairs.js';

/**
 * A candidate as the EM of how pupils present sees it (`estimatePresentation`): its log-odds at one account per
 * pupil (`prior`) with the terms the EM does not learn, and the lists' shares of the levels it does. `factsOf`
 * tells what the lists say of the pair, and sets the levels they tell on a young pair (`finalise` sets them
 * again from the same counts), so it is handed a candidate whose levels it may replace.
 */
export function presentationPairOf(
  model: MatchModel,
  prior: number,
  factsOf: (candidate: { pupil: Pupil; levels: FeatureLevels }, connection: Connection) => ListFacts,
): (pupil: Pupil, levels: FeatureLevels, connection: Connection) => PresentationPair {
  return (pupil, levels, connection) => {
    const c = { pupil, levels };
    const facts = factsOf(c, connection);
    // The terms the EM does not learn (the name's rarity; before 4, under LinkedIn's 16) are fixed.
    const fixed = model.listTerms(c.levels, facts).filter((t) => {
      if (t.code === 'NAME_FREQUENCY' || t.code === 'SURNAME_INITIAL') return true;
      if (t.code === 'STAFF_LISTS') return false;
      if (t.code === 'PLATFORM') return !platformLearnt(c.levels);
      return !ageLearnt(c.levels, facts.ageShare);
    });
    return {
      base: model.logOdds(c.levels, prior, fixed),
      levels: c.levels,
      platformShare: facts.platformShare,
      ...(facts.ageShare !== undefined ? { ageShare: facts.ageShare } : {}),
    };
  };
}
