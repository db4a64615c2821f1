import { describe, expect, it } from 'vitest';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import { describeContribution } from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from '../match/fixtures/levels.js';

const FACTS = { accounts: 20_000, forenameShare: 0.001, surnameShare: 0.002, otherAccounts: undefined };

describe('the words for a name as written that other accounts bear (Youssef Ahmed for Yusuf)', () => {
  it('say the name is a name of its own here, not how common the surname alone is', () => {
    const levels: FeatureLevels = { ...WHOLE_NAME_LEVELS, fore: 'variant' };
    const written = { forenameShare: 0.001, surnameShare: 0.002, otherAccounts: 3 };
    const model = new MatchModel();
    const term = model.frequency(levels, { ...FACTS, written })!;
    expect(term.weight).toBeLessThan(model.frequency(levels, FACTS)!.weight);
    expect(describeContribution(term)).toContain('the name as written is a name of its own');
  });
});
