import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { byLevel, isBareName, meanTerms, termsOf } from '../../scripts/bench/bareNameTerms.js';
import { WHOLE_NAME_LEVELS } from '../match/fixtures/levels.js';

describe('the bench’s bare-name terms (bar41)', () => {
  it('takes a whole name with nothing of the pupil’s own beside it as bare', () => {
    expect(isBareName(WHOLE_NAME_LEVELS)).toBe(true);
    expect(isBareName({ ...WHOLE_NAME_LEVELS, fore: 'preferred', digits: 'otherNumber' })).toBe(true);
    for (const own of [{ middle: 'yes' }, { digits: 'dob' }, { digits: 'yearGroup' }, { lists: 'several' }])
      expect(isBareName({ ...WHOLE_NAME_LEVELS, ...own })).toBe(false);
    expect(isBareName({ ...WHOLE_NAME_LEVELS, sur: 'typo' })).toBe(false);
  });

  it('sums a pair’s terms by code, with its prior, and averages them over pairs (0 where absent)', () => {
    const a = termsOf({
      prior: { bits: -2.5 },
      contributions: [
        { code: 'NAME_FREQUENCY', weight: 1 },
        { code: 'PLATFORM', weight: 0.5 },
        { code: 'PLATFORM', weight: 0.25 },
      ],
    });
    expect(a).toEqual({ PRIOR: -2.5, NAME_FREQUENCY: 1, PLATFORM: 0.75 });
    const mean = meanTerms([{ terms: a }, { terms: { PRIOR: -1.5 } }]);
    expect(mean.get('PRIOR')).toBe(-2);
    expect(mean.get('PLATFORM')).toBe(0.375);
  });

  it('counts right and wrong pairs per level with the mean weight of the level’s term', () => {
    const pairs = [
      { right: true, levels: { platform: 'tiktok' }, terms: { PLATFORM: 1 } },
      { right: false, levels: { platform: 'tiktok' }, terms: { PLATFORM: 2 } },
      { right: false, levels: {}, terms: {} },
    ];
    const levels = byLevel(pairs, 'platform', 'PLATFORM');
    expect(levels.get('tiktok')).toEqual({ right: 1, wrong: 1, weight: 3 });
    expect(levels.get('none')).toEqual({ right: 0, wrong: 1, weight: 0 });
  });
});
