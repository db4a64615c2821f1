import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { levelsCanFlag } from '../../src/match/evidence.js';
import { slavicSpellings, surnameSpellingGroups } from '../../src/match/surnameSpellings.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Invented pupils whose surnames are romanised more than one way. */
const matcher = createMatcher([
  pupil('R1', 'Zara', 'Ahmed'),
  pupil('R2', 'Imran', 'Hussain'),
  pupil('R3', 'Ayaan', 'Choudhury'),
  pupil('R4', 'Nadia', 'Mohammed'),
  pupil('R5', 'Idris', 'Osman'),
  pupil('R6', 'Ella', 'Clark'),
]);
const candidateFor = (id: string, displayName: string | undefined, username?: string) =>
  matcher.match(connection(displayName, username), STAFF).find((c) => c.pupil.id === id);

describe('a surname written in another romanisation', () => {
  it.each([
    ['Zara Ahmad', 'R1'],
    ['Imran Hossain', 'R2'],
    ['Ayaan Chowdhury', 'R3'],
    ['Nadia Muhammad', 'R4'],
    ['Idris Usman', 'R5'],
    ['CHAUDHRY, Ayaan', 'R3'],
  ])('%s is the pupil’s surname spelt otherwise, never enough for a flag', (displayName, id) => {
    const candidate = candidateFor(id, displayName);
    expect(candidate?.levels.sur).toBe('typo');
    expect(candidate?.levels.surForm).toBe('spelling');
    expect(candidate?.reasons).toContain('SURNAME_SPELLING');
    expect(levelsCanFlag(candidate!.levels)).toBe(false);
  });

  it('is read in a handle too (zara.ahmad)', () => {
    expect(candidateFor('R1', undefined, 'zara.ahmad')?.levels.surForm).toBe('spelling');
  });

  it('leaves the pupil’s own spelling whole and flag-capable', () => {
    const candidate = candidateFor('R1', 'Zara Ahmed');
    expect(candidate?.levels.sur).toBe('full');
    expect(candidate?.levels.surForm).toBeUndefined();
    expect(levelsCanFlag(candidate!.levels)).toBe(true);
  });

  it('is not joined to a weak forename: an initial or a slip beside another spelling is two doubts', () => {
    expect(candidateFor('R1', 'Z Ahmad')).toBeUndefined();
    expect(candidateFor('R2', 'Imrn Hossain')).toBeUndefined();
  });

  it('keeps English surnames one letter apart as other families’ (Clarke is no spelling of Clark)', () => {
    expect(candidateFor('R6', 'Ella Clarke')?.levels.surForm).toBeUndefined();
  });
});

describe('the table of surname spellings', () => {
  const groups = surnameSpellingGroups();
  it('joins spellings both ways and through the given-name tables (Hossain of Hussain, Cismaan of Osman)', () => {
    expect(groups.get('hossain')).toContain('hussain');
    expect(groups.get('hussain')).toContain('hossain');
    expect(groups.get('cismaan')).toContain('osman');
    expect(groups.get('ahmad')).not.toContain('ahmad');
  });

  it('holds lower-case letters only, and no English surname one letter from another', () => {
    for (const [name, others] of groups) {
      expect(name).toMatch(/^[a-z]+$/);
      for (const other of others) expect(other).toMatch(/^[a-z]+$/);
    }
    expect(groups.has('clarke')).toBe(false);
    expect(groups.has('smyth')).toBe(false);
  });
});

describe('Slavic surnames in another romanisation', () => {
  const slavic = createMatcher([
    pupil('V1', 'Jakub', 'Kowalewski'),
    pupil('V2', 'Mikhail', 'Smirnov'),
    pupil('V3', 'Wojciech', 'Nowak'),
    pupil('V4', 'Olena', 'Kovalenko'),
    pupil('V5', 'Jack', 'Wickers'),
  ]);
  const spelt = (id: string, displayName: string) =>
    slavic.match(connection(displayName), STAFF).find((c) => c.pupil.id === id)?.levels.surForm;
  it.each([
    ['Jakub Kovalevsky', 'V1'],
    ['Mikhail Smirnoff', 'V2'],
    ['Wojciech Novak', 'V3'],
  ])('%s is the pupil’s surname spelt otherwise', (displayName, id) => {
    expect(spelt(id, displayName)).toBe('spelling');
  });

  it('swaps no letters in an English-looking surname (Vickers is no Wickers), nor a short one', () => {
    expect(slavicSpellings('vickers')).toEqual([]);
    expect(slavicSpellings('wick')).toEqual([]);
    expect(spelt('V5', 'Jack Vickers')).toBeUndefined();
  });

  it('reads each ending of a set as the others', () => {
    expect(slavicSpellings('smirnoff')).toEqual(expect.arrayContaining(['smirnov', 'smirnow']));
    expect(slavicSpellings('kovalevsky')).toContain('kowalewski');
    expect(slavicSpellings('novak')).toEqual(['nowak']);
  });
});
