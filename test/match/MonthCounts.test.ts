import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonthCounts } from '../../src/match/MonthCounts.js';
import { monthOf, monthOfPlain } from '../../src/match/monthOf.js';

/** Months as the lists give them: mostly 1990–2030, some far outside the tree's years, some not whole. */
const month = fc.oneof(
  fc.integer({ min: 1990 * 12, max: 2030 * 12 }),
  fc.integer({ min: 0, max: 9999 * 12 + 11 }),
  fc.double({ min: 0, max: 3000 * 12, noNaN: true }),
);

describe('MonthCounts', () => {
  it('counts the months before any month as a sorted list of every month counted does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(month, month), { maxLength: 300 }), (steps) => {
        const counts = new MonthCounts();
        const seen: number[] = [];
        for (const [added, asked] of steps) {
          counts.add(added);
          seen.push(added);
          for (const m of [asked, added, added + 1, Number.NaN, -5, 1e9])
            expect(counts.before(m)).toBe(seen.filter((s) => s < m).length);
        }
      }),
    );
  });

  it('counts the first and last months of its years', () => {
    const counts = new MonthCounts();
    counts.add(1900 * 12);
    counts.add(2200 * 12 - 1);
    counts.add(2200 * 12);
    expect(counts.before(1900 * 12)).toBe(0);
    expect(counts.before(1900 * 12 + 1)).toBe(1);
    expect(counts.before(2200 * 12 - 1)).toBe(1);
    expect(counts.before(2200 * 12)).toBe(2);
    expect(counts.before(2200 * 12 + 1)).toBe(3);
  });
});

describe('monthOf', () => {
  it('reads a date’s month as the plain version does, whatever the text', () => {
    const date = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('-', '/', ' ', 'x'))
        .map(([y, m, sep]) => `${String(y).padStart(4, '0')}${sep}${String(m).padStart(2, '0')}-15`),
      fc.string({ unit: fc.constantFrom(...'0123456789- .e+x٣'.split('')), maxLength: 12 }),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(date, (day) => {
        expect(monthOf(day)).toBe(monthOfPlain(day));
      }),
      { numRuns: 5_000 },
    );
  });
});
