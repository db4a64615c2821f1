import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const FORENAMES = ['Amy', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivy', 'Joel'];
/** Invented surnames, two syllables each: Brava, Brelo, … */
const SURNAMES = ['Bra', 'Bre', 'Cli', 'Dro', 'Fen', 'Gla', 'Hol', 'Kre'].flatMap((a) =>
  ['va', 'lo', 'nix', 'mot', 'ter'].map((b) => `${a}${b}`),
);

/** The name-frequency weight of an exact-name account of Orla Venn, on lists where adults bear the other pupils' names `namesakes` times each. */
function frequencyWeight(namesakes: number): number {
  const pupils = [
    pupil('P00', 'Orla', 'Venn'),
    ...SURNAMES.map((sur, i) => pupil(`P${i + 1}`, FORENAMES[i % FORENAMES.length]!, sur)),
  ];
  const matcher = createMatcher(pupils);
  // Background adults: the pupils' forenames with surnames no pupil bears.
  const rows = Array.from({ length: 2_000 }, (_, i) =>
    connection(`${FORENAMES[i % 10]} Ashby${String.fromCharCode(97 + (Math.floor(i / 10) % 26))}`, `u${i}`),
  );
  SURNAMES.forEach((sur, i) => {
    for (let n = 0; n < 1 + namesakes; n++) rows.push(connection(`${FORENAMES[i % 10]} ${sur}`, `p${i}_${n}`));
  });
  const orla = connection('Orla Venn', 'orla_v');
  rows.push(orla);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  const found = matcher.finalise(candidates.at(-1)!, orla).find((c) => c.pupil.id === 'P00')!;
  return found.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight;
}

describe('adults bearing the pupils’ own whole names', () => {
  it('make an exact name weigh less when the lists show many of them, though none bears this pupil’s name', () => {
    // Other pupils' names each borne by three adults besides one account: an exact name is no rare coincidence here.
    expect(frequencyWeight(3)).toBeLessThan(frequencyWeight(0) - 1);
  });
});
