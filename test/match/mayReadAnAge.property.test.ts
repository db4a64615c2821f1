import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agesWritten, mayReadAnAge, readYears } from '../../src/match/yearEvidence.js';

// The analyser asks a pupil's ages only where `mayReadAnAge` says `readYears` may read one: leaving
// them out elsewhere must never change a verdict.
const digitStrings = fc.array(fc.stringMatching(/^[0-9]{1,4}$/), { maxLength: 4 });
const isoDay = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

describe('mayReadAnAge', () => {
  it('leaving the ages out where it says no changes no verdict of readYears', () => {
    fc.assert(
      fc.property(
        digitStrings,
        fc.option(isoDay, { nil: undefined }),
        fc.option(isoDay, { nil: undefined }),
        fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
        fc.boolean(),
        (numbers, dob, on, yearGroup, besideName) => {
          const dobYear = dob === undefined ? undefined : Number(dob.slice(0, 4));
          const ages = agesWritten(dob, on, '2026-11-24');
          const skipped = mayReadAnAge(numbers) ? ages : undefined;
          expect(readYears(numbers, dobYear, yearGroup, besideName, dob, skipped)).toBe(
            readYears(numbers, dobYear, yearGroup, besideName, dob, ages),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('says yes for a handle that carries a pupil their age, and no for a four-digit year alone', () => {
    expect(mayReadAnAge(['14'])).toBe(true);
    expect(mayReadAnAge(['2012', '9'])).toBe(true);
    expect(mayReadAnAge(['2012'])).toBe(false);
    expect(mayReadAnAge(['7'])).toBe(false);
    expect(mayReadAnAge([])).toBe(false);
  });
});
