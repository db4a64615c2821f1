import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedPupils } from '../../src/match/IndexedPupils.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { pupil } from './fixtures/pupils.js';

const FORENAMES = ['Jack', 'Zoë', 'Mary-Jane', 'Jörgen', 'Olivia', 'Chloé', 'Muhammad Rayyan', 'Łucja', ''];
const SURNAMES = ['Smith', 'Nguyễn', 'Müller', 'Taylor-Wood', 'Ó Súilleabháin', 'Lee'];
/** Dates of birth as rolls give them once read: ISO, missing, and odd ones a roll may still hold. */
const DOBS = ['2012-05-01', '2009-12-31', '2019-02-28', undefined, '', '20x2-01-01', '1999'];

/** Invented pupils: accented names and plain ones, preferred and middle names, dates of birth or none. */
const roll = fc.array(
  fc.record({
    fore: fc.constantFrom(...FORENAMES),
    sur: fc.constantFrom(...SURNAMES),
    preferred: fc.option(fc.constantFrom(...FORENAMES), { nil: undefined }),
    middle: fc.option(fc.constantFrom('Rose', 'Ángel', 'Kaur'), { nil: undefined }),
    dob: fc.constantFrom(...DOBS),
    yearGroup: fc.constantFrom('Year 9', 'Y11', 'Reception', '12', 'Nursery', undefined),
  }),
  { maxLength: 40 },
);

describe('PupilIndex (a pupil’s accents, birth date and year group read by place)', () => {
  it('answers isAccented, dobOf, dobYearOf and yearGroupOf as each indexed pupil’s own record does, shared or not', () => {
    const book = createNicknameBook();
    fc.assert(
      fc.property(roll, fc.boolean(), (drawn, share) => {
        const pupils = drawn.map((d, at) => {
          const p = pupil(`P${at}`, d.fore, d.sur, {
            ...(d.preferred ? { preferredForename: d.preferred } : {}),
            ...(d.middle ? { middleNames: d.middle } : {}),
          });
          if (d.dob === undefined) delete p.dob;
          else p.dob = d.dob;
          if (d.yearGroup === undefined) delete p.yearGroup;
          else p.yearGroup = d.yearGroup;
          return p;
        });
        const shared = new IndexedPupils();
        // Shared, the second index's records are the first's (`IndexedPupils`): its answers must be its own still.
        if (share) new PupilIndex(pupils.slice().reverse(), book, shared);
        const index = new PupilIndex(pupils, book, share ? shared : new IndexedPupils());
        expect(index.pupils).toHaveLength(pupils.length);
        index.pupils.forEach((indexed, at) => {
          expect(index.isAccented(at)).toBe(indexed.accented);
          expect(index.dobOf(at)).toBe(indexed.pupil.dob);
          expect(index.dobYearOf(at)).toBe(indexed.dobYear);
          expect(index.yearGroupOf(at)).toBe(indexed.yearGroup);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tells accented names from plain ones and a missing date of birth from a year', () => {
    const plain = pupil('P1', 'Jack', 'Smith');
    const accented = pupil('P2', 'Zoë', 'Smith', { dob: '2013-02-02' });
    const undated = pupil('P3', 'Jack', 'Müller');
    delete undated.dob;
    const index = new PupilIndex([plain, accented, undated], createNicknameBook());
    expect([0, 1, 2].map((at) => index.isAccented(at))).toEqual([false, true, true]);
    expect([0, 1, 2].map((at) => index.dobOf(at))).toEqual(['2012-05-01', '2013-02-02', undefined]);
    expect([0, 1, 2].map((at) => index.dobYearOf(at))).toEqual([2012, 2013, undefined]);
    expect(index.yearGroupOf(0)).toBe(9);
  });
});
