import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { IndexedPupils } from '../../src/match/IndexedPupils.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import type { Pupil } from '../../src/model/records.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const FORENAMES = ['Jack', 'Muhammad Rayyan', 'Zoë', 'Mary-Jane', 'Jörgen', 'Olivia', 'Tomek'];
const SURNAMES = ['Smith', 'Taylor-Wood', 'Nguyễn', 'Müller', 'van der Berg', 'O’Brien'];

/** Invented pupils, names drawn from small pools so that schools share names and words. */
const pupils = fc
  .array(
    fc.record({
      fore: fc.constantFrom(...FORENAMES),
      sur: fc.constantFrom(...SURNAMES),
      preferred: fc.option(fc.constantFrom(...FORENAMES), { nil: undefined }),
      middle: fc.option(fc.constantFrom('Rose', 'Ali Khan'), { nil: undefined }),
      inFirst: fc.boolean(),
      inSecond: fc.boolean(),
      // Another child of the same id at the second school (ids are each school's own), with a name of their own.
      twin: fc.option(fc.tuple(fc.constantFrom(...FORENAMES), fc.constantFrom(...SURNAMES)), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((drawn) => {
    const all = drawn.map((d, at) =>
      pupil(`P${at}`, d.fore, d.sur, {
        ...(d.preferred ? { preferredForename: d.preferred } : {}),
        ...(d.middle ? { middleNames: d.middle } : {}),
      }),
    );
    return {
      first: all.filter((_, at) => drawn[at]!.inFirst),
      second: drawn.flatMap((d, at) =>
        d.inSecond ? [all[at]!] : d.twin ? [pupil(`P${at}`, d.twin[0], d.twin[1], { dob: '2013-09-09' })] : [],
      ),
    };
  });

describe('IndexedPupils', () => {
  it('gives two indexes over overlapping pupils what each made alone, one record per pupil', () => {
    const book = createNicknameBook();
    fc.assert(
      fc.property(pupils, ({ first, second }) => {
        const shared = new IndexedPupils();
        const [a, b] = [new PupilIndex(first, book, shared), new PupilIndex(second, book, shared)];
        const [alone1, alone2] = [new PupilIndex(first, book), new PupilIndex(second, book)];
        expect(a.pupils).toEqual(alone1.pupils);
        expect(b.pupils).toEqual(alone2.pupils);
        const mine = new Map<Pupil, unknown>(a.pupils.map((p) => [p.pupil, p]));
        for (const p of b.pupils) if (mine.has(p.pupil)) expect(p).toBe(mine.get(p.pupil));
      }),
    );
  });

  it('leaves the matchers’ answers as they were', () => {
    const rows = [
      'Jack Smith',
      'Zoe Nguyen',
      'Jorgen Mueller',
      'Rayyan Taylor',
      'Mary Jane O Brien',
      'Olivia Berg',
    ].map((name) => connection(name, undefined, '2024-01-01'));
    fc.assert(
      fc.property(pupils, ({ first, second }) => {
        const indexedPupils = new IndexedPupils();
        const sharing = [createMatcher(first, { indexedPupils }), createMatcher(second, { indexedPupils })];
        const apart = [createMatcher(first), createMatcher(second)];
        for (const [i, matcher] of sharing.entries())
          for (const row of rows) expect(matcher.match(row, STAFF)).toEqual(apart[i]!.match(row, STAFF));
      }),
      { numRuns: 30 },
    );
  });
});
