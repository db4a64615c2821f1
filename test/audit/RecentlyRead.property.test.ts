import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentlyRead } from '../../src/audit/RecentlyRead.js';
import type { Matcher } from '../../src/match/Matcher.js';

/** A matcher that only counts how often it was told to forget its reading. */
const counting = (forgot: number[], at: number): Matcher => ({
  match: () => [],
  finalise: () => [],
  forgetReading: () => {
    forgot[at]!++;
  },
});

describe('RecentlyRead', () => {
  it('has a matcher forget its reading exactly when it falls out of the last `keep` read with', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }),
        (keep, uses) => {
          const forgot = Array.from({ length: 7 }, () => 0);
          const matchers = forgot.map((_, at) => counting(forgot, at));
          const recent = new RecentlyRead(keep);
          // The model: the distinct matchers last read with, newest first; the one pushed past `keep` forgets.
          const model: number[] = [];
          const expected = Array.from({ length: 7 }, () => 0);
          for (const at of uses) {
            recent.use(matchers[at]!);
            const was = model.indexOf(at);
            if (was >= 0) model.splice(was, 1);
            model.unshift(at);
            if (model.length > keep) expected[model.pop()!]!++;
            expect(forgot).toEqual(expected);
          }
        },
      ),
    );
  });

  it('asks nothing of a matcher without caches to forget', () => {
    const recent = new RecentlyRead(1);
    const plain: Matcher = { match: () => [], finalise: () => [] };
    expect(() => {
      recent.use(plain);
      recent.use({ match: () => [], finalise: () => [] });
      recent.use(plain);
    }).not.toThrow();
  });
});
