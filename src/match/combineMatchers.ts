import type { Pupil } from '../model/records.js';
import type { MatchCandidate, Matcher } from './Matcher.js';
import { scoreBestFirst } from './scoreBestFirst.js';
import { onAgeAlone, withoutAgeAloneBeside } from './yearEvidence.js';

/**
 * Two matchers over different pupils as one, each weighing its own pupils with its own prior and
 * list counts (a school's matcher its pupils, the trust's the other schools'). An account is one
 * person at most, so their candidates then share its probability; alone, either's stand as they are.
 */
export function combineMatchers(own: Matcher, other: Matcher, isOwn: (pupil: Pupil) => boolean): Matcher {
  return {
    match(connection, staff) {
      const mine = own.match(connection, staff);
      const theirs = other.match(connection, staff);
      if (theirs.length === 0 || mine.length === 0) return theirs.length === 0 ? mine : theirs;
      // As within one matcher: the age alone is no rival to the other matcher's candidates (`withoutAgeAloneBeside`).
      const both = withoutAgeAloneBeside([...mine, ...theirs], standsOnAge, forenameAlone);
      // An own pupil's age gives way to a name that proposes a pupil, not to the other schools' crowd of the
      // forename (each far less likely): school by school she is found, and trust-wide she is no less likely.
      const ownKept = new Set(
        withoutAgeAloneBeside([...mine, ...theirs.filter((c) => !forenameAlone(c))], standsOnAge, forenameAlone),
      );
      return shareProbability([...mine.filter((c) => ownKept.has(c)), ...both.filter((c) => !mine.includes(c))]);
    },
    finalise(candidates, connection) {
      const mine = candidates.filter((c) => isOwn(c.pupil));
      const theirs = candidates.filter((c) => !isOwn(c.pupil));
      if (theirs.length === 0) return own.finalise(mine, connection);
      if (mine.length === 0) return other.finalise(theirs, connection);
      return shareProbability([...own.finalise(mine, connection), ...other.finalise(theirs, connection)]);
    },
  };
}

const standsOnAge = (c: MatchCandidate) => onAgeAlone(c.levels);
const forenameAlone = (c: MatchCandidate) => c.levels.fore === 'none';

/** The candidates of two matchers, each scored from its log-odds, share one account's probability. */
function shareProbability(candidates: MatchCandidate[]): MatchCandidate[] {
  // Every matcher made by `createMatcher` records the log-odds; a score alone gives them too, less exactly.
  return scoreBestFirst(
    candidates,
    candidates.map((c) => c.logOdds ?? Math.log2(c.score / (1 - c.score))),
  );
}
