import { describe, expect, it } from 'vitest';
import { type Found, NameFinder } from '../../src/match/NameFinder.js';
import { readDisplayName, readHandleText } from '../../src/match/nameReadings.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { pupil } from './fixtures/pupils.js';

const pupils = [
  pupil('P01', 'Jack', 'Smith'),
  pupil('P02', 'Jack', 'Smith', { dob: '2013-03-03' }),
  pupil('P03', 'Jake', 'Smith'),
  pupil('P04', 'Amy', 'Jones'),
];
const finder = new NameFinder(new PupilIndex(pupils, createNicknameBook()));
const evidenceFor = (found: Found, at: number) => found.get(at);

describe('NameFinder', () => {
  it('shares one evidence object between pupils and searches that give the same evidence', () => {
    const display = finder.find(readDisplayName('Jack Smith')[0]!);
    expect(evidenceFor(display, 0)).toBe(evidenceFor(display, 1));
    const again = finder.find(readDisplayName('JACK  SMITH!')[0]!);
    expect(evidenceFor(again, 0)).toBe(evidenceFor(display, 0));
  });

  it('knows every field of the evidence it shares (a new field must join NameFinder’s evidenceKey)', () => {
    const evidence = finder.find(readDisplayName('Jack Smith')[0]!).get(0)!;
    expect(Object.keys(evidence).sort()).toEqual([
      'accentsDiffer',
      'fore',
      'handle',
      'joined',
      'marks',
      'middleName',
      'orderInDoubt',
      'sharesStem',
      'sur',
      'surnameFirst',
      'unexplained',
    ]);
  });

  it('keeps evidence of different content apart', () => {
    const display = finder.find(readDisplayName('Jack Smith')[0]!);
    const handle = finder.find(readHandleText('jack.smith')[0]!);
    const typo = finder.find(readDisplayName('Jakc Smith')[0]!);
    expect(evidenceFor(handle, 0)).toMatchObject({ fore: 'legal', sur: 'full', handle: true });
    expect(evidenceFor(display, 0)).toMatchObject({ fore: 'legal', sur: 'full', handle: false });
    expect(evidenceFor(typo, 0)).toMatchObject({ fore: 'typo', sur: 'full', handle: false });
    expect(evidenceFor(display, 2)).toBeUndefined();
    expect(finder.find(readDisplayName('Amy Jones')[0]!).get(3)).toMatchObject({
      fore: 'legal',
      sur: 'full',
      unexplained: 0,
      middleName: false,
    });
  });

  it('finds a forename with a surname’s initial only among pupils whose surname starts so', () => {
    expect([...finder.find(readDisplayName('Jack S')[0]!).keys()]).toEqual([0, 1]);
    expect(finder.find(readDisplayName('Amy J')[0]!).get(3)).toMatchObject({ fore: 'legal', sur: 'initial' });
    expect(finder.find(readDisplayName('Jack J')[0]!).size).toBe(0);
  });
});
