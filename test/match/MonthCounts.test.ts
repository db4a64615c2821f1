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
    // Most runs about ten steps (fast-check's default size); one in ten up to 3,000, past the 127 a byte counts in one
    // of the tree's sums. Shrinking limited: thousands of steps shrunk one by one take minutes.
    const steps = fc.oneof(
      { weight: 9, arbitrary: fc.array(fc.tuple(month, month), { maxLength: 300 }) },
      { weight: 1, arbitrary: fc.limitShrink(fc.array(fc.tuple(month, month), { maxLength: 3_000, size: 'max' }), 10) },
    );
    fc.assert(
      fc.property(steps, (steps) => {
        const counts = new MonthCounts();
        const seen: number[] = [];
        // Asked after every step of a short run, at some fifty of a long one (each answer is counted from all seen).
        const every = Math.ceil(steps.length / 50);
        return steps.every(([added, asked], at) => {
          counts.add(added);
          seen.push(added);
          if (at % every !== 0 && at !== steps.length - 1) return true;
          return [asked, added, added + 1, Number.NaN, -5, 1e9].every(
            (m) => counts.before(m) === seen.filter((s) => s < m).length,
          );
        });
      }),
    );
  });

  it('counts past what 16 bits hold in one month and in one of the tree’s sums', () => {
    const counts = new MonthCounts();
    for (let i = 0; i < 40_000; i++) counts.add(2020 * 12 + (i % 3));
    expect(counts.before(2020 * 12 + 1)).toBe(13_334);
    expect(counts.before(2020 * 12 + 3)).toBe(40_000);
    expect(counts.before(2200 * 12)).toBe(40_000);
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
