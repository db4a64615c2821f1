import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agesWritten, readYears } from '../../src/match/yearEvidence.js';
import { ageOn } from '../../src/normalise/dates.js';

// The reading of a handle's numbers as it was before it made no string or array per pupil (perf41): the references.

function agesWrittenBefore(dob: string | undefined, connectedOn: string | undefined, auditDate: string | undefined) {
  const ages: number[] = [];
  for (const on of [connectedOn, auditDate]) {
    if (!dob || !on) continue;
    const age = ageOn(dob, on);
    if (age >= 8 && !ages.includes(age)) ages.push(age);
  }
  return ages;
}

function isBirthdayBefore(digits: string, dob: string): boolean {
  if (digits.length !== 4 && digits.length !== 6 && digits.length !== 8) return false;
  const dayMonth = dob.slice(8, 10) + dob.slice(5, 7);
  if (dayMonth.length !== 4 || !digits.startsWith(dayMonth)) return false;
  const year = digits.slice(4);
  return year === '' || year === dob.slice(2, 4) || year === dob.slice(0, 4);
}

const day = fc
  .tuple(fc.integer({ min: 1990, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const anyDate = fc.option(fc.oneof(day, day, fc.string({ maxLength: 11 })), { nil: undefined });

describe('agesWritten and readYears (no string or array made per pupil)', () => {
  it('agesWritten gives the ages the loop over both days gave, in the same order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (dob, connectedOn, auditDate) => {
        expect([...agesWritten(dob, connectedOn, auditDate)]).toEqual(agesWrittenBefore(dob, connectedOn, auditDate));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads a birthday in the digits (day, month, then the year or its last two digits) as the slices did', () => {
    // Digits made from the pupil's own birthday, so that the matches the slices found are reached, and others.
    const case_ = fc.tuple(fc.oneof(day, fc.string({ maxLength: 11 })), fc.nat(5), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(case_, fc.constantFrom('', '12', '2012', '1999', '0'), ([dob, cut, noise], tail) => {
        const own = dob.slice(8, 10) + dob.slice(5, 7);
        for (const digits of [
          own,
          own + dob.slice(2, 4),
          own + dob.slice(0, 4),
          own + tail,
          own.slice(0, cut) + noise + tail,
        ]) {
          const before = isBirthdayBefore(digits, dob) ? 'dob' : null;
          // A number of four digits may be a year, which readYears weighs first: the birthday alone is asked here.
          const verdict = readYears([digits], undefined, undefined, false, dob);
          expect(verdict).toBe(before);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
