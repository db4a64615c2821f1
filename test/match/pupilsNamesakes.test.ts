import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { MODEL_PARAMETERS } from '../../src/match/data/modelParameters.js';
import { MatchModel } from '../../src/match/matchModel.js';
import type { Connection } from '../../src/model/records.js';
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

/**
 * The name-frequency weight of an exact-name account of Orla Venn, in a school of 320 pupils each
 * with an account of their name (connected at 11, on TikTok), and with a second account of it:
 * the pupil's own (`own`, as the first), or an adult's connected before the pupil was born.
 */
function weightWithSecondAccounts(second: 'none' | 'own' | 'before birth'): number {
  const surnames = ['', 'ton', 'by', 'well', 'wick', 'ham', 'ford', 'ley'].flatMap((c) => SURNAMES.map((s) => s + c));
  const pupils = [
    pupil('P00', 'Orla', 'Venn'),
    ...surnames.map((sur, i) => pupil(`P${i + 1}`, FORENAMES[i % 10]!, sur)),
  ];
  const matcher = createMatcher(pupils);
  const at = (name: string, handle: string, day: string): Connection => ({
    ...connection(name, handle, day),
    platform: 'tiktok',
  });
  // Background adults: forenames and surnames no pupil bears.
  const rows = Array.from({ length: 4_000 }, (_, i) =>
    connection(`Adult${i % 97} Ashby${i % 89}`, `u${i}`, '2015-06-01'),
  );
  surnames.forEach((sur, i) => {
    rows.push(at(`${FORENAMES[i % 10]} ${sur}`, `p${i}`, '2023-09-01'));
    if (second !== 'none')
      rows.push(at(`${FORENAMES[i % 10]} ${sur}`, `q${i}`, second === 'own' ? '2024-03-01' : '2009-03-01'));
  });
  const orla = at('Orla Venn', 'orla_v', '2023-09-01');
  rows.push(orla);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  const found = matcher.finalise(candidates.at(-1)!, orla).find((c) => c.pupil.id === 'P00')!;
  return found.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight;
}

/** The name-frequency weight of Orla Venn's exact-name account on a list of three, with the bench's rates of namesakes `excess`. */
function shortListWeight(excess: number): number {
  const model = new MatchModel({ ...MODEL_PARAMETERS, typicalNamesakes: { density: 1, excess } });
  const matcher = createMatcher([pupil('P00', 'Orla', 'Venn'), pupil('P01', 'Amy', 'Brava')], { model });
  const rows = [connection('Amy Jones', 'a1'), connection('Ben Brava', 'b1'), connection('Orla Venn', 'orla_v')];
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  const found = matcher.finalise(candidates.at(-1)!, rows[2]!).find((c) => c.pupil.id === 'P00')!;
  return found.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight;
}

describe('adults bearing the pupils’ own whole names', () => {
  it('are taken at the bench’s rates on lists too short to tell them', () => {
    expect(shortListWeight(1)).toBeLessThan(shortListWeight(0) - 2);
  });

  it('make an exact name weigh less when the lists show many of them, though none bears this pupil’s name', () => {
    // Other pupils' names each borne by three adults besides one account: an exact name is no rare coincidence here.
    expect(frequencyWeight(3)).toBeLessThan(frequencyWeight(0) - 1);
  });

  it('count a pupil’s own second account as the pupil’s, an adult connected before the pupil’s birth as a namesake', () => {
    // As many accounts on the pupils' names either way: the model's posteriors tell them apart.
    const own = weightWithSecondAccounts('own');
    expect(own).toBeGreaterThan(weightWithSecondAccounts('none') - 0.5);
    expect(weightWithSecondAccounts('before birth')).toBeLessThan(own - 1);
  });
});
