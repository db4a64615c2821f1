import { describe, expect, it } from 'vitest';
import { namesakeRates } from '../../src/match/namesakeRates.js';

/** Forty pupils' names: half common (2 accounts predicted each), half rare (0.05). */
const PREDICTED = Array.from({ length: 40 }, (_, j) => (j % 2 === 0 ? 2 : 0.05));
/** Each name's own account (the pupil's) in one name in two. */
const OWN = PREDICTED.map((_, j) => (j % 4 < 2 ? 1 : 0));

/** Accounts on each name when namesakes come `density` × predicted by chance and `excess` per name whatever its commonness. */
function tally(density: number, excess: number): number[] {
  return PREDICTED.map((p, j) => OWN[j]! + density * p + excess);
}

describe('the rates of adults bearing the pupils’ whole names', () => {
  it('finds namesakes in proportion to the names’ commonness as a density, with no excess', () => {
    const rates = namesakeRates(tally(3, 0), OWN, PREDICTED)!;
    expect(rates.density).toBeCloseTo(3, 1);
    expect(rates.excess).toBeCloseTo(0, 2);
  });

  it('finds namesakes borne as often by rare names as by common ones as an excess per name', () => {
    const rates = namesakeRates(tally(1, 0.5), OWN, PREDICTED)!;
    expect(rates.density).toBeCloseTo(1, 1);
    expect(rates.excess).toBeCloseTo(0.5, 2);
    const both = namesakeRates(tally(2.5, 0.3), OWN, PREDICTED)!;
    expect(both.density).toBeCloseTo(2.5, 1);
    expect(both.excess).toBeCloseTo(0.3, 2);
  });

  it('leaves out the pupils’ own accounts, takes no fewer namesakes than chance, and tells nothing below five predicted', () => {
    // The own accounts alone and chance: density 1, no excess (the own accounts are no namesakes).
    expect(namesakeRates(tally(1, 0), OWN, PREDICTED)).toEqual({ density: 1, excess: expect.closeTo(0, 3) });
    // Fewer accounts than chance and the own predict: still chance (bounded at 1).
    expect(namesakeRates(OWN, OWN, PREDICTED)!.density).toBe(1);
    expect(namesakeRates([3, 3], [0, 0], [2, 2.9])).toBeUndefined();
  });
});
