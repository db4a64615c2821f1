import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A pupil the lists show going by their forename is not searched under their middle name as well: the
// `Arjun Marwick` beside `Sahil Marwick`'s own account is the relative the middle name honours. Invented pupils.
describe('a middle name where the forename would be, beside the pupil going by the forename', () => {
  const pupils = [pupil('G1', 'Sahil', 'Quenbury', { middleNames: 'Arjun' }), pupil('G2', 'Tobias', 'Wexcombe')];
  const auditDate = '2026-11-30';
  /** The middle-name row's finalised candidates, with `others` on the lists beside it. */
  const weighed = (others: ReturnType<typeof connection>[]) => {
    const matcher = createMatcher(pupils, { auditDate });
    const middle = connection('Arjun Quenbury', undefined, '2025-02-10');
    const waiting = [middle, ...others].map((row) => matcher.match(row, STAFF));
    return matcher.finalise(waiting[0]!, middle);
  };

  it('reviews the middle name where no account shows the pupil by the forename', () => {
    const found = weighed([connection('Tobias Wexcombe', 'tobias_wexcombe', '2025-03-01')]);
    expect(found[0]?.levels.fore).toBe('middleName');
    expect(found[0]?.score).toBeGreaterThanOrEqual(REVIEW_AT);
  });

  it('drops the middle name once the lists show the pupil by the forename and surname, wherever the row stands', () => {
    const own = connection('Sahil Quenbury', 'sahil_quenbury', '2025-03-01');
    expect(weighed([own]).some((c) => c.levels.fore === 'middleName')).toBe(false);
  });

  it('keeps it where the forename and surname are borne only by an account not read as the pupil (under 4 then)', () => {
    const early = connection('Sahil Quenbury', undefined, '2012-03-01');
    expect(weighed([early])[0]?.levels.fore).toBe('middleName');
  });
});
