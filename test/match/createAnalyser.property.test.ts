import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/match/createAnalyser.js';
import { NameFinder } from '../../src/match/NameFinder.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { connection, PUPILS } from './fixtures/pupils.js';

const index = new PupilIndex(PUPILS, createNicknameBook());
const fresh = () => createAnalyser(index, new NameFinder(index));

/** Display names that find pupils or nobody, and handles whose shapes repeat with other digits. */
const displayName = fc.constantFrom('Jack Smith', 'Amelia Jones', 'Harry Evans', 'Karen Whitfield', 'J Smith', 'Poppy');
const handle = fc
  .tuple(
    fc.constantFrom(
      'jack.smith',
      'karen.w',
      'bluebird',
      'amelia_jones',
      'xharryx',
      'poppyward',
      'fifawolf',
      'mrsjones',
    ),
    fc.option(fc.integer({ min: 1, max: 2015 }), { nil: undefined }),
  )
  .map(([letters, digits]) => (digits === undefined ? letters : `${letters}${digits}`));
const row = fc.tuple(fc.option(displayName, { nil: undefined }), fc.option(handle, { nil: undefined }));

describe('createAnalyser', () => {
  it('reads a connection as a fresh analyser does, whatever its caches remember (handle shapes of nobody)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const analyse = fresh();
        for (const [name, user] of rows) {
          const c = connection(name, user);
          expect(analyse(c)).toEqual(fresh()(c));
        }
      }),
      { numRuns: 300 },
    );
  });
});
