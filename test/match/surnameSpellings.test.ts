import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { SLAVIC_ENDINGS, SLAVIC_LETTERS } from '../../src/match/data/slavicSpellings.js';
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

describe('slavicSpellings, its endings sorted once and looked through by index', () => {
  // The rule as first written: each set's endings sorted on every call.
  function asFirstWritten(word: string): string[] {
    if (word.length < 4) return [];
    let stems: [string, readonly string[]][] = [[word, ['']]];
    for (const set of SLAVIC_ENDINGS) {
      const ending = [...set]
        .sort((a, b) => b.length - a.length)
        .find((e) => word.endsWith(e) && word.length - e.length >= 3);
      if (ending) {
        stems = [[word.slice(0, -ending.length), set]];
        break;
      }
    }
    if (stems[0]![0] === word && !/(?:sz|cz|[aeiouy][kc]$)/.test(word)) return [];
    const out = new Set<string>();
    for (const [stem, endings] of stems) {
      let bodies = [stem];
      for (const [a, b] of SLAVIC_LETTERS) {
        const more: string[] = [];
        for (const body of bodies) {
          if (body.includes(a)) more.push(body.replaceAll(a, b));
          if (body.includes(b)) more.push(body.replaceAll(b, a));
        }
        bodies = bodies.concat(more);
      }
      for (const body of bodies) for (const ending of endings) out.add(body + ending);
    }
    out.delete(word);
    return [...out];
  }

  it('gives what the rule as first written gave, for any word of these letters and endings', () => {
    const piece = fc.constantFrom(...'abcdehikostvwyz'.split(''), ...SLAVIC_ENDINGS.flat(), ...SLAVIC_LETTERS.flat());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const word = pieces.join('');
        expect(slavicSpellings(word)).toEqual(asFirstWritten(word));
      }),
      { numRuns: 2000 },
    );
  });
});
