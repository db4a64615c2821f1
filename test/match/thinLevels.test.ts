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
  const bits = (sur: string) => model.logOdds({ ...WHOLE_NAME_LEVELS, sur }, 0, []);

  it('weighs for the pupil, never against: more of the surname is never less evidence than none of it', () => {
    for (const sur of SUR_EVIDENCE.filter((s) => s !== 'none')) expect(bits(sur), sur).toBeGreaterThan(bits('none'));
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
