import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { random } from '../../scripts/bench/generate.js';
// @ts-expect-error plain ESM module without types
import { pupilsWholeName } from '../../scripts/bench/namesakeDensity.js';

/** Invented pupils: two called Amy, two called Smith. */
const IN_SCOPE = [
  { fore: 'Amy', sur: 'Smith' },
  { fore: 'Amy', sur: 'Jones' },
  { fore: 'Bea', sur: 'Smith' },
  { fore: 'Cal', sur: 'Rook' },
];

/** Shares of the whole names adults take in `draws` draws. */
function shares(byFrequency: boolean, draws = 20_000): Map<string, number> {
  const rnd = random(7);
  const counts = new Map<string, number>();
  let taken = 0;
  while (taken < draws) {
    const name = pupilsWholeName(rnd, 0.5, IN_SCOPE, byFrequency);
    if (!name) continue;
    taken++;
    counts.set(`${name.fore} ${name.sur}`, (counts.get(`${name.fore} ${name.sur}`) ?? 0) + 1 / draws);
  }
  return counts;
}

describe('the bench’s adults bearing a pupil’s whole name', () => {
  it('by frequency, bear a name as often as its forename and surname are common on the roll', () => {
    // Weights n(forename) × n(surname): Amy Smith 4, Amy Jones 2, Bea Smith 2, Cal Rook 1.
    const drawn = shares(true);
    expect(drawn.get('Amy Smith')).toBeCloseTo(4 / 9, 1);
    expect(drawn.get('Amy Jones')).toBeCloseTo(2 / 9, 1);
    expect(drawn.get('Cal Rook')).toBeCloseTo(1 / 9, 1);
  });

  it('otherwise bear every pupil’s name alike, as before', () => {
    const drawn = shares(false);
    for (const p of IN_SCOPE) expect(drawn.get(`${p.fore} ${p.sur}`)).toBeCloseTo(1 / 4, 1);
  });
});
