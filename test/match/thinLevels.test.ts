import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import { SUR_EVIDENCE } from '../../src/match/evidence.js';
import { MatchModel } from '../../src/match/matchModel.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Levels the fit had few or no true pairs for (calib16): what their weights must never say, whatever a refit gives.

describe('a surname that agrees in part', () => {
  const model = new MatchModel(MODEL_PARAMETERS);
  /** log2 odds of a pair at `fore` and `sur`, with the style term of the surname's initial (calib17) on lists writing `Sarah K` at `share`. */
  const bits = (fore: string, sur: string, share = MODEL_PARAMETERS.styles?.['sur.initial']?.benchShare ?? 0) => {
    const levels = { ...WHOLE_NAME_LEVELS, fore, sur };
    const facts = {
      accounts: 20_000,
      forenameShare: 0.001,
      surnameShare: 0.002,
      otherAccounts: undefined,
      platformShare: 0.2,
      surnameInitials: { accounts: 20_000, written: Math.round(20_000 * share) },
    };
    return model.logOdds(
      levels,
      0,
      model.listTerms(levels, facts).filter((c) => c.code === 'SURNAME_INITIAL'),
    );
  };

  // `sur.none` is read only with `fore.none` (the forename alone: 285 / 152 pairs each in the fit's counts), so the
  // evidence to beat is the forename alone, not the exact forename beside a surname never read (calib17: the
  // surname's initial alone weighs what the lists' style says, which may be below 0 where adults often write so).
  it('weighs for the pupil, never against: more of the surname is never less evidence than none of it', () => {
    for (const sur of SUR_EVIDENCE.filter((s) => s !== 'none' && s !== 'initial'))
      expect(bits('legal', sur), sur).toBeGreaterThan(bits('legal', 'none'));
    for (const sur of SUR_EVIDENCE.filter((s) => s !== 'none'))
      for (const share of [0, 0.036, 0.1, 0.3])
        expect(bits('legal', sur, share), `${sur} ${share}`).toBeGreaterThan(bits('none', 'none'));
  });

  it('as the surname’s initial beside the forename (Jacob M) is reviewed, never flagged, even with the birth year', () => {
    for (const row of [connection('Jacob M'), connection('Jacob M.', 'jacob2012')]) {
      const [c] = createMatcher([pupil('P1', 'Jacob', 'Morris')]).match(row, STAFF);
      expect(c?.levels.sur).toBe('initial');
      expect(c!.score).toBeGreaterThanOrEqual(REVIEW_AT);
      expect(c!.score).toBeLessThan(FLAG_AT);
    }
  });
});

describe('a preferred surname on the roll', () => {
  it('weighs as the legal surname: it is the surname the pupil goes by', () => {
    const row = connection('Jack Morris');
    const [legal] = createMatcher([pupil('P1', 'Jack', 'Morris')]).match(row, STAFF);
    const [preferred] = createMatcher([pupil('P1', 'Jack', 'Brown', { preferredSurname: 'Morris' })]).match(row, STAFF);
    expect(preferred?.levels.sur).toBe('preferred');
    expect(preferred!.score).toBeCloseTo(legal!.score, 6);
  });
});
