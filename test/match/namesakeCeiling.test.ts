import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import { type FeatureLevels, type ListFacts, MatchModel } from '../../src/match/matchModel.js';
import { WHOLE_NAME_LEVELS } from './fixtures/levels.js';

const FACTS: ListFacts = {
  accounts: 20_000,
  forenameShare: MODEL_PARAMETERS.typicalForename,
  surnameShare: MODEL_PARAMETERS.typicalSurname,
  otherAccounts: 0,
  platformShare: 0.1,
};
const lambda = MODEL_PARAMETERS.pupilsNamesakes ?? 0;
const weightOf = (model: MatchModel, facts: Partial<ListFacts>, levels: FeatureLevels = WHOLE_NAME_LEVELS) =>
  model.frequency(levels, { ...FACTS, ...facts })!.weight;

describe('a pupil’s whole name, where adults bear pupils’ names beyond what a name’s count shows', () => {
  it('weighs no more than the fitted adults named as pupils allow, however rare its shares and count make it', () => {
    // Fitted on the bench's trust shaped like the held-out's (scripts/fit-namesakes.mjs): some, not none.
    expect(lambda).toBeGreaterThan(0);
    const model = new MatchModel();
    const shares = fc.double({ min: 1e-8, max: 0.05, noNaN: true });
    fc.assert(
      fc.property(shares, shares, fc.nat(3), fc.double({ min: 1, max: 40, noNaN: true }), (f, s, others, exposure) => {
        const facts = { forenameShare: f, surnameShare: s, otherAccounts: others, exposure };
        // Rounded to a tenth of a bit as shown.
        expect(weightOf(model, facts)).toBeLessThanOrEqual(-Math.log2(lambda) + 0.05);
      }),
    );
  });

  it('is still weighed by its rarity: a rarer name never weighs less, and a typical one loses log2(1 + λ) bits at most', () => {
    const model = new MatchModel();
    const without = new MatchModel({ ...MODEL_PARAMETERS, pupilsNamesakes: 0 });
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 0.05, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (f, k) => {
          expect(weightOf(model, { forenameShare: f / k })).toBeGreaterThanOrEqual(
            weightOf(model, { forenameShare: f }),
          );
        },
      ),
    );
    expect(weightOf(without, {}) - weightOf(model, {})).toBeCloseTo(Math.log2(1 + lambda), 1);
  });

  it('leaves a name agreeing only in part weighed by that part’s rarity, as before', () => {
    const model = new MatchModel();
    const without = new MatchModel({ ...MODEL_PARAMETERS, pupilsNamesakes: 0 });
    const forenameOnly: FeatureLevels = { ...WHOLE_NAME_LEVELS, sur: 'initial' };
    const rare = { forenameShare: 1e-7, otherAccounts: undefined };
    expect(weightOf(model, rare, forenameOnly)).toBe(weightOf(without, rare, forenameOnly));
    expect(weightOf(model, rare, forenameOnly)).toBeGreaterThan(-Math.log2(lambda));
  });
});
