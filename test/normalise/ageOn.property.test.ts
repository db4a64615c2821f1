import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/normalise/dates.js';

/** `ageOn` as it was written before its digit-by-digit reading of ISO dates (perf41): the reference. */
function ageOnBySlices(dob: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dob.slice(0, 4));
  return day.slice(5) < dob.slice(5) ? years - 1 : years;
}

const digits = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((d) => d.join(''));
/** ISO-shaped days, months and days out of range too (`2013-13-45`): the fast path reads digits, not calendars. */
const isoShaped = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
/** Near misses the fast path must leave to the slices: other lengths, separators, signs, spaces, letters. */
const otherwise = fc.oneof(
  fc.string({ maxLength: 12 }),
  isoShaped.chain((iso) =>
    fc
      .tuple(fc.nat(9), fc.constantFrom('/', ' ', '+', '-', 'x', '', '00', '\u0660'))
      .map(([at, put]) => iso.slice(0, at) + put + iso.slice(at + 1)),
  ),
);
const date = fc.oneof(isoShaped, isoShaped, otherwise);

describe('ageOn (ISO dates read digit by digit)', () => {
  it('gives the age the string slices gave, for ISO dates and anything else', () => {
    fc.assert(
      fc.property(date, date, (dob, day) => {
        expect(Object.is(ageOn(dob, day), ageOnBySlices(dob, day))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('counts a birthday not yet reached this year', () => {
    expect(ageOn('2012-05-01', '2024-04-30')).toBe(11);
    expect(ageOn('2012-05-01', '2024-05-01')).toBe(12);
    expect(ageOn('2012-02-29', '2025-03-01')).toBe(13);
  });
});
