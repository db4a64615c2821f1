import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { NamesakeRate, namesakeEstimate } from '../../src/match/NamesakeRate.js';
import type { Contribution } from '../../src/model/report.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Invented surnames, two syllables each (Bravane, Brelone, …): every pupil's whole name rare on the lists. */
const SURNAMES = ['Bra', 'Bre', 'Cli', 'Dro', 'Fen', 'Gla', 'Hol', 'Kre', 'Mab', 'Nor', 'Pel', 'Quo'].flatMap((a) =>
  ['vane', 'lone', 'nixe', 'motte', 'terre'].map((b) => `${a}${b}`),
);
const FORENAMES = ['Amy', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivy', 'Joel'];

/**
 * The name-frequency term of a bare exact-name account of Orla Venn (born May 2012, no other account bears her
 * name), on lists where adults bear `namesakes` other pupils' whole names, connected on `namesakesOn`.
 */
function frequencyTerm(namesakes: number, namesakesOn: string): Contribution {
  const pupils = [
    pupil('P00', 'Orla', 'Venn'),
    ...SURNAMES.map((sur, i) => pupil(`P${i + 1}`, FORENAMES[i % FORENAMES.length]!, sur)),
  ];
  const matcher = createMatcher(pupils, { auditDate: '2026-11-30' });
  // Background adults, connected from 2010 to 2025: names no pupil bears.
  const letter = (n: number) => String.fromCharCode(97 + (n % 26));
  const rows = Array.from({ length: 3_000 }, (_, i) =>
    connection(
      `Tam${letter(i)}${letter(i >> 3)} Ashby${letter(i >> 1)}${letter(i >> 5)}`,
      `u${i}`,
      `${2010 + (i % 16)}-0${1 + (i % 9)}-15`,
    ),
  );
  for (let i = 0; i < namesakes; i++)
    rows.push(connection(`${FORENAMES[i % 10]} ${SURNAMES[i]}`, `namesake${i}`, namesakesOn));
  const orla = connection('Orla Venn', 'orla_v', '2024-06-01');
  rows.push(orla);
  const candidates = rows.map((row) => matcher.match(row, STAFF));
  const found = matcher.finalise(candidates.at(-1)!, orla).find((c) => c.pupil.id === 'P00')!;
  return found.contributions.find((c) => c.code === 'NAME_FREQUENCY')!;
}

describe('the namesakes an audit holds beyond chance, counted on accounts that cannot be the pupil', () => {
  it('make a bare rare name weigh less where adults bearing pupils’ names were connected before those pupils were 4', () => {
    // The same adults bearing the same names, connected in 2013 (the pupils then 1) or in 2023 (then 11): only the
    // early ones are certainly not the pupils, and they show how many such adults the lists hold.
    const early = frequencyTerm(15, '2013-03-01');
    const late = frequencyTerm(15, '2023-03-01');
    expect(early.weight).toBeLessThan(late.weight - 2);
    expect(early.args?.namesakeOneIn).toBeGreaterThan(1);
    expect(late.args?.namesakeOneIn).toBeUndefined();
  });

  it('leave the name’s weight alone where no adult bearing a pupil’s name was connected early', () => {
    expect(frequencyTerm(0, '2013-03-01').weight).toBe(frequencyTerm(15, '2023-03-01').weight);
  });
});

describe('namesakeEstimate', () => {
  it('counts the early bearers beyond chance, per pupil exposed', () => {
    expect(namesakeEstimate(30, 100, 5).beyond).toBeCloseTo(0.25);
    expect(namesakeEstimate(30, 100, 5).rate).toBeCloseTo(0.3);
  });

  it('takes nothing where the early bearers are within chance’s spread, or too few pupils were exposed', () => {
    expect(namesakeEstimate(8, 100, 5).beyond).toBe(0);
    expect(namesakeEstimate(10, 10, 0).beyond).toBe(0);
  });
});

describe('NamesakeRate', () => {
  it('counts an account as an early bearer only with the pupil’s whole name, connected before they were 4', () => {
    const rate = new NamesakeRate();
    const born = 2012 * 12 + 4;
    for (let i = 0; i < 40; i++) rate.notePupil([`f${i}`], [`s${i}`], born);
    rate.notePupil(['nobody'], ['known'], undefined);
    for (let i = 0; i < 20; i++) rate.noteAccount(i, [`f${i}`, `s${i}`], born + 12);
    // Another surname, connected at 4 or older, or a pupil without a date of birth: none counts.
    rate.noteAccount(30, ['f30', 'other'], born + 12);
    rate.noteAccount(31, ['f31', 's31'], born + 48);
    rate.noteAccount(40, ['nobody', 'known'], born + 12);
    const estimate = rate.estimate(
      () => 0.5,
      () => 0.01,
    );
    expect(estimate.seen).toBe(20);
    expect(estimate.exposure).toBe(20);
    expect(estimate.beyond).toBeCloseTo((20 - 0.2) / 20);
  });

  it('leaves common names out of the count: their namesakes are many by chance', () => {
    const rate = new NamesakeRate();
    for (let i = 0; i < 40; i++) rate.notePupil(['jack'], [`s${i}`], 2012 * 12);
    for (let i = 0; i < 40; i++) rate.noteAccount(i, ['jack', `s${i}`], 2013 * 12);
    expect(
      rate.estimate(
        () => 0.5,
        () => 2,
      ).seen,
    ).toBe(0);
  });
});
