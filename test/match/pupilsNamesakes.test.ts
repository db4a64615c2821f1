import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
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

describe('adults bearing the pupils’ own whole names', () => {
  it('make an exact name weigh less when the lists show many of them, though none bears this pupil’s name', () => {
    // Other pupils' names each borne by three adults besides one account: an exact name is no rare coincidence here.
    expect(frequencyWeight(3)).toBeLessThan(frequencyWeight(0) - 1);
  });
});

type Second = 'none' | 'pupil-like' | 'linkedin' | 'before birth';

/**
 * An exact-name TikTok account of Orla Venn (connected at 11), in a school of 320 pupils each with
 * an account of their name connected at 11, and beside each a second account of the name: none, a
 * pupil-like adult's (TikTok, connected at 11), an adult's on LinkedIn connected when the pupil
 * was 6, or an adult's connected before the pupil was born. `orlas`: the same second account for
 * Orla's own name. Returns the name-frequency weight and the estimated rates.
 */
function withSecondAccounts(second: Second, orlas: Second = 'none') {
  const surnames = ['', 'ton', 'by', 'well', 'wick', 'ham', 'ford', 'ley'].flatMap((c) => SURNAMES.map((s) => s + c));
  const pupils = [
    pupil('P00', 'Orla', 'Venn'),
    ...surnames.map((sur, i) => pupil(`P${i + 1}`, FORENAMES[i % 10]!, sur)),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  const on = (platform: string, name: string, handle: string, day: string): Connection => ({
    ...connection(name, handle, day),
    platform,
  });
  const secondOf = (kind: Second, name: string, handle: string): Connection[] =>
    kind === 'none'
      ? []
      : [
          kind === 'pupil-like'
            ? on('tiktok', name, handle, '2023-11-01')
            : kind === 'linkedin'
              ? on('linkedin', name, handle, '2018-06-01')
              : on('facebook', name, handle, '2009-03-01'),
        ];
  // Background adults: forenames and surnames no pupil bears.
  const rows = Array.from({ length: 4_000 }, (_, i) =>
    connection(`Adult${i % 97} Ashby${i % 89}`, `u${i}`, '2015-06-01'),
  );
  surnames.forEach((sur, i) => {
    const name = `${FORENAMES[i % 10]} ${sur}`;
    rows.push(on('tiktok', name, `p${i}`, '2023-09-01'), ...secondOf(second, name, `q${i}`));
  });
  rows.push(...secondOf(orlas, 'Orla Venn', 'orla_q'));
  const orla = on('tiktok', 'Orla Venn', 'orla_v', '2023-09-01');
  rows.push(orla);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  const found = matcher.finalise(candidates.at(-1)!, orla).find((c) => c.pupil.id === 'P00')!;
  return {
    weight: found.contributions.find((c) => c.code === 'NAME_FREQUENCY')!.weight,
    excess: found.prior?.namesakes?.excess ?? 0,
  };
}

describe('adults bearing the pupils’ names, weighed by their own evidence', () => {
  it('takes adults ruled out by their own evidence for no namesakes a pupil-like account is weighed against', () => {
    const none = withSecondAccounts('none');
    expect(none.excess).toBeLessThan(0.02);
    // LinkedIn when the pupil was 6, or before the pupil was born, beside each pupil's own account: no excess, the rare name's weight kept.
    for (const adult of ['linkedin', 'before birth'] as const) {
      const rates = withSecondAccounts(adult);
      expect(rates.excess).toBeLessThan(0.02);
      expect(rates.weight).toBeGreaterThan(none.weight - 0.5);
    }
  });

  it('counts another account of the pupil’s own name as a namesake only as far as its own evidence allows', () => {
    const beside = (orlas: Second) => withSecondAccounts('none', orlas).weight;
    const pupilLike = beside('pupil-like');
    expect(pupilLike).toBeLessThan(withSecondAccounts('none').weight - 0.5);
    expect(beside('linkedin')).toBeGreaterThan(pupilLike + 0.5);
    expect(beside('before birth')).toBeGreaterThan(pupilLike + 0.5);
  });
});
