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
  it('has a matcher forget its reading once it has read nothing for more than `idleRows` rows, once until read with again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        // Runs of rows, each read by one of five matchers (5: a member of staff whose school has none).
        fc.array(fc.record({ by: fc.integer({ min: 0, max: 5 }), rows: fc.integer({ min: 1, max: 20 }) }), {
          maxLength: 40,
        }),
        (idleRows, runs) => {
          const forgot = [0, 0, 0, 0, 0];
          const matchers = forgot.map((_, at) => counting(forgot, at));
          const recent = new RecentlyRead(idleRows);
          // The model, from the runs themselves: where each matcher's last run ended, and whether it forgot since.
          const ended: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
          const expected = [0, 0, 0, 0, 0];
          let row = 0;
          runs.forEach(({ by, rows }, i) => {
            const before = runs[i - 1];
            if (before && before.by < 5) ended[before.by] = row;
            for (let m = 0; m < 5; m++) {
              const last = ended[m];
              if (m === by || last === undefined || row - last <= idleRows) continue;
              expected[m]!++;
              ended[m] = undefined;
            }
            if (by < 5) ended[by] = row;
            recent.use(matchers[by], row);
            expect(forgot).toEqual(expected);
            row += rows;
          });
        },
      ),
    );
  });

  it('asks nothing of a matcher without caches to forget', () => {
    const recent = new RecentlyRead(0);
    const plain: Matcher = { match: () => [], finalise: () => [] };
    expect(() => {
      recent.use(plain, 0);
      recent.use({ match: () => [], finalise: () => [] }, 5);
      recent.use(plain, 10);
    }).not.toThrow();
  });
});
