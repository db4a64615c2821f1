import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, plainIsoDate } from '../../src/normalise/dates.js';

/**
 * parseDate reads all-digit dates by hand (`numericDate`, `plainIsoDate`: date-fns' parser is slow for a
 * trust's million rows). The hand path must read every such date as date-fns does with the form's pattern.
 */
const written = fc.record({
  // Centuries, leap years and month ends often: where a calendar written by hand goes wrong.
  year: fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom(1900, 2000, 2023, 2024, 2100, 2200)),
  month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2)),
  day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
  separator: fc.constantFrom('/', '-', '.'),
  yearFirst: fc.boolean(),
  padded: fc.boolean(),
});

type Written = typeof written extends fc.Arbitrary<infer T> ? T : never;

function text({ year, month, day, separator, yearFirst, padded }: Written): string {
  const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
  const parts = yearFirst ? [String(year), two(month), two(day)] : [two(day), two(month), String(year)];
  return parts.join(separator);
}

/** What date-fns reads the same text as, with the pattern of its form. */
function byDateFns({ separator, yearFirst }: Written, raw: string): string | null {
  const pattern = yearFirst ? `yyyy${separator}M${separator}d` : `d${separator}M${separator}yyyy`;
  const date = parse(raw, pattern, new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

describe('dates read by hand, against date-fns', () => {
  it('reads every all-digit date, either order, any separator, padded or not, as date-fns does', () => {
    fc.assert(
      fc.property(written, (w) => {
        const raw = text(w);
        expect(parseDate(raw)).toBe(byDateFns(w, raw));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads YYYY-MM-DD digit by digit as date-fns does, where it reads it at all', () => {
    fc.assert(
      fc.property(written, (w) => {
        const raw = text({ ...w, separator: '-', yearFirst: true, padded: true });
        const iso = plainIsoDate(raw);
        expect(iso).not.toBeUndefined();
        expect(iso).toBe(byDateFns({ ...w, separator: '-', yearFirst: true }, raw));
      }),
      { numRuns: 5000 },
    );
  });
});
