import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { plainWordsPlain } from '../../src/match/plainWords.js';
import { KEYS_FOUND, NO_KEYS, NOT_ASCII, tallyKeyRanges, tallyKeys } from '../../src/match/tallyKeys.js';
import { caseCount } from '../helpers/depth.js';
import { lettered } from '../helpers/lettered.js';
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

/**
 * Most runs about ten names (fast-check's default size); one in ten 1,500–3,000 names of words apart, past the
 * 1,024 entries and 512 words a tally first has room for. Shrinking limited: thousands of names shrunk one by one
 * take minutes.
 */
const names = fc.oneof(
  { weight: 9, arbitrary: fc.array(displayName, { maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.limitShrink(
      fc.array(
        fc.oneof(
          displayName,
          fc
            .tuple(fc.nat(1_500), fc.constantFrom(' ', ', ', '.'), fc.nat(1_500))
            .map(([f, gap, s]) => `${lettered(f)}${gap}${lettered(s)}`),
        ),
        { minLength: 1_500, maxLength: 3_000, size: 'max' },
      ),
      10,
    ),
  },
);

/**
 * A tally as a Map of each display name to its words and count, in the order first counted, its words numbered
 * as first read: nothing of DisplayNameTally, tallyKeys or the ASCII path of plainWords (the plain Unicode reading).
 */
function plainTally(all: readonly string[]): { words: string[]; entries: [string, string, number][] } {
  const words: string[] = [];
  const entries = new Map<string, [string, string, number] | undefined>();
  for (const raw of all) {
    const entry = entries.get(raw);
    if (entry) entry[2]++;
    if (entries.has(raw)) continue;
    const read = plainWordsPlain(raw);
    if (read.length < 2) {
      entries.set(raw, undefined);
      continue;
    }
    const [fore, sur] = raw.includes(',') ? [read.at(-1)!, read[0]!] : [read[0]!, read.at(-1)!];
    for (const word of [fore, sur]) if (!words.includes(word)) words.push(word);
    entries.set(raw, [fore, sur, 1]);
  }
  return { words, entries: [...entries.values()].filter((e) => e !== undefined) };
}

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

  it('makes a DisplayNameTally give the words and counts of a plain Map, read by tallyKeys or in place', () => {
    fc.assert(
      fc.property(names, (all) => {
        const plain = new DisplayNameTally(tallyKeys);
        const inPlace = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        for (const name of all) {
          plain.add(name);
          inPlace.add(name);
        }
        const expected = plainTally(all);
        // Booleans, not `expect`s: a diff of thousands of entries at each shrink is slow to make.
        return [plain, inPlace].every(
          (tally) =>
            isDeepStrictEqual(tally.words, expected.words) &&
            isDeepStrictEqual(tallyEntries(tally), expected.entries) &&
            expected.words.every((word, id) => tally.idOf(word) === id) &&
            tally.idOf('nowordatall') === undefined,
        );
      }),
      { numRuns: caseCount(300, 3_000) },
    );
  });

  it('tells apart many words of one shape, met first whole and then in place', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', 'e', 'N', 'y'), minLength: 2, maxLength: 5 });
    fc.assert(
      // `size: 'max'`: past the 512 words where the word slots grow (fast-check's default gave about ten pairs).
      fc.property(
        fc.limitShrink(fc.array(fc.tuple(word, word, fc.boolean()), { maxLength: 1_200, size: 'max' }), 10),
        (pairs) => {
          const plain = new DisplayNameTally(tallyKeys);
          const inPlace = new DisplayNameTally(tallyKeys, tallyKeyRanges);
          // An accented name goes by tallyKeys and adds its words; the ASCII ones after it must find them.
          const all = pairs.map(([f, s, accented]) => (accented ? `${f} ${s} é` : `${f} ${s}`));
          for (const name of all) {
            plain.add(name);
            inPlace.add(name);
          }
          const expected = plainTally(all);
          return [plain, inPlace].every(
            (tally) =>
              isDeepStrictEqual(tally.words, expected.words) &&
              isDeepStrictEqual(tallyEntries(tally), expected.entries),
          );
        },
      ),
      { numRuns: caseCount(60, 600) },
    );
  });
});
