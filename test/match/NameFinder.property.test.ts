import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameEvidence } from '../../src/match/evidence.js';
import { NameFinder } from '../../src/match/NameFinder.js';
import { readDisplayName, readHandleText } from '../../src/match/nameReadings.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { pupil } from './fixtures/pupils.js';

// Invented names: forenames with accents, short and full forms, a common first part; double-barrelled surnames.
const FORENAMES = ['Jack', 'Zoë', 'Zoe', 'Tom', 'Liz', 'Chloé', 'Muhammad', 'Mary-Jane', 'Alex', 'Sandy', 'Alexander'];
const SURNAMES = ['Smith', 'Taylor-Wood', 'Wood', 'Nguyễn'];
const MIDDLES = ['Rose', 'Ali', 'James', 'Kaur'];
const OTHER_WORDS = ['rose', 'james', 'xx', 'ali', 'tom', 'smithy', 'official', 'jac', 'brwn', 'k', 'j'];

const roll = fc.array(
  fc.record({
    fore: fc.constantFrom(...FORENAMES),
    sur: fc.constantFrom(...SURNAMES),
    middle: fc.option(fc.constantFrom(...MIDDLES), { nil: undefined }),
    year: fc.integer({ min: 2008, max: 2019 }),
  }),
  { minLength: 1, maxLength: 40 },
);

const word = fc.oneof(fc.constantFrom(...FORENAMES, ...SURNAMES, ...MIDDLES), fc.constantFrom(...OTHER_WORDS));
/** A pupil's whole name with another word or two before, inside or after it, or words drawn at random. */
const nameWords = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FORENAMES), fc.array(word, { maxLength: 2 }), fc.constantFrom(...SURNAMES), fc.nat(3))
    .map(([fore, others, sur, place]) =>
      place === 0
        ? [...others, fore, sur]
        : place === 1
          ? [fore, ...others, sur]
          : place === 2
            ? [fore, sur, ...others]
            : [sur, fore],
    ),
  fc.array(word, { minLength: 1, maxLength: 4 }),
);
/** Display names and handles of a few names and other words, with digits (a forename alone with a year among them). */
const names = fc.array(
  fc.record({
    words: nameWords,
    digits: fc.option(fc.integer({ min: 8, max: 2019 }), { nil: undefined }),
    handle: fc.boolean(),
    separator: fc.constantFrom(' ', '.', '_', ''),
  }),
  { minLength: 1, maxLength: 8 },
);

function foundOf(finder: NameFinder, reading: Parameters<NameFinder['find']>[0]): [number, NameEvidence][] {
  const found: [number, NameEvidence][] = [];
  finder.find(reading).forEach((evidence, pupilAt) => found.push([pupilAt, evidence]));
  return found;
}

describe('NameFinder: the evidence pupils share, made once a search', () => {
  it('finds the pupils, in the same order and with the same evidence, as every pupil’s evidence made apart', () => {
    fc.assert(
      fc.property(roll, names, (people, shown) => {
        const pupils = people.map((p, i) =>
          pupil(`P${i}`, p.fore, p.sur, {
            dob: `${p.year}-05-01`,
            ...(p.middle !== undefined ? { middleNames: p.middle } : {}),
          }),
        );
        const index = new PupilIndex(pupils, createNicknameBook());
        const shared = new NameFinder(index);
        const apart = new NameFinder(index, false);
        for (const name of shown) {
          const text = name.words.join(name.separator || (name.handle ? '' : ' ')) + (name.digits ?? '');
          const readings = name.handle ? readHandleText(text.toLowerCase()) : readDisplayName(text);
          for (const reading of readings) expect(foundOf(shared, reading)).toEqual(foundOf(apart, reading));
        }
      }),
      {
        numRuns: 100,
        // A full form whose stem is one pupil's forename and not the other's; a middle name one pupil has; accents.
        examples: [
          [
            [
              { fore: 'Alex', sur: 'Smith', middle: undefined, year: 2012 },
              { fore: 'Sandy', sur: 'Smith', middle: 'Rose', year: 2012 },
              { fore: 'Sandy', sur: 'Smith', middle: undefined, year: 2012 },
              { fore: 'Zoë', sur: 'Smith', middle: undefined, year: 2012 },
              { fore: 'Zoe', sur: 'Smith', middle: undefined, year: 2012 },
            ],
            [
              { words: ['Alexander', 'Smith'], digits: undefined, handle: false, separator: ' ' },
              { words: ['Sandy', 'Rose', 'Smith'], digits: 12, handle: true, separator: '.' },
              { words: ['Zoe'], digits: 2012, handle: true, separator: '' },
            ],
          ],
        ],
      },
    );
  });
});
