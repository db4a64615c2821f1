import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { KEYS_FOUND, NO_KEYS, NOT_ASCII, tallyKeyRanges, tallyKeys } from '../../src/match/tallyKeys.js';
import { caseCount } from '../helpers/depth.js';
import { tallyEntries } from '../helpers/tallyEntries.js';

/** Display names as lists have them: names of either case, commas, digits, stray marks, now and then a letter beyond ASCII. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('amy', 'Jones', 'JACK', 'smith', 'Li', 'x', 'O', 'mo', 'McDonald', 'ng') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', ', ', ',', '.', '-', "'", '_', '2012', '(', ')', '|', '\t') },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', 'z', 'Q', '@', '[', '`', '{', '9'), maxLength: 4 }),
  },
  { weight: 1, arbitrary: fc.constantFrom('Zoë', 'ŁUCJA', '𝐀𝐦𝐲', 'é', '\u00a0', 'ß', '\u007f', '\u0080') },
);
const displayName = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

/** What the ranges say, as the words `tallyKeys` gives. */
function keysFromRanges(raw: string): [string, string] | undefined | 'not ascii' {
  const out = new Int32Array(4);
  const read = tallyKeyRanges(raw, out);
  if (read === NOT_ASCII) return 'not ascii';
  if (read === NO_KEYS) return undefined;
  expect(read).toBe(KEYS_FOUND);
  return [raw.slice(out[0]!, out[1]!).toLowerCase(), raw.slice(out[2]!, out[3]!).toLowerCase()];
}

describe('tallyKeyRanges (the tally keys read in place)', () => {
  it('gives the keys tallyKeys gives, for every name in plain ASCII', () => {
    fc.assert(
      fc.property(displayName, (raw) => {
        const read = keysFromRanges(raw);
        const ascii = [...raw].every((ch) => ch.charCodeAt(0) <= 0x7f);
        if (!ascii) expect(read).toBe('not ascii');
        else expect(read).toEqual(tallyKeys(raw));
      }),
      { numRuns: caseCount(5_000, 100_000) },
    );
  });

  it('makes a DisplayNameTally give the same words, ids and counts as tallyKeys alone', () => {
    fc.assert(
      fc.property(fc.array(displayName, { maxLength: 400 }), (names) => {
        const plain = new DisplayNameTally(tallyKeys);
        const inPlace = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        for (const name of names) {
          plain.add(name);
          inPlace.add(name);
        }
        expect(inPlace.words).toEqual(plain.words);
        expect(tallyEntries(inPlace)).toEqual(tallyEntries(plain));
        for (const word of plain.words) expect(inPlace.idOf(word)).toBe(plain.idOf(word));
      }),
      { numRuns: caseCount(300, 3_000) },
    );
  });

  it('tells apart many words of one shape, met first whole and then in place', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', 'e', 'N', 'y'), minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.boolean()), { maxLength: 1_200 }), (pairs) => {
        const plain = new DisplayNameTally(tallyKeys);
        const inPlace = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        for (const [f, s, accented] of pairs) {
          // An accented name goes by tallyKeys and adds its words; the ASCII ones after it must find them.
          const name = accented ? `${f} ${s} é` : `${f} ${s}`;
          plain.add(name);
          inPlace.add(name);
        }
        expect(inPlace.words).toEqual(plain.words);
        expect(tallyEntries(inPlace)).toEqual(tallyEntries(plain));
      }),
      { numRuns: caseCount(60, 600) },
    );
  });
});
