import { describe, expect, it } from 'vitest';
import { type FeatureLevels, MatchModel } from '../../src/match/matchModel.js';
import { describeContribution } from '../../src/report/wording.js';
import { WHOLE_NAME_LEVELS } from '../match/fixtures/levels.js';

const LEVELS: FeatureLevels = { ...WHOLE_NAME_LEVELS, age: 'age13up', platform: 'tiktok' };
const FACTS = {
  accounts: 20_000,
  forenameShare: 0.001,
  surnameShare: 0.002,
  otherAccounts: undefined,
  platformShare: 0.1,
  ageShare: 0.4,
};
const PRESENTATION = { platform: { tiktok: 0.31 }, age: { older: { age13up: 0.2 }, young: {} } };

describe('the words for the platform and the age when connected', () => {
  it('say what each was weighed on: the pupils’ share, the lists’ share, and whence the pupils’ share came', () => {
    const terms = new MatchModel().listTerms(LEVELS, FACTS, PRESENTATION, 'audit');
    const platform = terms.find((c) => c.code === 'PLATFORM')!;
    const age = terms.find((c) => c.code === 'CONNECTED_AT_PUPIL_AGE')!;
    expect(platform.args).toMatchObject({ pupilsShare: 0.31, listsShare: 0.1, from: 'audit' });
    expect(describeContribution(platform)).toContain(
      '31\u00a0% of pupils’ accounts as estimated on these lists; 10\u00a0% of these lists’ accounts',
    );
    expect(describeContribution(age)).toContain('20\u00a0% of pupils’ accounts as estimated on these lists; 40\u00a0%');
    // Under LinkedIn's 16 and before 4 the pupils' share is a rule, not learnt.
    const rule = new MatchModel()
      .listTerms({ ...LEVELS, platform: 'linkedin', underPlatform: 'yes', age: 'under4' }, FACTS, PRESENTATION, 'audit')
      .filter((c) => c.code === 'PLATFORM' || c.code === 'CONNECTED_WHEN_YOUNG');
    expect(rule.map((c) => c.args?.from)).toEqual(['rule', 'rule']);
    for (const c of rule)
      expect(describeContribution(c)).toContain('under 0.1\u00a0% of pupils’ accounts at most (a rule)');
  });
});
