import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { canFlag } from '../../src/match/evidence.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { connection, pupil, STAFF, WHOLE_NAME_EVIDENCE } from './fixtures/pupils.js';

/** Invented pupils whose forenames take pet forms no name table lists. */
const PUPILS = [
  pupil('K01', 'Kamil', 'Wróbelski'),
  pupil('K02', 'Marta', 'Dąbrowska'),
  pupil('K03', 'Austėja', 'Kazlauskaitė'),
  pupil('K04', 'Ștefan', 'Munteanul'),
  pupil('K05', 'Duarte', 'Ferreirinha'),
  pupil('K06', 'Valentina', 'Oyelaran'),
  pupil('K07', 'Maksymilian', 'Grabowiec'),
  pupil('K08', 'Amber', 'Kazlauskaitė'),
  pupil('S01', 'Madison', 'Pelworth'),
  pupil('S02', 'Holly', 'Pelworth'),
  pupil('S03', 'Gabriella', 'Quenby'),
  pupil('S04', 'Andrea', 'Quenby'),
];
const matcher = createMatcher(PUPILS);
const levels = (displayName: string) =>
  matcher.match(connection(displayName), STAFF).map((c) => `${c.pupil.id}:${c.levels.fore}`);

describe('pet forms made by rule: a forename’s beginning with a diminutive ending, or clipped', () => {
  it.each([
    ['Kamilek Wróbelski', 'K01'],
    ['Martusia Dabrowska', 'K02'],
    ['Auste Kazlauskaite', 'K03'],
    ['Stefanut Munteanul', 'K04'],
    ['Duartinho Ferreirinha', 'K05'],
    ['Nanti Oyelaran', undefined],
    ['Maks Grabowiec', 'K07'],
  ])('%s is read as a pet form of the pupil’s forename', (displayName, id) => {
    if (id) expect(levels(displayName)).toEqual([`${id}:petForm`]);
    else expect(levels(displayName)).toEqual([]);
  });

  it('reads the end of a long forename as a pet form too, but a listed short form keeps its own reading (Tina)', () => {
    const index = new PupilIndex([pupil('K06', 'Valentina', 'Oyelaran')], createNicknameBook());
    expect(index.petForms('lentina').map((id) => index.word(id))).toEqual(['valentina']);
    expect(index.petForms('tina').map((id) => index.word(id))).toEqual(['valentina']);
    expect(index.petForms('ina').map((id) => index.word(id))).toEqual([]);
    expect(levels('Lentina Oyelaran')).toEqual(['K06:petForm']);
    expect(levels('Tina Oyelaran')).toEqual(['K06:nickname']);
  });

  it('is weak evidence: the reasons say so, and the pair is never a flag', () => {
    const candidate = matcher.match(connection('Kamilek Wróbelski'), STAFF)[0];
    expect(candidate?.reasons).toContain('PET_FORM');
    expect(candidate?.score).toBeLessThan(0.99);
    expect(canFlag({ ...WHOLE_NAME_EVIDENCE, fore: 'petForm' })).toBe(false);
  });

  it('needs the pupil’s surname: a pet form alone is nobody', () => {
    expect(levels('Kamilek Nowakowski')).toEqual([]);
  });

  it('takes no name of its own for a pet form (Amberley is a name, not Amber’s pet form)', () => {
    expect(levels('Amberley Kazlauskaite')).not.toContain('K08:petForm');
    expect(levels('Amberka Kazlauskaite')).toEqual(['K08:petForm']);
  });

  it('takes no two-letter beginning for a pet form', () => {
    expect(levels('Kaek Wróbelski')).toEqual([]);
  });
});

describe('a usual short form of other names, clipped from the pupil’s forename', () => {
  const clipped = createMatcher([pupil('C01', 'Allegra', 'Llewellyn'), pupil('C02', 'Priyasha', 'Sharma')]);
  const read = (displayName: string) =>
    clipped.match(connection(displayName), STAFF).map((c) => `${c.pupil.id}:${c.levels.fore}`);
  it('reads Ally, a short form only (of Alice, Alison), as a pet form of Allegra', () => {
    expect(createNicknameBook().isOnlyShortForm('ally')).toBe(true);
    expect(read('Ally Llewellyn')).toEqual(['C01:petForm']);
  });
  it('takes no name of its own for a clipped form (Priya is a name, not only a short form)', () => {
    expect(createNicknameBook().isOnlyShortForm('priya')).toBe(false);
    expect(read('Priya Sharma')).toEqual([]);
  });
});

describe('English’s hypocoristic -s on the forename’s first syllable (Mads, Gabs)', () => {
  it.each([
    ['Mads Pelworth', 'S01'],
    ['Gabs Quenby', 'S03'],
  ])('%s is read as a pet form of the pupil’s forename, never a flag', (displayName, id) => {
    expect(levels(displayName)).toEqual([`${id}:petForm`]);
    expect(matcher.match(connection(displayName), STAFF)[0]!.score).toBeLessThan(0.99);
  });

  it('puts the -s only on one closed syllable: after two, the s is the word’s own', () => {
    const index = new PupilIndex(PUPILS, createNicknameBook());
    const of = (word: string) => index.petForms(word).map((id) => index.word(id));
    expect(of('mads')).toEqual(['madison']);
    expect(of('gabs')).toEqual(['gabriella']);
    expect(of('madisons')).toEqual([]);
  });
});
