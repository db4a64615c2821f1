import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { bandsByFamily } from '../../scripts/bench/otherSchoolBands.js';

// The other schools' matcher's accounts per pupil, and an own school's (a pupil without a school is in both).
const OTHER = 0.036;
const OWN = 0.12;
const candidate = (score: number, reasons: string[], rho = OTHER) => ({
  c: { score, reasons },
  rho,
});
const WHOLE = ['NAME_EXACT', 'CURRENT_PUPIL'];
const INITIAL = ['INITIAL_SURNAME', 'CURRENT_PUPIL'];

describe('other schools’ children trust-wide, by family and probability band', () => {
  const { otherRho, families, reviewed } = bandsByFamily([
    { other: [candidate(0.04, WHOLE)], ownBest: 0 },
    { other: [candidate(0.25, WHOLE), candidate(0.06, INITIAL)], ownBest: 0 },
    { other: [candidate(0.12, WHOLE)], ownBest: 0.5 },
    { other: [candidate(0.95, INITIAL)], ownBest: 0 },
    // Weighed by an own school's matcher: not the other schools' prior, so not counted.
    { other: [candidate(0.6, WHOLE, OWN)], ownBest: 0 },
    { other: [candidate(0.005, WHOLE)], ownBest: 0 },
  ]);

  it('takes the other schools’ matcher to be the one weighing most of the candidates', () => {
    expect(otherRho).toBe(OTHER);
  });

  it('counts each row once, by its best candidate of that matcher, and says where an own pupil stands beside it', () => {
    expect(Object.fromEntries(families)).toEqual({
      'whole name': [0, 1, 0, 0, 1, 0, 0, 0],
      'whole name [own ≥ 0.1 beside]': [0, 0, 0, 1, 0, 0, 0, 0],
      'initial + surname': [0, 0, 0, 0, 0, 0, 0, 1],
    });
    expect(reviewed).toBe(3);
  });
});
