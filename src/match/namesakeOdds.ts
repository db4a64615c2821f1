import type { Connection, Pupil } from '../model/records.js';
import { bornBy } from './candidateOf.js';
import { withinEvidence } from './evidence.js';
import { ageAtConnection, underPlatformAge } from './levelsOf.js';
import type { MatchCandidate } from './Matcher.js';
import type { FeatureLevels, ListFacts, MatchModel, Presentation } from './matchModel.js';

/**
 * A candidate's log-odds were the pupil born in month `born` (0 unknown): a namesake's, by their own age when
 * connected, with the audit's estimated presentation as the pupil's. `stageOf` and `factsOf` are the matcher's.
 */
export function namesakeOdds(
  model: MatchModel,
  stageOf: (pupil: Pupil) => string,
  factsOf: (candidate: Pick<MatchCandidate, 'pupil' | 'levels'>, connection: Connection) => ListFacts,
) {
  return (
    c: MatchCandidate,
    born: number,
    connection: Connection,
    prior: number,
    presentation: Presentation,
  ): number => {
    const pupil: Pupil = { ...c.pupil };
    if (born > 0) pupil.dob = `${Math.floor(born / 12)}-${String((born % 12) + 1).padStart(2, '0')}-15`;
    else delete pupil.dob;
    const on = connection.connectedOn;
    const age = on ? ageAtConnection(pupil, on) : 'unknown';
    // Unborn or under 4 then, a child had no account of their own.
    if (on && (!bornBy(pupil, on) || age === 'under4')) return Number.NEGATIVE_INFINITY;
    const underPlatform = on !== undefined && underPlatformAge(pupil, on, connection.platform, false);
    const levels: FeatureLevels = {
      ...c.levels,
      age,
      stage: stageOf(pupil),
      underPlatform: underPlatform ? 'yes' : 'no',
    };
    const namesake = { ...c, pupil, levels };
    const facts = factsOf(namesake, connection);
    const listTerms = model.listTerms(namesake.levels, facts, presentation);
    return withinEvidence(namesake.levels, model.logOdds(namesake.levels, prior, listTerms));
  };
}
