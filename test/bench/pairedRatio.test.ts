import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { median, pairedRatio } from '../../scripts/bench/pairedRatio.js';

describe("the bench's time against csv-parse (issue 14: the median of paired runs)", () => {
  it('takes each run’s audit against its own parse, not the best of each against the other', () => {
    // The first parse met an idle moment, the others a loaded one: the best parse against the best audit says 4×.
    const parse = [{ ms: 10 }, { ms: 40 }, { ms: 44 }];
    const audit = [{ ms: 30 }, { ms: 80 }, { ms: 40 }];
    const { ratios, median: ratio } = pairedRatio(parse, audit, 'ms');
    expect(ratios).toEqual([3, 2, 40 / 44]);
    expect(ratio).toBe(2);
  });

  it('reads the key asked for (CPU as well as wall time)', () => {
    const runs = (cpuMs: number[]) => cpuMs.map((value) => ({ ms: 1, cpuMs: value }));
    expect(pairedRatio(runs([2, 4]), runs([6, 4]), 'cpuMs')).toEqual({ ratios: [3, 1], median: 2, audit: 5, parse: 3 });
  });

  it('refuses runs that do not pair', () => {
    expect(() => pairedRatio([{ ms: 1 }], [], 'ms')).toThrow();
  });

  it('finds the middle of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
