import { describe, expect, it } from 'vitest';
import { estimatePresentation, type PresentationPair, PSEUDO_PUPILS } from '../../src/match/estimatePresentation.js';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { testParameters } from './fixtures/parameters.js';

const PRESENTATION = { platform: { tiktok: 1 }, age: { older: { age8to12: 1 } } };
const SHARE = 0.15;
const withShare = new MatchModel({ ...testParameters(PRESENTATION), forenameAloneShare: SHARE });
const without = new MatchModel(testParameters(PRESENTATION));
const FORENAME_ALONE: Partial<FeatureLevels> = { fore: 'none', sur: 'none', digits: 'dob' };
const pair = (base: number, levels: Partial<FeatureLevels> = {}): PresentationPair[] => [
  { base, levels: { ...WHOLE_NAME_LEVELS, ...levels }, platformShare: 0.2 },
];
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

// 800 pupils' accounts beyond doubt by their whole name, 120 written as a forename alone and a birth year
// (in doubt), and pupils whose only account is on the knife's edge (a near spelling, nothing else).
const pupilsOwn = [
  ...times(800, () => pair(30)),
  ...times(120, () => pair(1, FORENAME_ALONE)),
  ...times(60, () => pair(-2, { fore: 'typo' })),
];
// Adults whose handle is their forename and a number a pupil's birth year reads ("Simon Wilkinson", `simon_2012`).
const adults = times(400, () => pair(0, FORENAME_ALONE));
const PUPILS = 1_600;

describe('the accounts per pupil, counted without the pairs a forename alone joins', () => {
  it('does not move when adults’ forename-alone pairs are taken away, so neither does any other pair’s prior', () => {
    const all = estimatePresentation(withShare, [...pupilsOwn, ...adults], PUPILS);
    const noAdults = estimatePresentation(withShare, pupilsOwn, PUPILS);
    expect(noAdults.accountsPerPupil).toBe(all.accountsPerPupil);
    expect(noAdults).toEqual(all);
    // Counted on every pair (no share fitted), the adults' pairs hold the prior up: taking them away lowers it.
    const before = estimatePresentation(without, [...pupilsOwn, ...adults], PUPILS);
    const beforeNoAdults = estimatePresentation(without, pupilsOwn, PUPILS);
    expect(beforeNoAdults.accountsPerPupil).toBeLessThan(before.accountsPerPupil * 0.95);
  });

  it('takes the pupils’ forename-alone accounts as the fit’s share of all their accounts', () => {
    const { accountsPerPupil, pupilsAccounts } = estimatePresentation(withShare, pupilsOwn, PUPILS);
    // The surnamed pairs' posteriors (800 beyond doubt, the near spellings' few) scaled by 1 / (1 − share).
    expect(pupilsAccounts).toBeGreaterThan(800 / (1 - SHARE));
    expect(pupilsAccounts).toBeLessThan(860 / (1 - SHARE));
    expect(accountsPerPupil).toBeCloseTo((pupilsAccounts + PSEUDO_PUPILS * 0.5) / (PUPILS + PSEUDO_PUPILS), 3);
  });
});
