import { describe, expect, it } from 'vitest';
import { estimatePresentation, type PresentationPair, PSEUDO_PUPILS } from '../../src/match/estimatePresentation.js';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';

const PRESENTATION = { platform: { tiktok: 1 }, age: { older: { age8to12: 1 } } };
const withShare = new MatchModel({ ...testParameters(PRESENTATION), forenameOnlyShare: 0.2 });
const everyPair = new MatchModel(testParameters(PRESENTATION));
/** A pupil's whole name beyond doubt. */
const surnamed = (): PresentationPair[] => [{ base: 30, levels: { ...WHOLE_NAME_LEVELS }, platformShare: 1 }];
/** A forename and a pupil's birth year (`maryam2013`), shared by `n` pupils of that forename and year. */
const forenameAlone = (base: number, n = 1): PresentationPair[] =>
  Array.from({ length: n }, () => ({
    base,
    levels: { ...WHOLE_NAME_LEVELS, fore: 'none', sur: 'none', digits: 'dob' } as FeatureLevels,
    platformShare: 1,
  }));
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe('the accounts per pupil, estimated on the pairs with a surname’s evidence (#14, calib33)', () => {
  it('is the surnamed pupils’ accounts scaled by the fitted share written as a forename alone', () => {
    const groups = times(1_000, surnamed);
    const { accountsPerPupil } = estimatePresentation(withShare, groups, 2_000);
    // 1,000 surnamed accounts are 80 % of the pupils' own: 1,250, shrunk towards the bench's 0.5 by the pseudo-pupils.
    expect(accountsPerPupil).toBeCloseTo((1_250 + PSEUDO_PUPILS * 0.5) / (2_000 + PSEUDO_PUPILS), 3);
  });

  it('does not move when adults’ forename-and-number handles are added or weighed down', () => {
    const pupils = times(1_000, surnamed);
    // 3,000 adults writing `sarah2013`, each beside four pupils of that forename and year, weighed at two strengths.
    const adults = (base: number) => times(3_000, () => forenameAlone(base, 4));
    const alone = estimatePresentation(withShare, pupils, 2_000).accountsPerPupil;
    const beside = estimatePresentation(withShare, [...pupils, ...adults(-1)], 2_000).accountsPerPupil;
    const weighedDown = estimatePresentation(withShare, [...pupils, ...adults(-6)], 2_000).accountsPerPupil;
    expect(beside).toBeCloseTo(alone, 6);
    expect(weighedDown).toBeCloseTo(alone, 6);
    // Counted by their posteriors (without the share), they lift the estimate, and weighing them down lowers it.
    const everyBeside = estimatePresentation(everyPair, [...pupils, ...adults(-1)], 2_000).accountsPerPupil;
    const everyDown = estimatePresentation(everyPair, [...pupils, ...adults(-6)], 2_000).accountsPerPupil;
    expect(everyBeside).toBeGreaterThan(1.5 * everyDown);
  });
});
