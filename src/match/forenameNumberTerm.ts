import type { Contribution } from '../model/report.js';
import { clampedBits } from './clampedBits.js';
import type { FeatureLevels } from './features.js';
import type { ListFacts } from './ListFacts.js';
import { round1 } from './roundFigures.js';

/**
 * A forename alone with a number (`poppy11`) weighs more the fewer other accounts on these lists are written as
 * that forename alone with a number (Splink's term-frequency adjustment, u counted on the lists): the count
 * expected at the fit sets' typical share (`share`), E = accounts × share, updated by the count seen as a Poisson
 * rate with a Gamma(1) prior, against E: log2((1 + E) / (1 + seen)). Whether the number is the pupil's (birth
 * year, year group, age) is the `digits` feature's, not this term's. Undefined where it does not apply.
 */
export function forenameNumberTerm(
  levels: Pick<FeatureLevels, 'fore'>,
  facts: Pick<ListFacts, 'accounts' | 'forenameNumbers'>,
  share: number | undefined,
): Contribution | undefined {
  const seen = facts.forenameNumbers;
  if (levels.fore !== 'none' || seen === undefined || share === undefined) return undefined;
  const expected = Math.max(1, facts.accounts) * share;
  return {
    code: 'FORENAME_NUMBER_FREQUENCY',
    args: { others: seen, typical: Math.round(expected * 10) / 10 },
    weight: round1(clampedBits((1 + expected) / (1 + seen))),
  };
}
