import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forenameEntry, initialEntry, pairEntry } from '../../src/match/indexEntries.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { isOneEdit } from '../../src/match/typos.js';
import { soundKey } from '../../src/normalise/soundKey.js';
import { caseCount } from '../helpers/depth.js';
import { pupil } from './fixtures/pupils.js';

describe('index entries', () => {
  const pupil = fc.integer({ min: 0, max: 2 ** 20 });
  const kind = fc.integer({ min: 0, max: 3 });

  it('read back the pupil and name kinds they were packed with', () => {
    fc.assert(
      fc.property(pupil, kind, kind, (at, fore, sur) => {
        const pair = pairEntry.of(at, fore, sur);
        expect([pairEntry.pupil(pair), pairEntry.fore(pair), pairEntry.sur(pair)]).toEqual([at, fore, sur]);
        const forename = forenameEntry.of(at, fore);
        expect([forenameEntry.pupil(forename), forenameEntry.fore(forename)]).toEqual([at, fore]);
        const initial = initialEntry.of(at, sur);
        expect([initialEntry.pupil(initial), initialEntry.sur(initial)]).toEqual([at, sur]);
      }),
    );
  });

  it('pack pupils apart: no two pupils or name kinds share an entry', () => {
    expect(
      new Set([pairEntry.of(1, 0, 0), pairEntry.of(0, 3, 3), pairEntry.of(0, 1, 0), pairEntry.of(0, 0, 1)]).size,
    ).toBe(4);
    expect(forenameEntry.of(1, 0)).not.toBe(forenameEntry.of(0, 3));
    expect(initialEntry.of(1, 0)).not.toBe(initialEntry.of(0, 3));
  });
});

describe('PupilIndex look-ups behind its caches', () => {
  const NAMES = ['amber', 'ambah', 'joseph', 'josif', 'kaitlyn', 'caitlin', 'chloe', 'kloey', 'jo', 'al', 'smith'];
  const name = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[a-z]{1,8}$/));
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  const roll = fc.array(fc.record({ fore: name, preferred: fc.option(name, { nil: undefined }), sur: name }), {
    minLength: 1,
    maxLength: 12,
  });
  const indexOf = (rows: { fore: string; preferred: string | undefined; sur: string }[]) =>
    new PupilIndex(
      rows.map((row, i) => ({
        ...pupil(`P${i}`, capital(row.fore), capital(row.sur)),
        ...(row.preferred ? { preferredForename: capital(row.preferred) } : {}),
      })),
      createNicknameBook(),
    );

  it('says a pupil has a forename of a sound key exactly when one of their forenames (3 letters or more) has it', () => {
    fc.assert(
      fc.property(roll, name, (rows, word) => {
        const index = indexOf(rows);
        const key = soundKey(word);
        index.pupils.forEach((indexed, at) => {
          const plain = indexed.forenames.some((form) => form.length >= 3 && soundKey(form) === key);
          expect(index.soundsLikeForenameOf(at, key)).toBe(plain);
        });
      }),
    );
  });

  it('keeps forename and surname slips apart: each answer as a fresh index gives it, whatever was asked before', () => {
    fc.assert(
      fc.property(
        roll,
        fc.array(fc.tuple(name, fc.constantFrom('fore' as const, 'sur' as const)), { maxLength: 8 }),
        (rows, asks) => {
          const index = indexOf(rows);
          for (const [word, role] of asks) {
            expect(index.typos(word, role)).toEqual(indexOf(rows).typos(word, role));
            expect(index.typos(word, role === 'fore' ? 'sur' : 'fore')).toEqual(
              indexOf(rows).typos(word, role === 'fore' ? 'sur' : 'fore'),
            );
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('finds as slips exactly the vocabulary words of the role one edit away (4 letters or more)', () => {
    fc.assert(
      fc.property(roll, name, fc.constantFrom('fore' as const, 'sur' as const), (rows, word, role) => {
        const index = indexOf(rows);
        const vocabulary = index.pupils.flatMap((indexed) => (role === 'fore' ? indexed.forenames : indexed.surnames));
        const expected = [...new Set(vocabulary)].filter((form) => form.length >= 4 && isOneEdit(word, form));
        const found = word.length < 3 ? [] : index.typos(word, role).map((id) => index.word(id));
        expect([...found].sort()).toEqual(expected.sort());
      }),
      { numRuns: caseCount(100, 2_000) },
    );
  });
});
