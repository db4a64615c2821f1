import type { Contribution } from '../model/report.js';
import { clampedBits } from './clampedBits.js';
import type { FeatureLevels } from './features.js';
import type { ListFacts } from './ListFacts.js';
import { round1 } from './roundFigures.js';

/**
 * A forename alone with a number (`poppy11`) weighs more the fewer other accounts on these lists are written as
 * that forename alone with a number (Splink's term-frequency adjustment, counted on the lists): log2((1 + E) /
 * (1 + seen)), E the count a pupil's forename typically has on these same lists (`ForenameNumbers.typical`),
 * so that the term moves pairs about the fitted `fore.none` and not the level itself, in a school as in a trust;
 * less `centre`, its mean on the fit sets' true pairs (`ModelParameters.forenameNumberCentre`), which `fore.none` holds.
 * Whether the number is the pupil's (birth year, year group, age) is the `digits` feature's, not this term's.
 * Undefined where it does not apply.
 */
export function forenameNumberTerm(
  levels: Pick<FeatureLevels, 'fore'>,
  facts: Pick<ListFacts, 'forenameNumbers'>,
  centre = 0,
): Contribution | undefined {
  const counts = facts.forenameNumbers;
  if (levels.fore !== 'none' || counts === undefined) return undefined;
  const typical = Math.round(counts.typical * 10) / 10;
  return {
    code: 'FORENAME_NUMBER_FREQUENCY',
    args: { others: counts.seen, typical },
    weight: round1(clampedBits((1 + counts.typical) / (1 + counts.seen)) - centre),
  };
}
